/// The lexicons of every language quadrant speaks, loaded together.
public struct Lexicons: Sendable {
    /// One lexicon per language, in `Language.allCases` order (an array: no hashing on every turn).
    private var byLanguage: [Lexicon]
    /// Dutch-English pairs of lemmas, for switching language mid-walk.
    public internal(set) var translations = Translations()

    /// The lexicon of `language` (empty when no source had that language).
    public subscript(language: Language) -> Lexicon {
        byLanguage[Self.position(language)]
    }

    private static func position(_ language: Language) -> Int {
        switch language {
        case .nl: return 0
        case .en: return 1
        }
    }

    /// Builds every language's lexicon from `sources` in order, returning the problems found.
    public static func load(_ sources: [LexiconSource]) -> (Lexicons, [LexiconProblem]) {
        let documents = sources.map(LexiconParser.parse)
        var problems = documents.flatMap(\.problems)
        var byLanguage: [Lexicon] = []
        for language in Language.allCases {
            let (lexicon, found) = Lexicon.build(language, from: documents)
            byLanguage.append(lexicon)
            problems += found
        }
        return (Lexicons(byLanguage: byLanguage), problems)
    }

    /// The built-in lexicons, with `extra` trainer files added (or instead, when `replacing`), and the
    /// built-in translations between them.
    public static func standard(adding extra: [LexiconSource] = [], replacing: Bool = false) -> (Lexicons, [LexiconProblem]) {
        var (lexicons, problems) = load((replacing ? [] : BuiltinLexicon.sources) + extra)
        if !replacing {
            let (translations, found) = Translations.parse(BuiltinLexicon.translationSource, lexicons: lexicons)
            lexicons.translations = translations
            problems += found
        }
        return (lexicons, problems)
    }

}

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

    /// Builds every language's lexicon from `sources` in order, returning the problems found. Sources are
    /// parsed, and languages built, through `parallel` (one call per source, then per language), so a host
    /// can use a thread each; the result is the same either way.
    public static func load(_ sources: [LexiconSource], parallel: Parallel = runInOrder) -> (Lexicons, [LexiconProblem]) {
        let documents = Slots<LexiconDocument>(count: sources.count)
        parallel(sources.count) { documents[$0] = LexiconParser.parse(sources[$0]) }
        let parsed = documents.values
        let built = Slots<(Lexicon, [LexiconProblem])>(count: Language.allCases.count)
        parallel(Language.allCases.count) { built[$0] = Lexicon.build(Language.allCases[$0], from: parsed) }
        let languages = built.values
        let problems = parsed.flatMap(\.problems) + languages.flatMap(\.1)
        return (Lexicons(byLanguage: languages.map(\.0)), problems)
    }

    /// The built-in lexicons, with `extra` trainer files added (or instead, when `replacing`), and the
    /// built-in translations between them.
    public static func standard(adding extra: [LexiconSource] = [], replacing: Bool = false, parallel: Parallel = runInOrder) -> (Lexicons, [LexiconProblem]) {
        var (lexicons, problems) = load((replacing ? [] : BuiltinLexicon.sources) + extra, parallel: parallel)
        if !replacing {
            let (translations, found) = Translations.parse(BuiltinLexicon.translationSource, lexicons: lexicons)
            lexicons.translations = translations
            problems += found
        }
        return (lexicons, problems)
    }

}

/// Pairs of lemmas that mean the same in Dutch and English, for switching language mid-walk.
public struct Translations: Sendable {
    private var toEnglish: [String: String] = [:]
    private var toDutch: [String: String] = [:]

    /// Reads `nl word = en word` lines; returns the problems (a line without `=`, a word that is not a
    /// lemma of its lexicon) as `file:line: message`.
    public static func parse(_ source: LexiconSource, lexicons: Lexicons) -> (Translations, [LexiconProblem]) {
        var translations = Translations()
        var problems: [LexiconProblem] = []
        for (offset, raw) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces()
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let number = source.firstLine + offset
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                problems.append(LexiconProblem(file: source.name, line: number, message: "expected `nl word = en word`"))
                continue
            }
            guard let dutch = lexicons[.nl].lemma(named: parts[0]), let english = lexicons[.en].lemma(named: parts[1]) else {
                let missing = lexicons[.nl].lemma(named: parts[0]) == nil ? "`\(parts[0])` is not a Dutch lemma" : "`\(parts[1])` is not an English lemma"
                problems.append(LexiconProblem(file: source.name, line: number, message: missing))
                continue
            }
            translations.toEnglish[TextFolding.key(dutch.word)] = english.word
            translations.toDutch[TextFolding.key(english.word)] = dutch.word
        }
        return (translations, problems)
    }

    /// The lemma that means `word` in `language`, if the table has it.
    public func translate(_ word: String, to language: Language) -> String? {
        switch language {
        case .en: return toEnglish[TextFolding.key(word)]
        case .nl: return toDutch[TextFolding.key(word)]
        }
    }

    /// How many pairs the table holds.
    public var count: Int { toEnglish.count }
}

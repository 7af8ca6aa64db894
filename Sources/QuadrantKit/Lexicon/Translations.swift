/// Pairs of lemmas that mean the same in Dutch and English, for switching language mid-walk.
///
/// Each lemma translates to at most one lemma per direction, so a switch is never a guess. A line
/// `nl = en` works both ways; `nl -> en` only from Dutch and `nl <- en` only from English, for a word
/// whose best counterpart already has its own pair (`meegaandheid = over-accommodation`, then
/// `pleasegedrag -> over-accommodation`).
public struct Translations: Sendable {
    private var toEnglish: [String: String] = [:]
    private var toDutch: [String: String] = [:]

    /// Which way a line translates.
    private enum Direction: String, CaseIterable {
        case toEnglish = "->", toDutch = "<-", both = "="

        var englishward: Bool { self != .toDutch }
        var dutchward: Bool { self != .toEnglish }
    }

    /// Reads `nl word = en word` lines (or `->`, `<-` for one direction); returns the problems (a line
    /// without an arrow, a word that is not a lemma of its lexicon, a quality paired with a distortion, a
    /// lemma translated twice the same way) as `file:line: message`.
    public static func parse(_ source: LexiconSource, lexicons: Lexicons) -> (Translations, [LexiconProblem]) {
        var translations = Translations()
        var problems: [LexiconProblem] = []
        var dutchLine: [String: Int] = [:], englishLine: [String: Int] = [:]
        for (offset, raw) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces()
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let number = source.firstLine + offset
            func problem(_ message: String) { problems.append(LexiconProblem(file: source.name, line: number, message: message)) }
            guard let (left, direction, right) = split(line) else {
                problem("expected `nl word = en word`, or `nl word -> en word` / `nl word <- en word` for one direction")
                continue
            }
            guard let dutch = lexicons[.nl].lemma(named: left) else { problem("`\(left)` is not a Dutch lemma"); continue }
            guard let english = lexicons[.en].lemma(named: right) else { problem("`\(right)` is not an English lemma"); continue }
            guard dutch.polarity == english.polarity else {
                problem("`\(dutch.word)` is a \(dutch.polarity) but `\(english.word)` is a \(english.polarity); pair qualities with qualities and distortions with distortions")
                continue
            }
            let (dutchKey, englishKey) = (TextFolding.key(dutch.word), TextFolding.key(english.word))
            if direction.englishward, let first = dutchLine[dutchKey] {
                problem("`\(dutch.word)` already translates to English on line \(first); "
                    + (direction == .both ? "write `\(dutch.word) <- \(english.word)` to translate only the English word" : "keep one of the two lines"))
                continue
            }
            if direction.dutchward, let first = englishLine[englishKey] {
                problem("`\(english.word)` already translates to Dutch on line \(first); "
                    + (direction == .both ? "write `\(dutch.word) -> \(english.word)` to translate only the Dutch word" : "keep one of the two lines"))
                continue
            }
            if direction.englishward {
                translations.toEnglish[dutchKey] = english.word
                dutchLine[dutchKey] = number
            }
            if direction.dutchward {
                translations.toDutch[englishKey] = dutch.word
                englishLine[englishKey] = number
            }
        }
        return (translations, problems)
    }

    /// The Dutch word, the arrow and the English word of a line, if it has exactly one arrow. (Byte by byte:
    /// `split(separator:)` with a string took 70,000 instructions a line.)
    private static func split(_ line: String) -> (String, Direction, String)? {
        let bytes = Array(line.utf8)
        for direction in Direction.allCases {
            let arrow = Array(direction.rawValue.utf8)
            guard let at = bytes.indices.first(where: { bytes[$0...].starts(with: arrow) }) else { continue }
            let (left, right) = (bytes[..<at], bytes[(at + arrow.count)...])
            guard !(left + right).contains(where: { "=<>".utf8.contains($0) }) else { return nil }
            let (dutch, english) = (String(decoding: left, as: UTF8.self).trimmingSpaces(), String(decoding: right, as: UTF8.self).trimmingSpaces())
            guard !dutch.isEmpty, !english.isEmpty else { return nil }
            return (dutch, direction, english)
        }
        return nil
    }

    /// The lemma that means `word` in `language`, if the table has it.
    public func translate(_ word: String, to language: Language) -> String? {
        switch language {
        case .en: return toEnglish[TextFolding.key(word)]
        case .nl: return toDutch[TextFolding.key(word)]
        }
    }
}

/// Reads lexicon files (format: `LEXICON.md`) into documents, reporting every syntax problem with its line.
public enum LexiconParser {
    /// Parses one lexicon source. Never fails: problems are collected in the document.
    public static func parse(_ source: LexiconSource) -> LexiconDocument {
        var document = LexiconDocument(file: source.name)
        var current: LexiconEntry?
        var lineNumber = source.firstLine - 1

        func problem(_ message: String) {
            document.problems.append(LexiconProblem(file: source.name, line: lineNumber, message: message))
        }
        func finishEntry() {
            if let entry = current { document.entries.append(entry) }
            current = nil
        }

        for rawLine in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let indented = line.first == " " || line.first == "\t"

            if indented {
                guard current != nil else {
                    problem("an indented line must belong to a `quality` or `distortion` entry above it")
                    continue
                }
                guard let colon = trimmed.firstIndex(of: ":") else {
                    problem("expected `key: words`, e.g. `synonyms: behulpzaamheid, dienstbaarheid`")
                    continue
                }
                let key = String(trimmed[..<colon]).trimmingSpaces().lowercased()
                let words = splitWords(trimmed[trimmed.index(after: colon)...], line: lineNumber)
                switch key {
                case "forms": current!.forms += words
                case "synonyms": current!.synonyms += words
                case "excess": current!.excess += words
                case "opposite+": current!.positiveOpposites += words
                case "opposite-": current!.negativeOpposites += words
                default:
                    problem("unknown key `\(key)`; use forms, synonyms, excess, opposite+ or opposite-")
                }
                continue
            }

            finishEntry()
            let (keyword, rest) = trimmed.splitFirstWord()
            switch keyword.lowercased() {
            case "language:":
                if document.language != nil { problem("`language:` appears twice") }
                if let language = Language(rawValue: rest.lowercased()) {
                    document.language = language
                } else {
                    problem("unknown language `\(rest)`; use `language: nl` or `language: en`")
                }
            case "quality", "distortion":
                let lemma = rest.trimmingSpaces()
                if lemma.isEmpty { problem("`\(keyword)` needs a word after it"); continue }
                current = LexiconEntry(
                    lemma: LexiconWord(text: lemma, line: lineNumber),
                    polarity: keyword.lowercased() == "quality" ? .quality : .distortion)
            case "quadrant":
                let words = rest.split(separator: ">").map { String($0).trimmingSpaces() }
                if words.count != 4 || words.contains(where: \.isEmpty) {
                    problem("a quadrant needs four words: `quadrant quality > pitfall > challenge > allergy`")
                } else {
                    document.quadrants.append(CuratedQuadrantLine(words: words, line: lineNumber))
                }
            default:
                problem("expected `quality WORD`, `distortion WORD`, `quadrant Q > P > C > A` or `language: nl|en`")
            }
        }
        finishEntry()
        if document.language == nil {
            document.problems.insert(
                LexiconProblem(file: source.name, line: source.firstLine, message: "missing `language: nl` or `language: en`"),
                at: 0)
        }
        return document
    }

    private static func splitWords(_ text: Substring, line: Int) -> [LexiconWord] {
        text.split(separator: ",").compactMap { part in
            let word = String(part).trimmingSpaces()
            return word.isEmpty ? nil : LexiconWord(text: word, line: line)
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }

    /// The first space-separated word and the trimmed rest.
    func splitFirstWord() -> (String, String) {
        let text = trimmingSpaces()
        guard let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (text, "") }
        return (String(text[..<space]), String(text[space...]).trimmingSpaces())
    }
}

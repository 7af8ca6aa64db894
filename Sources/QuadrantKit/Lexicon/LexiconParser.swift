/// Reads lexicon files (format: `LEXICON.md`) into documents, reporting every syntax problem with its line.
public enum LexiconParser {
    /// Parses one lexicon source. Never fails: problems are collected in the document.
    ///
    /// Reads UTF-8 bytes rather than Characters: every separator of the format is ASCII, and walking
    /// grapheme clusters made parsing half of start-up. A line ends at LF, with or without a CR before it.
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

        let bytes = Array(source.text.utf8)
        var nextLine = 0
        while nextLine <= bytes.count {
            let lineEnd = bytes[nextLine...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[nextLine..<lineEnd]
            nextLine = lineEnd + 1
            lineNumber += 1
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.first == UInt8(ascii: "#") { continue }

            if line.first == UInt8(ascii: " ") || line.first == UInt8(ascii: "\t") {
                guard current != nil else {
                    problem("an indented line must belong to a `quality` or `distortion` entry above it")
                    continue
                }
                guard let colon = trimmed.firstIndex(of: UInt8(ascii: ":")) else {
                    problem("expected `key: words`, e.g. `synonyms: behulpzaamheid, dienstbaarheid`")
                    continue
                }
                let key = trimmed[..<colon].trimmingSpaces.text.lowercased()
                let words = splitWords(trimmed[(colon + 1)...], line: lineNumber)
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
            let space = trimmed.firstIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } ?? trimmed.endIndex
            let keyword = trimmed[..<space].text
            let rest = trimmed[space...].trimmingSpaces
            switch keyword.lowercased() {
            case "language:":
                if document.language != nil { problem("`language:` appears twice") }
                if let language = Language(rawValue: rest.text.lowercased()) {
                    document.language = language
                } else {
                    problem("unknown language `\(rest.text)`; use `language: nl` or `language: en`")
                }
            case "quality", "distortion":
                if rest.isEmpty { problem("`\(keyword)` needs a word after it"); continue }
                current = LexiconEntry(
                    lemma: LexiconWord(text: rest.text, line: lineNumber),
                    polarity: keyword.lowercased() == "quality" ? .quality : .distortion)
            case "quadrant":
                let words = rest.split(separator: UInt8(ascii: ">")).map { $0.trimmingSpaces.text }
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

    private static func splitWords(_ text: ArraySlice<UInt8>, line: Int) -> [LexiconWord] {
        text.split(separator: UInt8(ascii: ",")).compactMap { part in
            let word = part.trimmingSpaces
            return word.isEmpty ? nil : LexiconWord(text: word.text, line: line)
        }
    }
}

extension ArraySlice<UInt8> {
    /// The bytes without leading spaces and tabs, and without trailing spaces, tabs and CRs.
    fileprivate var trimmingSpaces: ArraySlice<UInt8> {
        var slice = self
        while let first = slice.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { slice = slice.dropFirst() }
        while let last = slice.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            slice = slice.dropLast()
        }
        return slice
    }

    /// The bytes as text.
    fileprivate var text: String { String(decoding: self, as: UTF8.self) }
}

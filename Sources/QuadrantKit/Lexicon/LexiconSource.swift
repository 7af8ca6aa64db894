/// The text of one lexicon file, with the name and first line used when reporting its problems.
public struct LexiconSource: Sendable {
    /// The file name shown in problems, e.g. `my-team.txt`.
    public var name: String
    /// The line of the file on which `text` starts (1 for a plain file).
    public var firstLine: Int
    /// The lexicon text itself, in the format of `LEXICON.md`.
    public var text: String

    public init(name: String, firstLine: Int = 1, text: String) {
        self.name = name
        self.firstLine = firstLine
        self.text = text
    }
}

/// One problem found in a lexicon file, printed as `file:line: message`.
public struct LexiconProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

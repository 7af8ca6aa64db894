/// Whether a lemma is a strength or a strength pushed too far.
public enum Polarity: String, Sendable, Codable {
    /// A core quality or a challenge: a strength.
    case quality
    /// A pitfall or an allergy: too much of a strength.
    case distortion
}

/// A word in a lexicon file together with the line it was written on.
public struct LexiconWord: Sendable, Equatable {
    public var text: String
    public var line: Int
}

/// One `quality` or `distortion` entry as written in a lexicon file, before its words are resolved.
public struct LexiconEntry: Sendable {
    public var lemma: LexiconWord
    public var polarity: Polarity
    public var forms: [LexiconWord] = []
    public var synonyms: [LexiconWord] = []
    public var excess: [LexiconWord] = []
    public var positiveOpposites: [LexiconWord] = []
    public var negativeOpposites: [LexiconWord] = []
}

/// A `quadrant Q > P > C > A` line as written in a lexicon file.
public struct CuratedQuadrantLine: Sendable {
    public var words: [String]
    public var line: Int
}

/// A parsed lexicon file: its entries, curated quadrants and the syntax problems found while reading it.
public struct LexiconDocument: Sendable {
    public var file: String
    public var language: Language?
    public var entries: [LexiconEntry] = []
    public var quadrants: [CuratedQuadrantLine] = []
    public var problems: [LexiconProblem] = []
}

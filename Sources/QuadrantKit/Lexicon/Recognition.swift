/// How a typed text reached a lemma.
public enum MatchKind: Sendable, Equatable {
    /// The lemma itself or one of its forms (`klantgericht`).
    case form
    /// A synonym listed under the lemma (`servicegericht`).
    case synonym
    /// A near spelling of a form or synonym (`klantgerichheid`).
    case typo
    /// "te veel X" / "too much X": the lemma is an excess of quality X.
    case excess(of: Int)

    /// Whether the match is a too-much read from "te veel X" / "too much X".
    public var isExcess: Bool {
        if case .excess = self { return true }
        return false
    }
}

/// One lemma found in a typed text.
public struct LexiconMatch: Sendable, Equatable {
    public var lemma: Int
    public var kind: MatchKind
    /// The words of the input that matched, folded.
    public var matched: String
}

/// What the lexicon understood of a typed text.
public enum Recognition: Sendable, Equatable {
    /// Nothing in the text is a known word.
    case unknown
    /// Exactly one lemma.
    case one(LexiconMatch)
    /// Several lemmas fit equally well: the participant is asked which one.
    case ambiguous([LexiconMatch])

    /// Every lemma the text could mean.
    public var matches: [LexiconMatch] {
        switch self {
        case .unknown: return []
        case .one(let match): return [match]
        case .ambiguous(let matches): return matches
        }
    }
}

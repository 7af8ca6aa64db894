/// The relation an arrow of the quadrant stands for.
public enum QuadrantRelation: String, Sendable, Codable {
    /// The target is too much of the source: quality -> pitfall, challenge -> allergy.
    case excess
    /// The target is the positive opposite of the source: pitfall -> challenge, allergy -> quality.
    case positiveOpposite = "positive_opposite"

    /// Words for a reason line: "grenzeloosheid is too much of klantgerichtheid".
    var phrase: String {
        switch self {
        case .excess: return "too much of"
        case .positiveOpposite: return "the positive opposite of"
        }
    }
}

/// One arrow of the quadrant: from one corner to the next, and what it means.
public struct QuadrantArrow: Sendable, Equatable {
    public var from: Corner
    public var to: Corner
    public var relation: QuadrantRelation

    /// The four arrows in Ofman's order; the last one is the check that the quadrant closes.
    public static let all: [QuadrantArrow] = Corner.allCases.map { corner in
        QuadrantArrow(from: corner, to: corner.next, relation: corner.relationToNext)
    }
}

extension Corner {
    /// What the arrow leaving this corner means.
    public var relationToNext: QuadrantRelation {
        switch self {
        case .quality, .challenge: return .excess
        case .pitfall, .allergy: return .positiveOpposite
        }
    }
}

/// The four corners of Ofman's core quadrant, in the order the arrows run.
public enum Corner: String, Sendable, CaseIterable, Codable {
    case quality, pitfall, challenge, allergy

    /// The polarity a word in this corner has: strengths top-left and bottom-right, distortions elsewhere.
    public var polarity: Polarity {
        switch self {
        case .quality, .challenge: return .quality
        case .pitfall, .allergy: return .distortion
        }
    }

    /// The corner the arrow from this one points to (quality -> pitfall -> challenge -> allergy -> quality).
    public var next: Corner {
        switch self {
        case .quality: return .pitfall
        case .pitfall: return .challenge
        case .challenge: return .allergy
        case .allergy: return .quality
        }
    }

    /// The corner whose arrow points to this one.
    public var previous: Corner {
        switch self {
        case .quality: return .allergy
        case .pitfall: return .quality
        case .challenge: return .pitfall
        case .allergy: return .challenge
        }
    }
}

/// Four values, one per corner.
public struct Quadrant<Value> {
    public var quality: Value
    public var pitfall: Value
    public var challenge: Value
    public var allergy: Value

    public init(quality: Value, pitfall: Value, challenge: Value, allergy: Value) {
        self.quality = quality
        self.pitfall = pitfall
        self.challenge = challenge
        self.allergy = allergy
    }

    /// The value in `corner`.
    public subscript(corner: Corner) -> Value {
        get {
            switch corner {
            case .quality: return quality
            case .pitfall: return pitfall
            case .challenge: return challenge
            case .allergy: return allergy
            }
        }
        set {
            switch corner {
            case .quality: quality = newValue
            case .pitfall: pitfall = newValue
            case .challenge: challenge = newValue
            case .allergy: allergy = newValue
            }
        }
    }

    /// The values in corner order.
    public var all: [Value] { [quality, pitfall, challenge, allergy] }

    /// The same quadrant with each value transformed.
    public func map<T>(_ transform: (Value) throws -> T) rethrows -> Quadrant<T> {
        Quadrant<T>(quality: try transform(quality), pitfall: try transform(pitfall),
                    challenge: try transform(challenge), allergy: try transform(allergy))
    }
}

extension Quadrant: Sendable where Value: Sendable {}
extension Quadrant: Equatable where Value: Equatable {}
extension Quadrant: Hashable where Value: Hashable {}

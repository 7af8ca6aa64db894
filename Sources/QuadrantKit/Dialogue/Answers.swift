/// A walk's answers, at most one per corner.
///
/// Four fields rather than a dictionary, since every turn reads them all; encoded exactly as the
/// `[Corner: Answer]` it replaced (an object keyed by corner), so states exported earlier still load.
public struct Answers: Sendable, Hashable, Codable, Sequence, ExpressibleByDictionaryLiteral {
    private var byCorner = Quadrant<Answer?>(quality: nil, pitfall: nil, challenge: nil, allergy: nil)

    public init() {}

    public init(dictionaryLiteral elements: (Corner, Answer)...) {
        for (corner, answer) in elements { byCorner[corner] = answer }
    }

    public subscript(corner: Corner) -> Answer? {
        get { byCorner[corner] }
        set { byCorner[corner] = newValue }
    }

    /// Corner by corner, written out: the generic comparison of a `Quadrant<Answer?>` goes through
    /// value witnesses, and memo lookups compare answers on every turn.
    public static func == (a: Answers, b: Answers) -> Bool {
        a.byCorner.quality == b.byCorner.quality && a.byCorner.pitfall == b.byCorner.pitfall
            && a.byCorner.challenge == b.byCorner.challenge && a.byCorner.allergy == b.byCorner.allergy
    }

    /// Feeds only the words shown in each corner to `hasher`: what tells two walks' answers apart.
    func hashWords(into hasher: inout Hasher) {
        hasher.combine(byCorner.quality?.text)
        hasher.combine(byCorner.pitfall?.text)
        hasher.combine(byCorner.challenge?.text)
        hasher.combine(byCorner.allergy?.text)
    }

    public var isEmpty: Bool {
        byCorner.quality == nil && byCorner.pitfall == nil && byCorner.challenge == nil && byCorner.allergy == nil
    }

    /// The filled corners with their answers, in corner order.
    public func makeIterator() -> some IteratorProtocol<(corner: Corner, answer: Answer)> {
        Corner.allCases.compactMap { corner in byCorner[corner].map { (corner, $0) } }.makeIterator()
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CornerKey.self)
        for key in container.allKeys { byCorner[key.corner] = try container.decode(Answer.self, forKey: key) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CornerKey.self)
        for (corner, answer) in self { try container.encode(answer, forKey: CornerKey(corner)) }
    }

    /// A corner's name as a key of the encoded object; other keys are refused.
    private struct CornerKey: CodingKey {
        let corner: Corner
        init(_ corner: Corner) { self.corner = corner }
        init?(stringValue: String) {
            guard let corner = Corner(rawValue: stringValue) else { return nil }
            self.corner = corner
        }
        init?(intValue: Int) { nil }
        var stringValue: String { corner.rawValue }
        var intValue: Int? { nil }
    }
}

/// The lexicon's single-word keys for typo matching, grouped by length, each with a letter mask.
///
/// A typed word is compared only with keys whose length is within its typo limit, and a key whose
/// letters differ too much is skipped before the edit distance is computed: every edit adds at most one
/// letter the other word lacks on each side, so the letters one word has and the other lacks never
/// outnumber the distance. The masks sit in one flat array in length order, so that skip costs a few
/// instructions per key.
struct TypoIndex: Sendable {
    struct Key: Sendable {
        var bytes: [UInt8]
        var ids: [Int]
    }

    /// Every key, sorted by its text; matches are reported in this order.
    private(set) var keys: [Key] = []
    /// The keys' letter masks and first bytes in length order, and the position in `keys` of each.
    private var masks: [UInt32] = []
    private var firsts: [UInt8] = []
    private var positions: [Int] = []
    /// `starts[n]..<starts[n + 1]` are the slots of keys `n` bytes long.
    private var starts: [Int] = [0]

    init() {}

    /// `entries` sorted by key.
    init(_ entries: [(key: [UInt8], ids: [Int])]) {
        keys = entries.map { Key(bytes: $0.key, ids: $0.ids) }
        let lengths = keys.map(\.bytes.count)
        let byLength = keys.indices.sorted { (lengths[$0], $0) < (lengths[$1], $1) }
        positions = byLength
        masks = byLength.map { Self.letters(keys[$0].bytes) }
        firsts = byLength.map { keys[$0].bytes.first ?? 0 }
        let longest = keys.map(\.bytes.count).max() ?? 0
        starts = Array(repeating: 0, count: longest + 2)
        for key in keys { starts[key.bytes.count + 1] += 1 }
        for length in 0...longest { starts[length + 1] += starts[length] }
    }

    /// The keys near `word`, as (position in `keys`, distance), in key order: within `limit` edits when
    /// they share its first letter, within one edit when they do not.
    ///
    /// A slip of one key may hit the first letter too; more than one edit must keep it, or a long word
    /// reaches an unrelated one that merely rhymes (`domination` is not `rumination`). Most keys differ
    /// in their first letter, so the tighter limit for them is also what keeps the scan cheap.
    func matches(_ word: [UInt8], limit: Int) -> [(position: Int, distance: Int)] {
        guard let first = word.first else { return [] }
        var found: [(position: Int, distance: Int)] = []
        let letters = Self.letters(word)
        let (shortest, longest) = (max(5, word.count - limit), min(starts.count - 2, word.count + limit))
        guard shortest <= longest else { return [] }
        masks.withUnsafeBufferPointer { masks in
            firsts.withUnsafeBufferPointer { firsts in
                for length in shortest...longest {
                    let allowedOtherwise = abs(length - word.count) <= 1 ? min(limit, 1) : -1
                    for slot in starts[length]..<starts[length + 1] {
                        let allowed = firsts[slot] == first ? limit : allowedOtherwise
                        let mask = masks[slot]
                        guard allowed >= 0, Self.atMost(allowed, in: letters & ~mask), Self.atMost(allowed, in: mask & ~letters) else { continue }
                        let position = positions[slot]
                        if let distance = EditDistance.distance(word, keys[position].bytes, limit: allowed) {
                            found.append((position, distance))
                        }
                    }
                }
            }
        }
        return found.sorted { $0.position < $1.position }
    }

    /// Whether `bits` has at most `count` bits set (clearing the lowest one at a time: no popcnt needed).
    @inline(__always)
    private static func atMost(_ count: Int, in bits: UInt32) -> Bool {
        var rest = bits
        for _ in 0..<count where rest != 0 { rest &= rest &- 1 }
        return rest == 0
    }

    /// Which letters occur (other bytes share six bits), for the cheap lower bound.
    private static func letters(_ bytes: [UInt8]) -> UInt32 {
        var mask: UInt32 = 0
        for byte in bytes {
            mask |= 1 << ((0x61...0x7A).contains(byte) ? UInt32(byte - 0x61) : 26 + UInt32(byte % 6))
        }
        return mask
    }
}

/// The lexicon's single-word keys for typo matching, grouped by length and first letter, each with a
/// letter mask and letter counts.
///
/// More than one edit must keep a word's first letter, so a typed word is compared with the keys of its
/// own first letter only, in the lengths its typo limit allows; a key whose letters differ too much is
/// skipped before the edit distance is computed (every edit adds at most one letter the other word lacks
/// on each side, so the letters one word has and the other lacks never outnumber the distance; and an edit
/// changes the words' letter counts by at most two in all, so those differ by at most twice the distance,
/// which leaves about a quarter of the keys the masks let through). A key with
/// another first letter is one edit away only by an edit at the front (a first letter changed, added,
/// dropped, or swapped with the second), so those are looked up, not scanned: a first-seen typo then
/// costs a bucket of keys rather than the whole lexicon.
struct TypoIndex: Sendable {
    struct Key: Sendable {
        var bytes: [UInt8]
        var ids: [Int]
    }

    /// Every key, sorted by its text; matches are reported in this order.
    private(set) var keys: [Key] = []
    /// The keys' letter masks in (length, first letter) order, and the position in `keys` of each.
    private var masks: [UInt32] = []
    /// Each slot's letter counts, `Self.letterKinds` bytes a slot, in the letters' mask bit order.
    private var counts: [UInt8] = []
    private var positions: [Int] = []
    /// The slots of the keys of one length and first letter, by `bucket(length, first)`.
    private var buckets: [Int: Range<Int>] = [:]
    /// Positions of the keys by all their bytes, and by all but their first.
    private var byWhole: [[UInt8]: Int] = [:]
    private var byTail: [ArraySlice<UInt8>: [Int]] = [:]

    init() {}

    /// `entries` sorted by key.
    init(_ entries: [(key: [UInt8], ids: [Int])]) {
        keys = entries.map { Key(bytes: $0.key, ids: $0.ids) }
        positions = keys.indices.sorted { a, b in
            (keys[a].bytes.count, keys[a].bytes.first ?? 0, a) < (keys[b].bytes.count, keys[b].bytes.first ?? 0, b)
        }
        counts = [UInt8](repeating: 0, count: positions.count * Self.letterKinds)
        masks = positions.enumerated().map { slot, position in
            Self.tally(keys[position].bytes, into: &counts, at: slot * Self.letterKinds)
        }
        for (slot, position) in positions.enumerated() {
            let bytes = keys[position].bytes
            let bucket = Self.bucket(bytes.count, bytes.first ?? 0)
            buckets[bucket] = (buckets[bucket]?.lowerBound ?? slot)..<(slot + 1)
            byWhole[bytes] = position
            byTail[bytes.dropFirst(), default: []].append(position)
        }
    }

    private static func bucket(_ length: Int, _ first: UInt8) -> Int { length << 8 | Int(first) }

    /// The keys near `word`, as (position in `keys`, distance), in key order: within `limit` edits when
    /// they share its first letter, within one edit when they do not.
    ///
    /// A slip of one key may hit the first letter too; more than one edit must keep it, or a long word
    /// reaches an unrelated one that merely rhymes (`domination` is not `rumination`).
    func matches(_ word: [UInt8], limit: Int) -> [(position: Int, distance: Int)] {
        guard let first = word.first, limit > 0 else { return [] }
        var found: [(position: Int, distance: Int)] = []
        var wordCounts = [UInt8](repeating: 0, count: Self.letterKinds)
        let letters = Self.tally(word, into: &wordCounts, at: 0)
        for length in max(5, word.count - limit)..<max(5, word.count + limit + 1) {
            guard let slots = buckets[Self.bucket(length, first)] else { continue }
            for slot in slots {
                let mask = masks[slot]
                guard Self.atMost(limit, in: letters & ~mask), Self.atMost(limit, in: mask & ~letters),
                      countDifference(wordCounts, slot, in: letters | mask) <= 2 * limit else { continue }
                let position = positions[slot]
                if let distance = EditDistance.distance(word, keys[position].bytes, limit: limit) {
                    found.append((position, distance))
                }
            }
        }
        // Another first letter: changed (same tail), added before the key, dropped from it, or swapped.
        let tail = word.dropFirst()
        for position in byTail[tail] ?? [] where keys[position].bytes.count == word.count && keys[position].bytes[0] != first {
            found.append((position, 1))
        }
        if let position = byWhole[Array(tail)], keys[position].bytes[0] != first {
            found.append((position, 1))
        }
        for position in byTail[word[...]] ?? [] where keys[position].bytes[0] != first {
            found.append((position, 1))
        }
        if word.count >= 2, word[1] != first {
            var swapped = word
            swapped.swapAt(0, 1)
            if let position = byWhole[swapped] { found.append((position, 1)) }
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

    /// How much the letter counts of `word` and of the key in `slot` differ in all, over the letters in
    /// `present` (elsewhere both counts are zero).
    @inline(__always)
    private func countDifference(_ word: [UInt8], _ slot: Int, in present: UInt32) -> Int {
        var rest = present
        var difference = 0
        let base = slot * Self.letterKinds
        while rest != 0 {
            let letter = rest.trailingZeroBitCount
            difference += abs(Int(word[letter]) - Int(counts[base + letter]))
            rest &= rest &- 1
        }
        return difference
    }

    /// The mask bits a byte counts under: a to z, and other bytes in six shared bits.
    private static let letterKinds = 32

    /// Counts how often each letter of `bytes` occurs into `counts` from `base` on, by mask bit (a count
    /// past 255 stays at 255: no key is that long), and returns which letters occur, for the cheap lower bound.
    private static func tally(_ bytes: [UInt8], into counts: inout [UInt8], at base: Int) -> UInt32 {
        var mask: UInt32 = 0
        for byte in bytes {
            let bit = (0x61...0x7A).contains(byte) ? Int(byte - 0x61) : 26 + Int(byte % 6)
            mask |= 1 << UInt32(bit)
            if counts[base + bit] < 255 { counts[base + bit] += 1 }
        }
        return mask
    }
}

/// The lexicon's single-word keys for typo matching, grouped by length, each with a letter count.
///
/// A typed word is compared only with keys whose length is within its typo limit, and a key whose
/// letters differ too much is skipped before the edit distance is computed: every edit adds at most one
/// letter the other word lacks on each side, so the letters one word has and the other lacks never
/// outnumber the distance.
struct TypoIndex: Sendable {
    struct Key: Sendable {
        var bytes: [UInt8]
        var ids: [Int]
        var letters: UInt32
    }

    /// Every key, sorted by its text; matches are reported in this order.
    private(set) var keys: [Key] = []
    /// Positions in `keys` by key length, ascending.
    private var byLength: [[Int]] = []

    init() {}

    /// `entries` sorted by key.
    init(_ entries: [(key: [UInt8], ids: [Int])]) {
        for entry in entries {
            let position = keys.count
            keys.append(Key(bytes: entry.key, ids: entry.ids, letters: Self.letters(entry.key)))
            if byLength.count <= entry.key.count { byLength += Array(repeating: [], count: entry.key.count + 1 - byLength.count) }
            byLength[entry.key.count].append(position)
        }
    }

    /// The keys within `limit` edits of `word`, as (position in `keys`, distance), in key order.
    func matches(_ word: [UInt8], limit: Int) -> [(position: Int, distance: Int)] {
        var found: [(position: Int, distance: Int)] = []
        let letters = Self.letters(word)
        let (shortest, longest) = (max(0, word.count - limit), min(byLength.count - 1, word.count + limit))
        guard shortest <= longest else { return [] }
        for length in shortest...longest {
            for position in byLength[length] {
                let key = keys[position]
                if (letters & ~key.letters).nonzeroBitCount > limit || (key.letters & ~letters).nonzeroBitCount > limit { continue }
                guard EditDistance.allowedTypos(forLength: length) > 0,
                      let distance = EditDistance.distance(word, key.bytes, limit: limit) else { continue }
                found.append((position, distance))
            }
        }
        return found.sorted { $0.position < $1.position }
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

/// The lexicon's single-word keys for typo matching, grouped by length, each with a letter count.
///
/// A typed word is compared only with keys whose length is within its typo limit, and a key whose
/// letters differ too much is skipped before the edit distance is computed: every edit changes the
/// multiset of letters by at most one on each side, so that difference never exceeds the distance.
struct TypoIndex: Sendable {
    struct Key: Sendable {
        var bytes: [UInt8]
        var ids: [Int]
        var letters: SIMD32<UInt8>
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
        let usable = word.count < 256
        let (shortest, longest) = (max(0, word.count - limit), min(byLength.count - 1, word.count + limit))
        guard shortest <= longest else { return [] }
        for length in shortest...longest {
            for position in byLength[length] {
                let key = keys[position]
                if usable && length < 256 {
                    let larger = pointwiseMax(letters, key.letters)
                    let extra = (larger &- key.letters).wrappedSum()
                    let missing = (larger &- letters).wrappedSum()
                    if Int(max(extra, missing)) > limit { continue }
                }
                guard EditDistance.allowedTypos(forLength: length) > 0,
                      let distance = EditDistance.distance(word, key.bytes, limit: limit) else { continue }
                found.append((position, distance))
            }
        }
        return found.sorted { $0.position < $1.position }
    }

    /// How often each letter occurs (other bytes share six buckets), for the cheap lower bound.
    private static func letters(_ bytes: [UInt8]) -> SIMD32<UInt8> {
        var counts = SIMD32<UInt8>()
        for byte in bytes {
            let bucket = (0x61...0x7A).contains(byte) ? Int(byte - 0x61) : 26 + Int(byte % 6)
            counts[bucket] &+= 1
        }
        return counts
    }
}

/// Phrases of the index with one word masked (`customer *`, `niet * loslaten`), and the words that fill the
/// mask: so that a slip inside a phrase still reaches the whole phrase, not one of its words.
struct PhraseTypoIndex: Sendable {
    /// The word a masked phrase leaves out, and the lemmas of the whole phrase.
    struct Word: Sendable {
        var bytes: [UInt8]
        var ids: [Int]
    }

    /// What stands for the left-out word in the keys: no folded word holds it.
    static let mask = "*"

    /// Masked phrase -> the words that fill it, in byte order, so matches never vary in order.
    private(set) var words: [String: [Word]] = [:]

    /// From the index's keys (folded text, words split at ASCII spaces); only a word long enough to have
    /// a typo is masked.
    init(_ keys: [String: [Int]]) {
        let space = UInt8(ascii: " ")
        for (key, ids) in keys where key.utf8.contains(space) {
            let bytes = Array(key.utf8)
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == space {
                if EditDistance.allowedTypos(forLength: end - start) > 0 {
                    let masked = bytes[..<start] + Self.mask.utf8 + bytes[end...]
                    words[String(decoding: masked, as: UTF8.self), default: []].append(Word(bytes: Array(bytes[start..<end]), ids: ids))
                }
                start = end + 1
            }
        }
        words = words.mapValues { $0.count > 1 ? $0.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) } : $0 }
    }
}

extension Lexicon {
    /// Phrases of the index typed with a slip in one of their words (`customer focsu`, `grenzen stelen`):
    /// the longest phrase that fits (of more than `shortest` words), and among those the nearest. The slip
    /// is judged as a single word's would be (`EditDistance.allowedTypos`; more than one edit must keep the
    /// first letter), and the other words must be exactly the phrase's, so a slip never joins two unrelated
    /// words into a phrase. The index is built the first time a text gets this far: most never do, and
    /// building it with the lexicon would slow every start.
    func phraseTypoMatches(_ words: [String], longerThan shortest: Int) -> [LexiconMatch] {
        let (longest, shortest) = (min(longestPhrase, words.count), max(2, shortest + 1))
        guard longest >= shortest else { return [] }
        let index = phraseTypos.value {
            PhraseTypoIndex(exactIndex.merging(aliasIndex, uniquingKeysWith: +))
        }
        for length in stride(from: longest, through: shortest, by: -1) {
            var found: [(distance: Int, match: LexiconMatch)] = []
            for start in 0...(words.count - length) {
                let context = Context(words: words, start: start, language: language)
                if context.isNegated { continue }
                var window = Array(words[start..<start + length])
                let typed = window.joined(separator: " ")
                for position in window.indices {
                    let slipped = Array(window[position].utf8)
                    let limit = EditDistance.allowedTypos(forLength: slipped.count)
                    guard limit > 0 else { continue }
                    window[position] = PhraseTypoIndex.mask
                    defer { window[position] = words[start + position] }
                    for candidate in index.words[window.joined(separator: " ")] ?? [] {
                        let allowed = candidate.bytes.first == slipped.first ? limit : 1
                        guard let distance = EditDistance.distance(slipped, candidate.bytes, limit: allowed) else { continue }
                        for id in candidate.ids {
                            for match in applyExcessMarker(context, to: LexiconMatch(lemma: id, kind: .typo, matched: typed)) {
                                found.append((distance, match))
                            }
                        }
                    }
                }
            }
            if let best = found.map(\.distance).min() { return found.filter { $0.distance == best }.map(\.match) }
        }
        return []
    }
}

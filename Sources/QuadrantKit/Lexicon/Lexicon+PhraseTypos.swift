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
    /// Every word of every phrase: a window of typed words with two words outside it cannot be a phrase
    /// with one slip, so most windows of a sentence are passed over without building a key.
    private(set) var phraseWords: Set<String> = []

    /// From the index's keys (folded text, words split at ASCII spaces; `indexes` hold no key twice); only a
    /// word long enough to have a typo is masked.
    init(_ indexes: [String: [Int]]...) {
        let space = UInt8(ascii: " ")
        var masked: [UInt8] = []
        for index in indexes {
            for (key, ids) in index where key.utf8.contains(space) {
                let bytes = Array(key.utf8)
                var start = 0
                for end in 0...bytes.count where end == bytes.count || bytes[end] == space {
                    phraseWords.insert(String(decoding: bytes[start..<end], as: UTF8.self))
                    if EditDistance.allowedTypos(forLength: end - start) > 0 {
                        masked.removeAll(keepingCapacity: true)
                        masked += bytes[..<start]
                        masked += Self.mask.utf8
                        masked += bytes[end...]
                        words[String(decoding: masked, as: UTF8.self), default: []].append(Word(bytes: Array(bytes[start..<end]), ids: ids))
                    }
                    start = end + 1
                }
            }
        }
        for (key, list) in words where list.count > 1 {
            words[key] = list.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        }
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
            PhraseTypoIndex(exactIndex, aliasIndex)
        }
        let inPhrases = words.map(index.phraseWords.contains)
        let limits = words.map { EditDistance.allowedTypos(forLength: $0.utf8.count) }
        for length in stride(from: longest, through: shortest, by: -1) {
            var found: [(distance: Int, match: LexiconMatch)] = []
            for start in 0...(words.count - length) {
                // Every word but the slipped one must be a phrase's: with one outside, it is the slipped one.
                var outside: Int?
                var outsideCount = 0
                for index in start..<start + length where !inPhrases[index] {
                    outside = index
                    outsideCount += 1
                }
                guard outsideCount <= 1 else { continue }
                for slip in outside.map({ $0...$0 }) ?? start...(start + length - 1) where limits[slip] > 0 {
                    // A phrase starts with one of the index's first words, unless its first word is the slip.
                    guard slip == start || phraseStarts.contains(words[start]) else { continue }
                    let masked = (start..<start + length).map { $0 == slip ? PhraseTypoIndex.mask : words[$0] }.joined(separator: " ")
                    guard let candidates = index.words[masked] else { continue }
                    let context = Context(words: words, start: start, end: start + length, language: language)
                    if context.isNegated { continue }
                    let slipped = Array(words[slip].utf8)
                    let typed = Phrases(words[start..<start + length]).first(length)
                    for candidate in candidates {
                        let allowed = candidate.bytes.first == slipped.first ? limits[slip] : 1
                        guard let distance = EditDistance.distance(slipped, candidate.bytes, limit: allowed) else { continue }
                        for id in candidate.ids {
                            for match in applyMarkers(context, to: LexiconMatch(lemma: id, kind: .typo, matched: typed)) {
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

import Testing
@testable import QuadrantKit

/// The typo index finds exactly what comparing a word with every key would: within the word's limit for
/// keys of its first letter, within one edit for the others.
@Suite("Typo index")
struct TypoIndexTests {
    /// Every key of `index` near `word` by the rule, found the slow way.
    static func scanned(_ word: [UInt8], _ index: TypoIndex, limit: Int) -> [(position: Int, distance: Int)] {
        guard limit > 0 else { return [] }
        return index.keys.indices.compactMap { position in
            let key = index.keys[position].bytes
            let allowed = key.first == word.first ? limit : 1
            return EditDistance.distance(word, key, limit: allowed).map { (position, $0) }
        }
    }

    /// Words near the built-in keys: each key with one or two edits of every kind, at the front and inside.
    static func nearWords(_ keys: [[UInt8]]) -> [[UInt8]] {
        var generator = SeededGenerator(seed: 7)
        return keys.enumerated().filter { $0.offset % 7 == 0 }.flatMap { _, key -> [[UInt8]] in
            var words: [[UInt8]] = [key, Array(key.dropFirst()), [UInt8(ascii: "x")] + key, [UInt8(ascii: "q")] + key.dropFirst()]
            if key.count > 2 { words.append([key[1], key[0]] + key.dropFirst(2)) }
            for _ in 0..<3 {
                var word = key
                for _ in 0..<Int(generator.next() % 3) + 1 {
                    let at = Int(generator.next() % UInt64(word.count))
                    let letter = UInt8(ascii: "a") + UInt8(generator.next() % 26)
                    switch generator.next() % 4 {
                    case 0: word[at] = letter
                    case 1: word.insert(letter, at: at)
                    case 2 where word.count > 1: word.remove(at: at)
                    default: if at + 1 < word.count { word.swapAt(at, at + 1) }
                    }
                }
                words.append(word)
            }
            return words
        }
    }

    @Test("the same matches as a scan of every key", arguments: Language.allCases)
    func sameAsScan(language: Language) {
        let index = QuadrantFixture.engine.lexicons[language].typoIndex
        let words = Self.nearWords(index.keys.map(\.bytes))
        #expect(words.count > 2_000)
        var differing: [String] = []
        for word in words {
            let limit = EditDistance.allowedTypos(forLength: word.count)
            let found = index.matches(word, limit: limit)
            let expected = Self.scanned(word, index, limit: limit)
            if found.map(\.position) != expected.map(\.position) || found.map(\.distance) != expected.map(\.distance) {
                differing.append(String(decoding: word, as: UTF8.self))
            }
        }
        #expect(differing.isEmpty, "\(differing.count) words differ, e.g. \(differing.prefix(5))")
    }
}

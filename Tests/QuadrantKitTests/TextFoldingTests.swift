import Testing
@testable import QuadrantKit

@Suite("Folding typed text")
struct TextFoldingTests {
    @Test("case, accents and punctuation fold away", arguments: [
        ("Efficiënt", "efficient"), ("EFFICIËNT!", "efficient"), ("  wij zijn   erg klantgericht. ", "wij zijn erg klantgericht"),
        ("naïef", "naief"), ("Çà-et-là", "ca et la"), ("klant's", "klants"), ("grenzen-stellen", "grenzen stellen"),
        ("Straße", "strasse"), ("ĳverig", "ijverig"), ("e\u{301}e\u{301}n", "een"),
    ])
    func folds(input: String, expected: String) {
        #expect(TextFolding.key(input) == expected)
    }

    @Test("the option for one's own words is already folded, as the walk compares it", arguments: Language.allCases)
    func somethingElseIsFolded(language: Language) {
        let label = phrasebook(language).somethingElse
        #expect(TextFolding.key(label) == label)
    }

    @Test func emptyAndPunctuationOnly() {
        #expect(TextFolding.words("").isEmpty)
        #expect(TextFolding.words("?!... -- ").isEmpty)
    }

    @Test("edit distance with transpositions and a limit")
    func editDistance() {
        func distance(_ a: String, _ b: String, _ limit: Int) -> Int? {
            EditDistance.distance(Array(a.utf8), Array(b.utf8), limit: limit)
        }
        #expect(distance("klantgerichtheid", "klantgerichtheid", 2) == 0)
        #expect(distance("klantgerichtheid", "klantgerichhteid", 2) == 1)
        #expect(distance("klantgerichtheid", "klantgerchtheid", 2) == 1)
        #expect(distance("klantgerichtheid", "klatngerichteid", 2) == 2)
        #expect(distance("duidelijkheid", "hardheid", 2) == nil)
        #expect(distance("", "abc", 3) == 3)
    }

    @Test("the banded edit distance agrees with the full table on random words")
    func bandedAgreesWithFullTable() {
        /// The whole optimal string alignment table, no band and no early exit.
        func full(_ a: [UInt8], _ b: [UInt8]) -> Int {
            var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in 0...a.count { d[i][0] = i }
            for j in 0...b.count { d[0][j] = j }
            for i in stride(from: 1, through: a.count, by: 1) {
                for j in stride(from: 1, through: b.count, by: 1) {
                    d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
                }
            }
            return d[a.count][b.count]
        }
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            let a = (0..<next(12)).map { _ in UInt8(97 + next(4)) }
            var b = a
            for _ in 0..<next(5) {
                switch next(4) {
                case 0 where !b.isEmpty: b.remove(at: next(b.count))
                case 1: b.insert(UInt8(97 + next(4)), at: next(b.count + 1))
                case 2 where b.count > 1: let i = next(b.count - 1); b.swapAt(i, i + 1)
                default: if !b.isEmpty { b[next(b.count)] = UInt8(97 + next(4)) }
                }
            }
            let limit = 1 + next(3)
            let expected = full(a, b)
            #expect(EditDistance.distance(a, b, limit: limit) == (expected <= limit ? expected : nil), "\(a) \(b) \(limit)")
        }
    }

    @Test("short words never match loosely; long ones allow more typos")
    func allowedTypos() {
        #expect(EditDistance.allowedTypos(forLength: 4) == 0)
        #expect(EditDistance.allowedTypos(forLength: 6) == 1)
        #expect(EditDistance.allowedTypos(forLength: 10) == 2)
        #expect(EditDistance.allowedTypos(forLength: 16) == 3)
    }
}

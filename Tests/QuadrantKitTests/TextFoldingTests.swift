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

    @Test("short words never match loosely; long ones allow more typos")
    func allowedTypos() {
        #expect(EditDistance.allowedTypos(forLength: 4) == 0)
        #expect(EditDistance.allowedTypos(forLength: 6) == 1)
        #expect(EditDistance.allowedTypos(forLength: 10) == 2)
        #expect(EditDistance.allowedTypos(forLength: 16) == 3)
    }
}

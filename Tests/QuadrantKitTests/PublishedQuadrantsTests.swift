import Testing
import QuadrantKit

/// Quadrants published by coaches and trainers (`Fixtures/published-quadrants.txt`), checked against the
/// built-in lexicon: how many core qualities `suggest` knows, and how many quadrants `check` finds closed.
@Suite("Published quadrants")
struct PublishedQuadrantsTests {
    static let fixture = QuadrantFixture(file: "published-quadrants.txt")

    @Test("the set is there", arguments: Language.allCases)
    func present(language: Language) {
        #expect(Self.fixture.lines(language).count >= 15)
    }

    @Test("core qualities known and quadrants closed", arguments: Language.allCases)
    func coverage(language: Language) {
        let figures = QuadrantFixture.figures("published quadrants, \(language.rawValue)", of: Self.fixture.lines(language))
        print(figures)
        for word in figures.unknownQualities { print("  unknown quality: \(word)") }
        for line in figures.open { print("  open: \(line)") }
        #expect(figures.known * 100 >= figures.total * 95, "\(figures)")
        #expect(figures.closed * 100 >= figures.total * 80, "\(figures)")
    }

    /// Precision: the same quadrants with the pitfalls (and, separately, the allergies) of other lines
    /// swapped in must not close, or `closed` would mean nothing.
    @Test("shuffled quadrants do not close", arguments: Language.allCases)
    func shuffled(language: Language) {
        QuadrantFixture.expectFewShuffledClose("published quadrants, \(language.rawValue)", Self.fixture.lines(language))
    }
}

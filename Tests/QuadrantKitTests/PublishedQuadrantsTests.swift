import Foundation
import Testing
import QuadrantKit

/// Quadrants published by coaches and trainers (`Fixtures/published-quadrants.txt`), checked against the
/// built-in lexicon: how many core qualities `suggest` knows, and how many quadrants `check` finds closed.
@Suite("Published quadrants")
struct PublishedQuadrantsTests {
    struct Line: Sendable {
        var language: Language
        var words: Quadrant<String>
    }

    static let lines: [Line] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/published-quadrants.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n").compactMap { raw in
            let line = raw.components(separatedBy: "#")[0]
            guard let colon = line.firstIndex(of: ":"), let language = Language(rawValue: String(line[..<colon])) else { return nil }
            let words = line[line.index(after: colon)...].components(separatedBy: ">").map { $0.trimmingCharacters(in: .whitespaces) }
            guard words.count == 4 else { return nil }
            return Line(language: language, words: Quadrant(quality: words[0], pitfall: words[1], challenge: words[2], allergy: words[3]))
        }
    }()

    static let engine = Engine(lexicons: Lexicons.standard().0)

    struct Figures: CustomStringConvertible {
        var language: Language
        var total = 0, known = 0, closed = 0
        var unknownQualities: [String] = [], open: [String] = []
        var description: String {
            "\(language.rawValue): \(known)/\(total) core qualities known (\(percent(known))), \(closed)/\(total) quadrants closed (\(percent(closed)))"
        }
        func percent(_ count: Int) -> String { total == 0 ? "-" : "\(count * 100 / total)%" }
    }

    static func figures(_ language: Language) -> Figures {
        var figures = Figures(language: language)
        for line in lines where line.language == language {
            figures.total += 1
            if engine.suggest(line.words.quality, language: language, corner: .quality).known { figures.known += 1 }
            else { figures.unknownQualities.append(line.words.quality) }
            let result = engine.check(line.words, language: language)
            if result.check.closed { figures.closed += 1 }
            else { figures.open.append(line.words.all.joined(separator: " > ") + ": " + result.reasons[result.check.arrows.firstIndex { $0.finding != .holds }!]) }
        }
        return figures
    }

    @Test("the set is there", arguments: Language.allCases)
    func present(language: Language) {
        #expect(Self.lines.filter { $0.language == language }.count >= 15)
    }

    @Test("core qualities known and quadrants closed", arguments: Language.allCases)
    func coverage(language: Language) {
        let figures = Self.figures(language)
        print("published quadrants, \(figures)")
        for word in figures.unknownQualities { print("  unknown quality: \(word)") }
        for line in figures.open { print("  open: \(line)") }
        #expect(figures.known * 100 >= figures.total * 95, "\(figures)")
        #expect(figures.closed * 100 >= figures.total * 80, "\(figures)")
    }

    /// Precision: the same quadrants with the pitfalls (and, separately, the allergies) of other lines
    /// swapped in must not close, or `closed` would mean nothing.
    @Test("shuffled quadrants do not close", arguments: Language.allCases)
    func shuffled(language: Language) {
        let lines = Self.lines.filter { $0.language == language }
        var total = 0, closed = 0
        for (index, line) in lines.enumerated() {
            for offset in [1, 2] {
                let other = lines[(index + offset * 7) % lines.count]
                guard TextFolding.key(other.words.quality) != TextFolding.key(line.words.quality) else { continue }
                var swappedPitfall = line.words
                swappedPitfall.pitfall = other.words.pitfall
                var swappedAllergy = line.words
                swappedAllergy.allergy = other.words.allergy
                for words in [swappedPitfall, swappedAllergy] where words != line.words {
                    total += 1
                    if Self.engine.check(words, language: language).check.closed { closed += 1 }
                }
            }
        }
        print("published quadrants, \(language.rawValue): \(closed)/\(total) shuffled quadrants closed")
        #expect(closed * 100 <= total * 10, "\(closed) of \(total) shuffled quadrants closed")
    }
}

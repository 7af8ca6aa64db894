import Testing
import Foundation
import QuadrantKit

/// A file of published quadrants (`Fixtures/*.txt`, one `lang: quality > pitfall > challenge > allergy` a line)
/// and the figures the built-in lexicon reaches on it.
struct QuadrantFixture: Sendable {
    struct Line: Sendable {
        var language: Language
        var words: Quadrant<String>
        /// The line's place among the file's lines of its language, from 0.
        var position: Int
    }

    /// How many core qualities `suggest` knows and how many quadrants `check` closes, with what failed.
    struct Figures: CustomStringConvertible {
        var name: String
        var total = 0, known = 0, closed = 0
        var unknownQualities: [String] = [], open: [String] = []
        /// How often each arrow failed, and why, over all open quadrants: counts only, so a blind set can
        /// show where the lexicon falls short without showing its words.
        var broken: [String: Int] = [:]
        var description: String {
            "\(name): \(known)/\(total) core qualities known (\(percent(known))), \(closed)/\(total) quadrants closed (\(percent(closed)))"
        }
        var brokenSummary: String {
            "  broken arrows: " + broken.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        func percent(_ count: Int) -> String { total == 0 ? "-" : "\(count * 100 / total)%" }
    }

    static let engine = Engine(lexicons: Lexicons.standard().0)

    var lines: [Line]

    init(file: String) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(file)")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var counts: [Language: Int] = [:]
        lines = text.components(separatedBy: "\n").compactMap { raw in
            let line = raw.components(separatedBy: "#")[0]
            guard let colon = line.firstIndex(of: ":"), let language = Language(rawValue: String(line[..<colon])) else { return nil }
            let words = line[line.index(after: colon)...].components(separatedBy: ">").map { $0.trimmingCharacters(in: .whitespaces) }
            guard words.count == 4 else { return nil }
            let position = counts[language, default: 0]
            counts[language] = position + 1
            return Line(language: language, words: Quadrant(quality: words[0], pitfall: words[1], challenge: words[2], allergy: words[3]),
                        position: position)
        }
    }

    func lines(_ language: Language) -> [Line] { lines.filter { $0.language == language } }

    static func figures(_ name: String, of lines: [Line]) -> Figures {
        var figures = Figures(name: name)
        for line in lines {
            figures.total += 1
            if engine.suggest(line.words.quality, language: line.language, corner: .quality).known { figures.known += 1 }
            else { figures.unknownQualities.append(line.words.quality) }
            let result = engine.check(line.words, language: line.language)
            if result.check.closed { figures.closed += 1 }
            for arrow in result.check.arrows where arrow.finding != .holds {
                figures.broken["\(arrow.arrow.from.rawValue)->\(arrow.arrow.to.rawValue) \(kind(arrow.finding))", default: 0] += 1
            }
            if !result.check.closed { figures.open.append(line.words.all.joined(separator: " > ") + ": " + result.reasons[result.check.arrows.firstIndex { $0.finding != .holds }!]) }
        }
        return figures
    }

    private static func kind(_ finding: Finding) -> String {
        switch finding {
        case .holds: return "holds"
        case .unknownWord: return "unknown word"
        case .wrongPolarity: return "wrong polarity"
        case .same: return "same"
        case .unrelated: return "unrelated"
        }
    }

    /// Prints how many shuffled quadrants of `lines` close, and expects at most 10% of them to close
    /// wrongly: a closing shuffle that `realShuffles` lists is a real quadrant, not a false close.
    static func expectFewShuffledClose(_ name: String, _ lines: [Line], sourceLocation: SourceLocation = #_sourceLocation) {
        let (closed, real, total) = shuffledClosed(lines)
        let wrong = closed - real
        print("\(name): \(wrong)/\(total) shuffled quadrants closed wrongly (\(closed) closed, \(real) of them real quadrants)")
        #expect(wrong * 100 <= total * 10, "\(wrong) of \(total) shuffled quadrants closed wrongly", sourceLocation: sourceLocation)
    }

    /// Shuffles judged to be real quadrants (`Fixtures/real-shuffled-quadrants.txt`), by folded words.
    static let realShuffles: Set<[String]> = Set(QuadrantFixture(file: "real-shuffled-quadrants.txt").lines.map(key))

    private static func key(_ line: Line) -> [String] { [line.language.rawValue] + line.words.all.map(TextFolding.key) }

    /// The same quadrants with the pitfalls (and, separately, the allergies) of other lines swapped in:
    /// how many of them close, how many of those are real quadrants all the same, of how many.
    static func shuffledClosed(_ lines: [Line]) -> (closed: Int, real: Int, total: Int) {
        var total = 0, closed = 0, real = 0
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
                    guard engine.check(words, language: line.language).check.closed else { continue }
                    closed += 1
                    if realShuffles.contains(key(Line(language: line.language, words: words, position: 0))) { real += 1 }
                }
            }
        }
        return (closed, real, total)
    }
}

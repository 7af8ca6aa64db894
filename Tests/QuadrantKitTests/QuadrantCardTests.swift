import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import QuadrantKit

@Suite("Rendering a quadrant to keep")
struct QuadrantCardTests {
    let hostile = QuadrantCard(
        words: Quadrant(quality: "klantgerichtheid", pitfall: "grenzeloosheid", challenge: "duidelijkheid", allergy: "<script>alert('x')</script>"),
        closed: false, language: .nl, example: "A & B \"quoted\" | *bold* \u{1}", nextStep: "]]> <!-- -->")

    @Test("the SVG is well-formed XML and participant text is escaped")
    func svg() throws {
        let svg = hostile.svg
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(!svg.contains("\u{1}"))
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }

    @Test("Markdown escapes markup and table pipes")
    func markdown() {
        let markdown = hostile.markdown
        #expect(markdown.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
        #expect(markdown.contains(#"A &amp; B "quoted" \| \*bold\*"#))
        #expect(markdown.contains("| **Kernkwaliteit**<br>klantgerichtheid | **Valkuil**<br>grenzeloosheid |"))
    }

    @Test("JSON keeps the words as data")
    func json() throws {
        let value = try JSONReader.parse(Array(hostile.rendered(as: .json).utf8))
        #expect(value.object?["quadrant"]?.object?["allergy"] == "<script>alert('x')</script>")
        #expect(value.object?["closed"] == false)
        #expect(value.object?["nextStep"] == "]]> <!-- -->")
    }

    @Test("text holds the grid, the legend and the reflection; empty corners show as …")
    func text() {
        let card = QuadrantCard(words: Quadrant(quality: "moed", pitfall: nil, challenge: nil, allergy: nil), closed: false, language: .en)
        #expect(card.text.contains("│ moed"))
        #expect(card.text.contains("│ …"))
        #expect(card.text.contains("Allergy → core quality: the positive opposite; this closes the quadrant"))
        #expect(!card.text.contains("Example"))
    }

    @Test("wrapping breaks at spaces and cuts words longer than a line")
    func wrapping() {
        #expect(QuadrantCard.wrapped("een twee drie", width: 8) == ["een twee", "drie"])
        #expect(QuadrantCard.wrapped("klantgerichtheid", width: 6) == ["klantg", "ericht", "heid"])
    }
}

import Foundation
import Testing
import QuadrantKit

/// `protocol.md` is the contract: its example lines must be what the code accepts and produces.
@Suite("protocol.md")
struct ProtocolDocumentTests {
    static let lines: [String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("protocol.md")
        return ((try? String(contentsOf: url, encoding: .utf8)) ?? "").components(separatedBy: "\n")
    }()

    static let eventTypes: Set<String> = ["ready", "reply", "quadrant", "suggestion", "checked", "rendered", "exported", "restored", "ended", "pong", "error"]

    @Test("every request example decodes")
    func requests() {
        let examples = Self.lines.filter { $0.hasPrefix("→ ") }
        #expect(examples.count >= 15)
        // A request the document shows answered by an error is meant to be refused.
        let refused = Set(zip(Self.lines, Self.lines.dropFirst()).filter { $1.hasPrefix("← {\"type\":\"error\"") }.map(\.0))
        for line in examples {
            let result = Envelope.decode(line: Array(line.dropFirst(2).utf8))
            if case .failure(let error)? = result, !refused.contains(line) {
                Issue.record("\(line): \(error.message)")
            }
        }
    }

    @Test("every event example is JSON with a known type")
    func events() throws {
        let examples = Self.lines.filter { $0.hasPrefix("← ") } + Self.lines.filter { $0.hasPrefix("{\"type\":\"ready\"") }
        #expect(examples.count >= 15)
        for line in examples {
            let json = try JSONReader.parse(String(line.hasPrefix("← ") ? line.dropFirst(2) : Substring(line)))
            #expect(Self.eventTypes.contains(json.object?["type"]?.string ?? ""), "\(line)")
        }
    }

    @Test("every error code and request type is documented")
    func coverage() {
        let text = Self.lines.joined(separator: "\n")
        for code in ErrorCode.allCases { #expect(text.contains("`\(code.rawValue)`"), "\(code.rawValue)") }
        for type in Request.types { #expect(text.contains("### `\(type)`"), "\(type)") }
    }
}

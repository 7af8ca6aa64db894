import Testing
@testable import QuadrantKit

/// A catalogue of hostile input lines: each gets exactly one `error` with its code (and the request `id`
/// when it could be read), and a session opened before it carries on as if the line had never come.
@Suite("Hostile lines")
struct HostileLineTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var bytes: [UInt8]
        var code: ErrorCode
        var id: JSONValue?
        /// The service's session limit while the line is served (the bystander is already open).
        var maximumSessions: Int?

        init(_ line: String, _ code: ErrorCode, id: JSONValue? = nil, maximumSessions: Int? = nil) {
            self.init(bytes: Array(line.utf8), code, id: id, maximumSessions: maximumSessions)
        }

        init(bytes: [UInt8], _ code: ErrorCode, id: JSONValue? = nil, maximumSessions: Int? = nil) {
            self.bytes = bytes
            self.code = code
            self.id = id
            self.maximumSessions = maximumSessions
        }

        /// The line with control and non-ASCII bytes as \xNN, so a test report stays readable.
        var testDescription: String {
            let text = bytes.prefix(80).map { (0x20..<0x7F).contains($0) ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined()
            return "\(code.rawValue): \(bytes.count > 80 ? text + "… (\(bytes.count) bytes)" : text)"
        }
    }

    static let start = Array(#"{"type":"start","session":"bystander","lang":"nl"}"#.utf8)
    static let nextTurn = Array(#"{"type":"say","session":"bystander","text":"klantgericht","id":"next"}"#.utf8)

    /// A piece of a raw line: text as UTF-8, or bytes as they are.
    struct Piece: ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
        var bytes: [UInt8]
        init(stringLiteral text: String) { bytes = Array(text.utf8) }
        init(arrayLiteral bytes: UInt8...) { self.bytes = bytes }
    }

    static func bytes(_ pieces: Piece...) -> [UInt8] {
        pieces.flatMap(\.bytes)
    }

    static let rows: [Row] = [
        // Not JSON: syntax.
        Row("{", .invalidJSON), Row("}", .invalidJSON), Row("hello", .invalidJSON), Row(#"{"type":"ping",}"#, .invalidJSON),
        Row("{'type':'ping'}", .invalidJSON), Row(#"{"type":"ping"} x"#, .invalidJSON),
        Row(#"{"type":"ping"}{"type":"ping"}"#, .invalidJSON), Row(#"{"type":"ping" "id":1}"#, .invalidJSON),
        Row(#"{"type" "ping"}"#, .invalidJSON), Row(#"{type:"ping"}"#, .invalidJSON), Row(#"{"type":"ping""#, .invalidJSON),
        Row(#"{"type":"pi"#, .invalidJSON), Row(#"{"type":"ping",,"id":1}"#, .invalidJSON), Row("// a comment", .invalidJSON),
        Row(#"{"type":"ping"} // a comment"#, .invalidJSON), Row("tru", .invalidJSON), Row("nul", .invalidJSON),
        Row("{\"type\":\"ping\"}\r{\"type\":\"ping\"}", .invalidJSON),
        // Not JSON: duplicate keys are refused, not resolved.
        Row(#"{"type":"ping","type":"say"}"#, .invalidJSON), Row(#"{"type":"ping","id":1,"id":2}"#, .invalidJSON),
        Row(#"{"type":"say","session":"bystander","text":"a","text":"b"}"#, .invalidJSON),
        Row(#"{"type":"check","quadrant":{"quality":"a","quality":"b","pitfall":"c","challenge":"d","allergy":"e"}}"#, .invalidJSON),
        // Not JSON: numbers.
        Row(#"{"type":"ping","id":01}"#, .invalidJSON), Row(#"{"type":"ping","id":+1}"#, .invalidJSON),
        Row(#"{"type":"ping","id":.5}"#, .invalidJSON), Row(#"{"type":"ping","id":1.}"#, .invalidJSON),
        Row(#"{"type":"ping","id":NaN}"#, .invalidJSON), Row(#"{"type":"ping","id":Infinity}"#, .invalidJSON),
        Row(#"{"type":"ping","id":-}"#, .invalidJSON), Row(#"{"type":"ping","id":1e}"#, .invalidJSON),
        // Not JSON: strings with bad escapes, raw control characters and NUL.
        Row(#"{"type":"say","session":"s","text":"a\qb"}"#, .invalidJSON), Row(#"{"type":"say","session":"s","text":"\u12"}"#, .invalidJSON),
        Row(#"{"type":"say","session":"s","text":"\ud800"}"#, .invalidJSON), Row(#"{"type":"say","session":"s","text":"\udc00x"}"#, .invalidJSON),
        Row("{\"type\":\"say\",\"session\":\"s\",\"text\":\"a\tb\"}", .invalidJSON),
        Row(bytes: bytes(#"{"type":"say","session":"s","text":"a"#, [0], #"b"}"#), .invalidJSON),
        Row(bytes: [0], .invalidJSON), Row(bytes: bytes(#"{"type":"ping"}"#, [0]), .invalidJSON),
        Row(bytes: bytes([0x1B], "[2J", #"{"type":"ping"}"#), .invalidJSON),
        // Not JSON: nesting deeper than 64, however deep.
        Row(String(repeating: "[", count: 100_000), .invalidJSON),
        Row(String(repeating: #"{"a":"#, count: 65) + "1" + String(repeating: "}", count: 65), .invalidJSON),
        Row(#"{"type":"ping","extra":"# + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}", .invalidJSON),
        // A byte order mark is ignored once at the start of a line; a second one is text.
        Row(bytes: bytes([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], #"{"type":"ping"}"#), .invalidJSON),
        // Not UTF-8.
        Row(bytes: [0xFF], .invalidUTF8), Row(bytes: bytes(#"{"type":"say","session":"s","text":"caf"#, [0xE9], #""}"#), .invalidUTF8),
        Row(bytes: bytes(#"{"type":"ping","id":""#, [0xC0, 0xAF], #""}"#), .invalidUTF8),
        Row(bytes: bytes(#"{"type":"ping","id":""#, [0xED, 0xA0, 0x80], #""}"#), .invalidUTF8),
        Row(bytes: bytes(#"{"type":"ping","id":""#, [0xF4, 0x90, 0x80, 0x80], #""}"#), .invalidUTF8),
        Row(bytes: bytes(#"{"type":"ping","id":""#, [0xE2, 0x82], #""}"#), .invalidUTF8),
        Row(bytes: bytes(#"{"type":"ping"}"#, [0x80]), .invalidUTF8), Row(bytes: bytes("{\"", [0xFE], "\":1}"), .invalidUTF8),
        Row(bytes: bytes([0xFF, 0xFE], #"{"type":"ping"}"#), .invalidUTF8),
        // JSON, but not an object.
        Row("[]", .notAnObject), Row(#"[{"type":"ping"}]"#, .notAnObject), Row("42", .notAnObject), Row(#""ping""#, .notAnObject),
        Row("null", .notAnObject), Row("true", .notAnObject), Row("-0", .notAnObject), Row("1e999999999", .notAnObject),
        // A required field is absent.
        Row("{}", .missingField), Row(#"{"id":7}"#, .missingField, id: 7), Row(#"{"type":"say","text":"hoi","id":"a"}"#, .missingField, id: "a"),
        Row(#"{"type":"say","session":"bystander","id":3}"#, .missingField, id: 3), Row(#"{"type":"suggest","id":4}"#, .missingField, id: 4),
        Row(#"{"type":"check"}"#, .missingField), Row(#"{"type":"check","quadrant":{"quality":"a","pitfall":"b","challenge":"c"}}"#, .missingField),
        Row(#"{"type":"start","session":"n","mode":"team","id":5}"#, .missingField, id: 5), Row(#"{"type":"end"}"#, .missingField),
        Row(#"{"type":"render"}"#, .missingField), Row(#"{"type":"start","id":6}"#, .missingField, id: 6),
        // The type names no request.
        Row(#"{"type":"dance","id":1}"#, .unknownType, id: 1), Row(#"{"type":""}"#, .unknownType), Row(#"{"type":"PING"}"#, .unknownType),
        Row(#"{"type":"ping\u0000"}"#, .unknownType), Row(#"{"type":" ping"}"#, .unknownType),
        Row(#"{"type":""# + String(repeating: "x", count: 60_000) + #"","id":"long"}"#, .unknownType, id: "long"),
        Row(#"{"type":"delete","id":1e400}"#, .unknownType, id: .number("1e400")),
        // A field of the wrong type or value.
        Row(#"{"type":1}"#, .invalidField), Row(#"{"type":null,"id":6}"#, .invalidField, id: 6), Row(#"{"type":["ping"]}"#, .invalidField), Row(#"{"type":{"name":"ping"}}"#, .invalidField),
        Row(#"{"type":"ping","id":{"a":1}}"#, .invalidField), Row(#"{"type":"ping","id":[1]}"#, .invalidField),
        Row(#"{"type":"ping","id":true}"#, .invalidField), Row(#"{"type":"say","session":"","text":"x","id":2}"#, .invalidField, id: 2),
        Row(#"{"type":"say","session":7,"text":"x"}"#, .invalidField),
        Row(#"{"type":"say","session":""# + String(repeating: "s", count: 257) + #"","text":"x"}"#, .invalidField),
        Row(#"{"type":"say","session":"a\u0000b","text":"x"}"#, .invalidField), Row(#"{"type":"start","session":"a\u0085b"}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":42,"id":8}"#, .invalidField, id: 8),
        Row(#"{"type":"say","session":"bystander","text":["klantgericht"]}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":null}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":"a\u0000b"}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":"\u001b[31mred"}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":"del\u007f"}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":""# + String(repeating: "a", count: 4_001) + #""}"#, .invalidField),
        Row(#"{"type":"start","session":"n","lang":"fr"}"#, .invalidField), Row(#"{"type":"start","session":"n","lang":1}"#, .invalidField),
        Row(#"{"type":"start","session":"n","from":"middle"}"#, .invalidField), Row(#"{"type":"start","session":"n","flow":"dance"}"#, .invalidField),
        Row(#"{"type":"start","session":"n","mode":"duo"}"#, .invalidField), Row(#"{"type":"start","session":"n","hidden":"yes"}"#, .invalidField),
        Row(#"{"type":"start","session":"n","mode":"team","flow":"phases","participant":{"id":"a"}}"#, .invalidField),
        Row(#"{"type":"start","session":"n","mode":"team","prefix":"","participant":{"id":"a"}}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":"x","mentioned":1}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":"x","participant":"anna"}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":"x","participant":{}}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":"x","participant":{"id":""}}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":"x","participant":{"id":"a","name":5}}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":"x","participant":{"id":"a\u0007"}}"#, .invalidField),
        Row(#"{"type":"check","quadrant":"klantgericht"}"#, .invalidField),
        Row(#"{"type":"check","quadrant":{"quality":1,"pitfall":"b","challenge":"c","allergy":"d"}}"#, .invalidField),
        Row(#"{"type":"check","quadrant":{"quality":"","pitfall":"b","challenge":"c","allergy":"d"}}"#, .invalidField),
        Row(#"{"type":"render","session":"bystander","format":"pdf","id":9}"#, .invalidField, id: 9),
        Row(#"{"type":"suggest","word":"moed","corner":"middle"}"#, .invalidField),
        Row(#"{"type":"suggest","word":""# + String(repeating: "w", count: 4_001) + #""}"#, .invalidField),
        // Every field with a value of the wrong JSON type.
        Row(#"{"type":"start","session":"n","from":3}"#, .invalidField), Row(#"{"type":"start","session":"n","flow":true}"#, .invalidField),
        Row(#"{"type":"start","session":"n","mode":{}}"#, .invalidField),
        Row(#"{"type":"start","session":"n","mode":"team","prefix":5,"participant":{"id":"a"}}"#, .invalidField),
        Row(#"{"type":"say","session":"bystander","text":"x","participant":{"id":7}}"#, .invalidField),
        Row(#"{"type":"suggest","word":7}"#, .invalidField), Row(#"{"type":"suggest","word":"moed","corner":1}"#, .invalidField),
        Row(#"{"type":"suggest","word":"moed","lang":["nl"]}"#, .invalidField),
        Row(#"{"type":"render","session":"bystander","format":1}"#, .invalidField), Row(#"{"type":"check","quadrant":[1,2,3,4]}"#, .invalidField),
        Row(#"{"type":"end","session":false}"#, .invalidField),
        // A session that does not exist, or one too many.
        Row(#"{"type":"end","session":"nobody","id":10}"#, .unknownSession, id: 10), Row(#"{"type":"render","session":"nobody"}"#, .unknownSession),
        Row(#"{"type":"start","session":"second","id":11}"#, .sessionLimit, id: 11, maximumSessions: 1),
        Row(#"{"type":"say","session":"second","text":"klantgericht"}"#, .sessionLimit, maximumSessions: 1),
    ]

    @Test("one error with the exact code; the session opened before is untouched", arguments: rows)
    func hostile(row: Row) throws {
        var service = Service(engine: Fixtures.engine)
        _ = service.handle(line: Self.start, lineNumber: 1)
        if let limit = row.maximumSessions { service.maximumSessions = limit }

        let events = service.handle(line: row.bytes, lineNumber: 2)
        #expect(events.count == 1)
        guard case .error(let error, let line)? = events.first?.event else {
            Issue.record("expected an error, got \(events.map(\.json))")
            return
        }
        #expect(error.code == row.code, "\(error.message)")
        #expect(events[0].id == row.id)
        #expect(line == 2)
        #expect(!error.message.isEmpty && error.message.count < 300, "a short message, even for a huge line: \(error.message)")

        var clean = Service(engine: Fixtures.engine)
        _ = clean.handle(line: Self.start, lineNumber: 1)
        #expect(service.handle(line: Self.nextTurn, lineNumber: 3) == clean.handle(line: Self.nextTurn, lineNumber: 2))
        #expect(service.sessions["bystander"] == clean.sessions["bystander"])
        #expect(service.sessions.count == 1)
    }

    @Test("the catalogue covers every code a line can earn, with at least 50 lines")
    func coverage() {
        #expect(Self.rows.count >= 50)
        let codes = Set(Self.rows.map(\.code))
        #expect(codes == Set(ErrorCode.allCases).subtracting([.lineTooLong, .internal]))
    }

    @Test("a byte order mark before the first request is ignored")
    func byteOrderMark() {
        var service = Service(engine: Fixtures.engine)
        let events = service.handle(line: [0xEF, 0xBB, 0xBF] + Array(#"{"type":"ping","id":1}"#.utf8), lineNumber: 1)
        #expect(events == [AddressedEvent(id: 1, .pong)])
    }

    @Test("markup a participant types is kept as their word and escaped in every rendering")
    func markupInRenderings() throws {
        var service = Service(engine: Fixtures.engine)
        let word = "<img>**qq** [qq](x)"
        var say: [UInt8] = []
        JSONWriter.write(["type": "say", "session": "s", "text": .string(word)], into: &say)
        _ = service.handle(line: Array(#"{"type":"start","session":"s","lang":"nl"}"#.utf8))
        for _ in 0..<2 where service.sessions["s"]?.answers[.quality] == nil { _ = service.handle(line: say) }
        #expect(service.sessions["s"]?.answers[.quality]?.text == word)
        for format in ["markdown", "svg"] {
            let events = service.handle(line: Array(#"{"type":"render","session":"s","format":"\#(format)"}"#.utf8))
            guard case .rendered(_, _, let content)? = events.first?.event else {
                Issue.record("no rendering: \(events.map(\.json))")
                continue
            }
            #expect(!content.contains("<img") && content.contains("&lt;img"), "\(format): \(content)")
            if format == "markdown" { #expect(!content.contains("[qq](") && content.contains("\\*\\*qq"), "\(content)") }
        }
    }

    @Test("unknown fields are ignored, markup in text stays text", arguments: [
        #"{"type":"ping","id":1,"future":{"nested":[1,2,3]},"x":null}"#,
        #"{"type":"ping","id":1,"%s%n%x":"%s%n"}"#,
    ])
    func ignoredFields(line: String) {
        var service = Service(engine: Fixtures.engine)
        #expect(service.handle(line: Array(line.utf8), lineNumber: 1) == [AddressedEvent(id: 1, .pong)])
    }
}

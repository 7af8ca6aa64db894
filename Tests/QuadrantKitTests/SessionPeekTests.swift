import Testing
@testable import QuadrantKit

/// Routing a line by a peek at its bytes finds the session its decoded request is about, or admits it cannot.
@Suite("Session peek")
struct SessionPeekTests {
    static let extra: [String] = [
        #"{"text":"{\"session\":\"other\"}","type":"say","session":"real"}"#,
        #"{"participant":{"id":"u","session":"inner"},"type":"say","session":"outer","text":"a"}"#,
        #"{"type":"check","quadrant":{"quality":"a","pitfall":"b","challenge":"c","allergy":"d"},"lang":"nl"}"#,
        #"{"type":"say","text":"]}[{,","session":"s","id":[1,{"a":"}"}]}"#,
        #"{"type":"say","session":"s\u0031","text":"a"}"#,
        #"{"type":"say","sess\u0069on":"s1","text":"a"}"#,
        #"{"type":"end","session":null}"#,
        #"{"type":"end","session":"a","session":"b"}"#,
        #"  {"type":"end" , "session" : "spaced" }  "#,
    ]

    @Test("the peeked session is the decoded one, on every line the tests know")
    func sameSession() {
        let lines = QuickDecodingTests.allLines + Self.extra.map { Array($0.utf8) }
        var named = 0
        var wrong: [String] = []
        for line in lines {
            let peek = line.withUnsafeBufferPointer(SessionPeek.init)
            guard case .success(let envelope)? = Envelope.decodeInGeneral(line: line) else { continue }
            switch (peek, envelope.request.session) {
            case (.unsure, _): continue
            case (_, nil): continue // about no session (ping, suggest, check): any shard serves it
            case (.name(let range), let session?) where Array(line[range]) == Array(session.utf8):
                named += 1
            default:
                wrong.append(String(decoding: line, as: UTF8.self))
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
        #expect(named > 300)
    }

    @Test("what the peek cannot follow it says so")
    func unsure() {
        for line in [#"{"type":"say","session":"s\u0031","text":"a"}"#, "\u{FEFF}{\"type\":\"ping\"}", #"{"type":"say","sess\u0069on":"s1"}"#] {
            #expect(Array(line.utf8).withUnsafeBufferPointer(SessionPeek.init) == .unsure, "\(line)")
        }
    }
}

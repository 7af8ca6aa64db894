import Testing
@testable import QuadrantKit

@Suite("Decoding requests")
struct RequestDecodingTests {
    func decode(_ line: String) -> Result<Envelope, ProtocolError>? {
        Envelope.decode(line: Array(line.utf8))
    }

    func code(_ line: String) -> ErrorCode? {
        guard case .failure(let error)? = decode(line) else { return nil }
        return error.code
    }

    @Test("well-formed requests", arguments: [
        (#"{"type":"ping"}"#, Request.ping),
        (#"{"type":"start","session":"s1","lang":"nl"}"#, Request.start(session: "s1", StartOptions(language: .nl))),
        (#"{"type":"start","session":"s1","lang":"auto","from":"allergy","flow":"quadrant"}"#, Request.start(session: "s1", StartOptions(language: nil, from: .allergy))),
        (#"{"type":"say","session":"telegram:4711","text":"klantgericht"}"#, Request.say(session: "telegram:4711", text: "klantgericht", participant: nil)),
        (#"{"type":"say","session":"s","text":"hoi","participant":{"id":"u1","name":"Anna"}}"#, Request.say(session: "s", text: "hoi", participant: Participant(id: "u1", name: "Anna"))),
        (#"{"type":"end","session":"s1"}"#, Request.end(session: "s1")),
        (#"{"type":"suggest","word":"klantgericht","corner":"quality"}"#, Request.suggest(word: "klantgericht", language: nil, corner: .quality)),
        (#"{"type":"ping","unknown":"fields are ignored"}"#, Request.ping),
    ])
    func wellFormed(line: String, request: Request) {
        #expect(decode(line) == .success(Envelope(request)))
    }

    @Test("the id is echoed as written, string or number")
    func ids() {
        #expect(decode(#"{"type":"ping","id":17}"#) == .success(Envelope(id: .number("17"), .ping)))
        #expect(decode(#"{"type":"ping","id":"abc"}"#) == .success(Envelope(id: .string("abc"), .ping)))
        #expect(decode(#"{"type":"ping","id":1e400}"#) == .success(Envelope(id: .number("1e400"), .ping)))
        guard case .failure(let error)? = decode(#"{"type":"nope","id":5,"session":"s"}"#) else {
            Issue.record("expected an error")
            return
        }
        #expect(error.id == .number("5"))
        #expect(error.session == "s")
    }

    @Test("blank lines are skipped without an answer", arguments: ["", "   ", "\t"])
    func blank(line: String) {
        #expect(decode(line) == nil)
    }

    @Test("malformed lines get their exact code", arguments: [
        ("{", ErrorCode.invalidJSON), ("hello", .invalidJSON), (#"{"type":"ping",}"#, .invalidJSON), ("{'type':'ping'}", .invalidJSON),
        (#"{"type":"ping"} x"#, .invalidJSON), (#"{"type":"ping","type":"say"}"#, .invalidJSON), ("[]", .notAnObject), ("42", .notAnObject),
        (#""ping""#, .notAnObject), ("null", .notAnObject), ("{}", .missingField), (#"{"type":1}"#, .invalidField),
        (#"{"type":"dance"}"#, .unknownType), (#"{"type":"say","text":"hoi"}"#, .missingField), (#"{"type":"say","session":"s"}"#, .missingField),
        (#"{"type":"say","session":"","text":"x"}"#, .invalidField), (#"{"type":"say","session":7,"text":"x"}"#, .invalidField),
        (#"{"type":"say","session":"s","text":["x"]}"#, .invalidField), (#"{"type":"say","session":"s","text":"a\u0000b"}"#, .invalidField),
        (#"{"type":"start","session":"s","lang":"fr"}"#, .invalidField), (#"{"type":"start","session":"s","from":"middle"}"#, .invalidField),
        (#"{"type":"start","session":"s","mode":"team"}"#, .missingField), (#"{"type":"start","session":"s","mode":"duo"}"#, .invalidField),
        (#"{"type":"say","session":"s","text":"x","mentioned":"yes"}"#, .invalidField), (#"{"type":"ping","id":{"a":1}}"#, .invalidField),
        (#"{"type":"check","quadrant":{"quality":"a","pitfall":"b","challenge":"c"}}"#, .missingField),
        (#"{"type":"check","quadrant":"klantgericht"}"#, .invalidField), (#"{"type":"suggest"}"#, .missingField),
        (#"{"type":"say","session":"s","text":"x","participant":{"name":"Anna"}}"#, .invalidField),
    ])
    func malformed(line: String, expected: ErrorCode) {
        #expect(code(line) == expected)
    }

    @Test func invalidUTF8() {
        guard case .failure(let error)? = Envelope.decode(line: [0x7B, 0x22, 0xFF, 0x22, 0x7D]) else {
            Issue.record("expected an error")
            return
        }
        #expect(error.code == .invalidUTF8)
    }
}

@Suite("Encoding events")
struct EventEncodingTests {
    @Test("golden lines, type first and id second")
    func golden() {
        #expect(JSONWriter.string(AddressedEvent(id: .number("3"), .pong).json) == #"{"type":"pong","id":3}"#)
        #expect(JSONWriter.string(AddressedEvent(id: nil, .ended(session: "s1")).json) == #"{"type":"ended","session":"s1"}"#)
        let error = AddressedEvent(id: .string("a"), .error(ProtocolError(.unknownType, "unknown", session: "s"), line: 4))
        #expect(JSONWriter.string(error.json) == #"{"type":"error","id":"a","code":"unknown_type","message":"unknown","session":"s","line":4}"#)
        let ready = AddressedEvent(id: nil, .ready(version: "0.1.0", languages: [.nl, .en]))
        #expect(JSONWriter.string(ready.json) == #"{"type":"ready","protocol":1,"version":"0.1.0","languages":["nl","en"]}"#)
    }

    @Test("participant text is escaped, never interpreted")
    func escaping() {
        let reply = Reply(text: "‘<script>\"x\"\n%s’", options: [], stage: .pitfall,
                          quadrant: Quadrant(quality: "<b>", pitfall: nil, challenge: nil, allergy: nil), language: .nl)
        let line = JSONWriter.string(AddressedEvent(id: nil, .reply(session: "s", reply)).json)
        #expect(line.contains(#""text":"‘<script>\"x\"\n%s’""#))
        #expect((try? JSONReader.parse(Array(line.utf8)))?.object?["text"]?.string == "‘<script>\"x\"\n%s’")
    }
}

@Suite("The service: sessions and dispatch")
struct ServiceTests {
    func send(_ service: inout Service, _ line: String) -> [JSONValue] {
        service.handle(line: Array(line.utf8)).map(\.json)
    }

    @Test("two sessions interleaved do not disturb each other")
    func interleaved() {
        var service = Service(engine: Fixtures.engine)
        _ = send(&service, #"{"type":"start","session":"a","lang":"nl"}"#)
        _ = send(&service, #"{"type":"start","session":"b","lang":"en"}"#)
        _ = send(&service, #"{"type":"say","session":"a","text":"klantgericht"}"#)
        _ = send(&service, #"{"type":"say","session":"b","text":"customer focused"}"#)
        _ = send(&service, #"{"type":"say","session":"a","text":"{broken"}"#)
        _ = send(&service, "{broken")
        #expect(service.sessions["a"]?.answers[.quality]?.text == "klantgerichtheid")
        #expect(service.sessions["a"]?.answers[.pitfall]?.text == "{broken")
        #expect(service.sessions["b"]?.answers[.quality]?.text == "customer focus")
        #expect(service.sessions["b"]?.answers[.pitfall] == nil)
    }

    @Test("a say to an unknown session starts it, guessing the language")
    func implicitStart() {
        var service = Service(engine: Fixtures.engine)
        let events = send(&service, #"{"type":"say","session":"x","text":"we are very customer focused","id":1}"#)
        #expect(events.count == 1)
        #expect(events[0].object?["lang"] == "en")
        #expect(events[0].object?["stage"] == "pitfall")
        #expect(events[0].object?["id"] == 1)
    }

    @Test("the session limit answers with advice and keeps existing sessions")
    func sessionLimit() {
        var service = Service(engine: Fixtures.engine, maximumSessions: 1)
        _ = send(&service, #"{"type":"start","session":"a"}"#)
        let events = send(&service, #"{"type":"start","session":"b","id":2}"#)
        #expect(events.first?.object?["code"] == "session_limit")
        #expect(service.sessions.keys.sorted() == ["a"])
        #expect(send(&service, #"{"type":"start","session":"a"}"#).first?.object?["type"] == "reply", "reopening an existing session is not a new one")
    }

    @Test("end forgets the session; ending it twice is unknown_session")
    func end() {
        var service = Service(engine: Fixtures.engine)
        _ = send(&service, #"{"type":"start","session":"a"}"#)
        #expect(send(&service, #"{"type":"end","session":"a"}"#) == [["type": "ended", "session": "a"]])
        #expect(send(&service, #"{"type":"end","session":"a"}"#).first?.object?["code"] == "unknown_session")
    }
}

import Foundation
import Testing
import QuadrantKit

/// `export` and `restore`: the state string is complete, stable and refuses damage.
@Suite("Portable session state")
struct PortableStateTests {
    static let engine = DialogueTests.replay.engine

    /// A dialogue turn as the protocol line a host would send.
    static func line(_ input: DialogueScript.Input) -> [UInt8] {
        switch input {
        case .raw(let bytes): return bytes
        case .say(let session, let text, let participant, let mentioned):
            var object = JSONObject([("type", "say"), ("session", .string(session)), ("text", .string(text))])
            if let participant {
                object["participant"] = .object(JSONObject([("id", .string(participant.id)), ("name", participant.name.map(JSONValue.string) ?? .null)]))
            }
            if mentioned { object["mentioned"] = true }
            return Array(JSONWriter.string(.object(object)).utf8)
        }
    }

    static func encoded(_ events: [AddressedEvent]) -> [String] {
        events.map { JSONWriter.string($0.json) }
    }

    static func request(_ json: JSONValue) -> [UInt8] { Array(JSONWriter.string(json).utf8) }

    static func state(of session: String, in service: inout Service) -> String? {
        service.handle(line: request(["type": "export", "session": .string(session)])).first.flatMap {
            if case .exported(_, let state) = $0.event { return state } else { return nil }
        }
    }

    /// Every script, cut after every turn: the sessions exported there and restored into a fresh service
    /// answer the rest of the script byte for byte as the original did.
    @Test("restored at any turn of any dialogue, the rest of the dialogue is identical", arguments: DialogueTests.scripts)
    func completeness(name: String) throws {
        let text = try String(contentsOf: DialogueTests.folder.appendingPathComponent(name), encoding: .utf8)
        let script = try DialogueScript.parse(text).get()
        let lines = script.turns.map { Self.line($0.input) }.filter { $0.count <= 65_536 }
        var original = Service(engine: Self.engine, maximumSessions: script.maximumSessions ?? 1_000_000)
        var checkpoints: [Service] = []
        var answers: [[String]] = []
        for (number, line) in lines.enumerated() {
            checkpoints.append(original)
            answers.append(Self.encoded(original.handle(line: line, lineNumber: number + 1)))
        }
        for (cut, checkpoint) in checkpoints.enumerated() {
            var exporter = checkpoint
            var restored = Service(engine: Self.engine, maximumSessions: checkpoint.maximumSessions)
            for name in checkpoint.sessions.keys.sorted() {
                let state = try #require(Self.state(of: name, in: &exporter))
                let events = restored.handle(line: Self.request(["type": "restore", "session": .string(name), "state": .string(state)]))
                #expect(events.first?.event == .restored(session: name))
                #expect(Self.state(of: name, in: &restored) == state, "\(name): export after restore gives the same string")
            }
            for (number, line) in lines.enumerated().dropFirst(cut) {
                let events = Self.encoded(restored.handle(line: line, lineNumber: number + 1))
                #expect(events == answers[number], "\(name): restored after turn \(cut), turn \(number + 1) differs")
                if events != answers[number] { return }
            }
        }
    }

    func walked() -> Service {
        var service = Service(engine: Fixtures.engine)
        for line in [#"{"type":"start","session":"s","lang":"nl"}"#, #"{"type":"say","session":"s","text":"klantgericht"}"#,
                     #"{"type":"say","session":"s","text":"grenzeloos"}"#] {
            _ = service.handle(line: Array(line.utf8))
        }
        return service
    }

    @Test("the state string is versioned, URL-safe, and the same for the same session")
    func format() throws {
        var service = walked()
        let state = try #require(Self.state(of: "s", in: &service))
        #expect(state.hasPrefix("q1."))
        #expect(state.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) })
        #expect(try PortableState.decode(state).get() == service.sessions["s"])
        #expect(PortableState.encode(try PortableState.decode(state).get()) == state)
    }

    @Test("restore answers restored, then where the conversation stands")
    func restoreReply() throws {
        var service = walked()
        let state = try #require(Self.state(of: "s", in: &service))
        var fresh = Service(engine: Fixtures.engine)
        let events = fresh.handle(line: Self.request(["type": "restore", "session": "t", "state": .string(state), "id": 7]))
        #expect(events.map(\.id) == [7, 7])
        #expect(events.first?.event == .restored(session: "t"))
        guard case .reply(let session, let reply)? = events.last?.event else { Issue.record("no reply"); return }
        #expect(session == "t")
        #expect(reply.stage == .challenge)
        #expect(reply.text.hasPrefix("We zoeken de uitdaging. Ingevuld:"))
        #expect(fresh.sessions["t"] == service.sessions["s"])
    }

    @Test("a damaged, cut, foreign or newer state gets invalid_field naming state, and the session stays as it was",
          arguments: ["damaged", "cut", "foreign", "newer", "tampered"])
    func refused(kind: String) throws {
        var service = walked()
        let state = try #require(Self.state(of: "s", in: &service))
        var bad = state
        switch kind {
        case "damaged": bad = String(state.prefix(10)) + (state.dropFirst(10).first == "A" ? "B" : "A") + state.dropFirst(11)
        case "cut": bad = String(state.prefix(state.count / 2))
        case "foreign": bad = "eyJsYW5ndWFnZSI6Im5sIn0"
        case "newer": bad = "q2." + state.dropFirst(3)
        default:
            // Well formed and checksummed, but a conversation the engine cannot be in.
            var session = try PortableState.decode(state).get()
            session.phaseAnswers = [7]
            bad = PortableState.encode(session)
        }
        let before = service.sessions
        let events = service.handle(line: Self.request(["type": "restore", "session": "s", "state": .string(bad), "id": 3]), lineNumber: 4)
        #expect(events.count == 1)
        guard case .error(let error, let line)? = events.first?.event else { Issue.record("no error"); return }
        #expect(error.code == .invalidField)
        #expect(error.message.hasPrefix("`state`"))
        #expect(error.session == "s" && line == 4 && events.first?.id == 3)
        #expect(service.sessions == before)
    }

    @Test("restore replaces a live session of that name and counts against the session limit")
    func replaceAndLimit() throws {
        var service = walked()
        let walkedState = try #require(Self.state(of: "s", in: &service))
        _ = service.handle(line: Self.request(["type": "start", "session": "s", "lang": "en"]))
        _ = service.handle(line: Self.request(["type": "restore", "session": "s", "state": .string(walkedState)]))
        #expect(Self.state(of: "s", in: &service) == walkedState)
        service.maximumSessions = 1
        let events = service.handle(line: Self.request(["type": "restore", "session": "other", "state": .string(walkedState)]))
        guard case .error(let error, _)? = events.first?.event else { Issue.record("no error"); return }
        #expect(error.code == .sessionLimit)
        #expect(service.sessions.keys.sorted() == ["s"])
    }

    @Test("export of a session that does not exist is unknown_session")
    func exportUnknown() {
        var service = Service(engine: Fixtures.engine)
        guard case .error(let error, _)? = service.handle(line: Self.request(["type": "export", "session": "nobody"])).first?.event else {
            Issue.record("no error"); return
        }
        #expect(error.code == .unknownSession)
    }
}

import QuadrantKit

/// What the fuzz target checks for one input, shared by the libFuzzer target (`Tests/Fuzz/run.sh` compiles
/// this file into it) and by the test that replays every kept finding in `Tests/Fuzz/regressions/`.
enum FuzzHarness {
    /// The broken promises for one input, empty when every one held.
    ///
    /// The input is a host's stdin, served line by line by a fresh `Service` (see `ServiceFeed`), and also a
    /// dialogue script: when it parses, its replay rewritten by `--update` must parse again and then replay
    /// without a mismatch.
    static func problems(_ input: some Collection<UInt8>, engine: Engine) -> [String] {
        var problems = ServiceFeed.run(input, engine: engine)
        guard case .success(let script) = DialogueScript.parse(String(decoding: input, as: UTF8.self)) else { return problems }
        let replay = DialogueReplay(engine: engine)
        switch DialogueScript.parse(replay.run(script).updatedText) {
        case .failure(let error): problems.append("the script rewritten by --update does not parse: \(error)")
        case .success(let updated):
            let again = replay.run(updated)
            if !again.passed { problems.append("the script rewritten by --update does not replay: \(again.mismatches)") }
        }
        return problems
    }
}

/// Feeds raw host input through a fresh `Service` line by line and names every promise of `protocol.md`
/// that did not hold.
///
/// A line that starts with a byte 0x01 to 0x04 is sent as a `say` of its remaining bytes to session `s1` to `s4`, and 0x05 to 0x07 as Anna, Ben or Cas addressing
/// the bot in session `t`, so the fuzzer reaches the engine without having to invent JSON first.
struct ServiceFeed {
    /// The most sessions the fed service keeps, low enough that `session_limit` is reached.
    static let maximumSessions = 4

    var service: Service
    var lineNumber = 0
    /// What went wrong, one sentence per broken promise.
    var problems: [String] = []

    init(engine: Engine) {
        service = Service(engine: engine, maximumSessions: Self.maximumSessions)
    }

    /// Feeds every line of `input` (LF-separated, CR before LF dropped) and returns the problems found.
    static func run(_ input: some Collection<UInt8>, engine: Engine) -> [String] {
        var feed = ServiceFeed(engine: engine)
        for line in input.split(separator: 10, omittingEmptySubsequences: false) {
            var bytes = Array(line)
            if bytes.last == 13 { bytes.removeLast() }
            feed.send(Self.request(bytes))
        }
        return feed.problems
    }

    /// The protocol line a fuzzer line stands for: itself, or a `say` built from a leading selector byte.
    static func request(_ bytes: [UInt8]) -> [UInt8] {
        guard let selector = bytes.first, (1...7).contains(selector) else { return bytes }
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        var members: [(String, JSONValue)] = [("type", "say")]
        if selector <= 4 {
            members += [("session", .string("s\(selector)")), ("text", .string(text))]
        } else {
            let name = ["Anna", "Ben", "Cas"][Int(selector) - 5]
            members += [("session", "t"), ("text", .string("@quadrant " + text)),
                        ("participant", ["id": .string(name.lowercased()), "name": .string(name)])]
        }
        var line: [UInt8] = []
        JSONWriter.write(.object(JSONObject(members)), into: &line)
        return line
    }

    /// Sends one line and checks its answer.
    mutating func send(_ line: [UInt8]) {
        lineNumber += 1
        let decoded = Envelope.decode(line: line)
        if decoded != Envelope.decodeInGeneral(line: line) {
            problems.append("line \(lineNumber + 1) decodes differently on the quick path: \(String(decoding: line.prefix(200), as: UTF8.self))")
        }
        var teamSay = false
        if case .success(let envelope)? = decoded, case .say(let session, _, _, _) = envelope.request {
            teamSay = service.sessions[session]?.team != nil
        }
        let events = service.handle(line: line, lineNumber: lineNumber)
        let shown = String(decoding: line.prefix(200), as: UTF8.self)
        switch decoded {
        case nil:
            if !events.isEmpty { problems.append("line \(lineNumber) is blank but got \(events.count) events: \(shown)") }
        case .failure(let error)?:
            if events != [AddressedEvent(id: error.id, .error(error, line: lineNumber))] {
                problems.append("line \(lineNumber) is bad but did not get exactly its one error: \(shown)")
            }
        case .success(let envelope)?:
            if events.isEmpty && !teamSay { problems.append("line \(lineNumber) got no answer: \(shown)") }
            if events.contains(where: { $0.id != envelope.id }) { problems.append("line \(lineNumber): an event lost the id: \(shown)") }
        }
        for event in events {
            var encoded: [UInt8] = []
            event.encoded(into: &encoded)
            if encoded.contains(10) { problems.append("line \(lineNumber): an event spans lines: \(shown)") }
            if case .object(let object)? = try? JSONReader.parse(encoded), case .string? = object["type"] { continue }
            problems.append("line \(lineNumber): an event is not a JSON object with a type: \(String(decoding: encoded.prefix(200), as: UTF8.self))")
        }
    }
}

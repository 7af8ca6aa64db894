/// Runs a dialogue script against a fresh `Service` and compares every event with its expectation.
public struct DialogueReplay: Sendable {
    /// One expectation that did not hold.
    public struct Mismatch: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var expected: String
        public var actual: String

        public var description: String { "line \(line):\n  expected \(expected)\n  got      \(actual)" }
    }

    /// What a replay found, and the script rewritten with the events that actually came.
    public struct Outcome: Sendable {
        public var mismatches: [Mismatch]
        public var updatedText: String
        public var passed: Bool { mismatches.isEmpty }
    }

    /// The longest line the replayed host accepts, as `quadrant serve` does by default.
    public var maximumLineLength = 64 * 1024
    public var engine: Engine

    public init(engine: Engine) {
        self.engine = engine
    }

    /// Replays `script` from a fresh service.
    public func run(_ script: DialogueScript) -> Outcome {
        var service = Service(engine: engine)
        if let limit = script.maximumSessions { service.maximumSessions = limit }
        var mismatches: [Mismatch] = []
        var output = script.header
        for (number, turn) in script.turns.enumerated() {
            let events = send(turn.input, to: &service, lineNumber: number + 1)
            output.append(render(turn.input))
            var updated: [String] = []
            for (index, event) in events.enumerated() {
                let json = event.json
                guard index < turn.expectations.count else {
                    if !turn.open {
                        mismatches.append(Mismatch(line: turn.line, expected: "no more events", actual: JSONWriter.string(json)))
                    }
                    updated.append(contentsOf: Self.exactLines(json))
                    continue
                }
                let expectation = turn.expectations[index]
                if Self.matches(expectation, json) {
                    updated.append(contentsOf: Self.lines(expectation))
                } else {
                    mismatches.append(Mismatch(line: turn.line, expected: Self.describe(expectation), actual: JSONWriter.string(json)))
                    updated.append(contentsOf: Self.exactLines(json))
                }
            }
            for missing in turn.expectations.dropFirst(events.count) {
                mismatches.append(Mismatch(line: turn.line, expected: Self.describe(missing), actual: "no event"))
            }
            if turn.open { updated.append("...") }
            output += updated + turn.trailer
        }
        return Outcome(mismatches: mismatches, updatedText: output.joined(separator: "\n"))
    }

    private func send(_ input: DialogueScript.Input, to service: inout Service, lineNumber: Int) -> [AddressedEvent] {
        switch input {
        case .raw(let bytes) where bytes.count > maximumLineLength:
            return [AddressedEvent(id: nil, .error(.lineTooLong(length: bytes.count, limit: maximumLineLength), line: lineNumber))]
        case .raw(let bytes):
            return service.handle(line: bytes, lineNumber: lineNumber)
        case .say(let session, let text, let participant, let mentioned):
            return service.handle(Envelope(.say(session: session, text: text, participant: participant, mentioned: mentioned)), lineNumber: lineNumber)
        }
    }

    private func render(_ input: DialogueScript.Input) -> String {
        switch input {
        case .say(_, let text, let participant?, let mentioned):
            return "you(\(participant.name ?? participant.id)\(mentioned ? ", mentioned" : "")): \(text)"
        case .say(_, let text, nil, _): return "you: \(text)"
        case .raw(let bytes):
            if bytes.count > 256 && bytes.allSatisfy({ $0 == UInt8(ascii: "x") }) { return ">long \(bytes.count)" }
            // Control characters and a byte order mark would be invisible (or break the script) in a `>` line.
            if let text = String(validating: bytes, as: UTF8.self),
               !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{FEFF}" }) {
                return "> \(text)"
            }
            return ">bytes " + bytes.map { $0 < 0x80 && $0 >= 0x20 && $0 != UInt8(ascii: "\\") ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16).leftPadded(2) }.joined()
        }
    }

    /// Whether an event satisfies an expectation.
    static func matches(_ expectation: DialogueScript.Expectation, _ event: JSONValue) -> Bool {
        switch expectation {
        case .exact(let expected): return expected == event
        case .partial(let expected): return contains(event, expected)
        case .replyText(let text, let options):
            guard event.object?["type"] == "reply", event.object?["text"]?.string == text else { return false }
            guard let options else { return true }
            return optionLabels(event) == options
        case .replyContains(let fragment):
            return event.object?["type"] == "reply" && (event.object?["text"]?.string?.contains(fragment) ?? false)
        }
    }

    /// Whether `value` holds everything in `pattern`: objects by their listed keys, arrays element by element.
    static func contains(_ value: JSONValue, _ pattern: JSONValue) -> Bool {
        switch (value, pattern) {
        case (.object(let object), .object(let expected)):
            return expected.members.allSatisfy { key, sub in object[key].map { contains($0, sub) } ?? false }
        case (.array(let array), .array(let expected)):
            return array.count == expected.count && zip(array, expected).allSatisfy { contains($0, $1) }
        default:
            return value == pattern
        }
    }

    static func optionLabels(_ event: JSONValue) -> [String] {
        event.object?["options"]?.array?.compactMap { $0.object?["label"]?.string } ?? []
    }

    /// The script lines for an event, written the most readable way: replies as `bot:`.
    static func exactLines(_ event: JSONValue) -> [String] {
        if event.object?["type"] == "reply", let text = event.object?["text"]?.string {
            return lines(.replyText(text, options: optionLabels(event)))
        }
        return lines(.exact(event))
    }

    static func lines(_ expectation: DialogueScript.Expectation) -> [String] {
        switch expectation {
        case .exact(let value): return ["< " + JSONWriter.string(value)]
        case .partial(let value): return ["<~ " + JSONWriter.string(value)]
        case .replyContains(let text): return ["bot~ " + text]
        case .replyText(let text, let options):
            var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var result = ["bot: " + parts.removeFirst()] + parts.map { "  | " + $0 }
            if let options, !options.isEmpty { result.append("  " + options.map { "[\($0)]" }.joined(separator: " ")) }
            return result
        }
    }

    static func describe(_ expectation: DialogueScript.Expectation) -> String {
        lines(expectation).joined(separator: "\n           ")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

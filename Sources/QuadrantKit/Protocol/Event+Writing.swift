extension AddressedEvent {
    /// Writes the events of every turn (`reply`, `quadrant`, `suggestion`, `checked`, `ended`, `pong`) straight into `buffer`,
    /// byte for byte as `JSONWriter.write(json)` would, without building a `JSONValue` first; false
    /// (and nothing written) for the others, which take that general path.
    func writeDirectly<Sink: ByteSink & ~Copyable>(into buffer: inout Sink) -> Bool {
        DirectEventWriter(id: id).write(event, into: &buffer)
    }
}

/// Writes events for one request's `id` straight into a buffer, member by member (see
/// `AddressedEvent.writeDirectly`); also the engine's outputs, so the common turn needs no events at all.
struct DirectEventWriter {
    let id: JSONValue?

    /// Writes `event`; false (and nothing written) for an event the general path writes.
    func write<Sink: ByteSink & ~Copyable>(_ event: Event, into buffer: inout Sink) -> Bool {
        switch event {
        case .reply(let session, let reply):
            write(reply, session: session, into: &buffer)
        case .quadrant(let session, let words, let closed, let language, nil):
            writeQuadrant(session: session, words: words, closed: closed, language: language, into: &buffer)
        case .suggestion(let suggestion):
            open("suggestion", session: nil, into: &buffer)
            // About sixty short strings: written once per remembered suggestion, then copied.
            append(suggestion.written, &buffer) { write(suggestion, into: &$0) }
        case .checked(let result):
            open("checked", session: nil, into: &buffer)
            append(result.written, &buffer) { write(result, into: &$0) }
        case .ended(let session):
            open("ended", session: session, into: &buffer)
        case .pong:
            open("pong", session: nil, into: &buffer)
        default:
            return false
        }
        buffer.append(UInt8(ascii: "}"))
        return true
    }

    /// Writes the event `output` of `session` becomes (see `Service.event`); false (and nothing written)
    /// for one the general path writes.
    func write<Sink: ByteSink & ~Copyable>(_ output: Output, session: String, into buffer: inout Sink) -> Bool {
        switch output {
        case .reply(let reply):
            write(reply, session: session, into: &buffer)
        case .quadrantComplete(let words, let closed, let language, nil):
            writeQuadrant(session: session, words: words, closed: closed, language: language, into: &buffer)
        case .ended:
            open("ended", session: session, into: &buffer)
        default:
            return false
        }
        buffer.append(UInt8(ascii: "}"))
        return true
    }

    /// A `reply` event without its closing brace.
    private func write<Sink: ByteSink & ~Copyable>(_ reply: Reply, session: String, into buffer: inout Sink) {
        open("reply", session: session, into: &buffer)
        append(#","text":""#, &buffer)
        JSONWriter.writeEscaped(reply.preface, into: &buffer)
        if !reply.preface.isEmpty && !reply.question.isEmpty { buffer.append(UInt8(ascii: " ")) }
        if let written = reply.written.text {
            append(written, &buffer) { JSONWriter.writeEscaped(reply.question, into: &$0) }
        } else {
            JSONWriter.writeEscaped(reply.question, into: &buffer)
        }
        buffer.append(UInt8(ascii: "\""))
        append(#","options":"#, &buffer)
        if let written = reply.written.options {
            append(written, &buffer) { write(reply.options, into: &$0) }
        } else {
            write(reply.options, into: &buffer)
        }
        field(#","stage":"#, reply.stage.rawValue, &buffer)
        append(#","quadrant":"#, &buffer)
        write(reply.quadrant, into: &buffer)
        field(#","lang":"#, reply.language.rawValue, &buffer)
        if let to = reply.to {
            field(#","to":"#, to, &buffer)
        }
    }

    /// A reply's options, `[{"label":…,"value":…},…]`.
    private func write<Sink: ByteSink & ~Copyable>(_ options: [Option], into buffer: inout Sink) {
        buffer.append(UInt8(ascii: "["))
        for (index, option) in options.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            append(#"{"label":"#, &buffer)
            let label = buffer.count
            JSONWriter.writeString(option.label, into: &buffer)
            let labelEnd = buffer.count
            append(#","value":"#, &buffer)
            // Most options say what they send: their value is then the label, already escaped.
            if option.value == option.label {
                buffer.appendCopy(of: label..<labelEnd)
            } else {
                JSONWriter.writeString(option.value, into: &buffer)
            }
            buffer.append(UInt8(ascii: "}"))
        }
        buffer.append(UInt8(ascii: "]"))
    }

    /// A `quadrant` event of a solo walk without its closing brace.
    private func writeQuadrant<Sink: ByteSink & ~Copyable>(session: String, words: Quadrant<String>, closed: Bool,
                                                          language: Language, into buffer: inout Sink) {
        open("quadrant", session: session, into: &buffer)
        append(#","quadrant":"#, &buffer)
        write(words.map { $0 }, into: &buffer)
        append(#","closed":"#, &buffer)
        append(closed ? "true" : "false", &buffer)
        field(#","lang":"#, language.rawValue, &buffer)
    }

    /// Appends the bytes `written` kept, writing them with `write` the first time.
    private func append<Sink: ByteSink & ~Copyable>(_ written: WrittenBytes, _ buffer: inout Sink, write: (inout [UInt8]) -> Void) {
        let body = written.bytes {
            var body: [UInt8] = []
            write(&body)
            return body
        }
        body.withUnsafeBufferPointer { buffer.append($0) }
    }

    /// A suggestion's members after its `type` and `id`.
    private func write(_ suggestion: Suggestion, into buffer: inout [UInt8]) {
        field(#","word":"#, suggestion.word, &buffer)
        append(#","known":"#, &buffer)
        append(suggestion.known ? "true" : "false", &buffer)
        append(#","lemma":"#, &buffer)
        write(suggestion.lemma, into: &buffer)
        append(#","corner":"#, &buffer)
        write(suggestion.corner?.rawValue, into: &buffer)
        append(#","synonyms":"#, &buffer)
        write(suggestion.synonyms, into: &buffer)
        append(#","quadrants":"#, &buffer)
        buffer.append(UInt8(ascii: "["))
        for (index, quadrant) in suggestion.quadrants.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            write(quadrant.map { $0 }, into: &buffer)
        }
        buffer.append(UInt8(ascii: "]"))
        if !suggestion.alternatives.isEmpty {
            append(#","alternatives":"#, &buffer)
            write(suggestion.alternatives, into: &buffer)
        }
        field(#","lang":"#, suggestion.language.rawValue, &buffer)
    }

    /// A check answer's members after its `type` and `id`.
    private func write(_ result: CheckResult, into buffer: inout [UInt8]) {
        append(#","closed":"#, &buffer)
        append(result.check.closed ? "true" : "false", &buffer)
        append(#","relations":"#, &buffer)
        buffer.append(UInt8(ascii: "["))
        for (index, (arrow, reason)) in zip(result.check.arrows, result.reasons).enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            append(#"{"from":"#, &buffer)
            JSONWriter.writeString(arrow.arrow.from.rawValue, into: &buffer)
            field(#","to":"#, arrow.arrow.to.rawValue, &buffer)
            field(#","relation":"#, arrow.arrow.relation.rawValue, &buffer)
            field(#","verdict":"#, arrow.finding.verdict.rawValue, &buffer)
            field(#","reason":"#, reason, &buffer)
            buffer.append(UInt8(ascii: "}"))
        }
        buffer.append(UInt8(ascii: "]"))
        append(#","lemmas":"#, &buffer)
        write(result.lemmas, into: &buffer)
        field(#","lang":"#, result.language.rawValue, &buffer)
    }

    /// `{"type":"…"`, then the `id` if any, then the session if any.
    private func open<Sink: ByteSink & ~Copyable>(_ type: StaticString, session: String?, into buffer: inout Sink) {
        append(#"{"type":""#, &buffer)
        append(type, &buffer)
        buffer.append(UInt8(ascii: "\""))
        if let id {
            append(#","id":"#, &buffer)
            switch id {
            case .string(let text):
                JSONWriter.writeString(text, into: &buffer)
            case .number(var literal):
                literal.withUTF8 { buffer.append($0) }
            default:
                // Never an id (requests with others are refused), but written as the general writer would.
                var text = JSONWriter.string(id)
                text.withUTF8 { buffer.append($0) }
            }
        }
        if let session {
            field(#","session":"#, session, &buffer)
        }
    }

    private func write<Sink: ByteSink & ~Copyable>(_ quadrant: Quadrant<String?>, into buffer: inout Sink) {
        append(#"{"quality":"#, &buffer)
        write(quadrant.quality, into: &buffer)
        append(#","pitfall":"#, &buffer)
        write(quadrant.pitfall, into: &buffer)
        append(#","challenge":"#, &buffer)
        write(quadrant.challenge, into: &buffer)
        append(#","allergy":"#, &buffer)
        write(quadrant.allergy, into: &buffer)
        buffer.append(UInt8(ascii: "}"))
    }

    /// A string, or `null`.
    private func write<Sink: ByteSink & ~Copyable>(_ text: String?, into buffer: inout Sink) {
        if let text { JSONWriter.writeString(text, into: &buffer) } else { append("null", &buffer) }
    }

    /// An array of strings.
    private func write<Sink: ByteSink & ~Copyable>(_ texts: [String], into buffer: inout Sink) {
        buffer.append(UInt8(ascii: "["))
        for (index, text) in texts.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            JSONWriter.writeString(text, into: &buffer)
        }
        buffer.append(UInt8(ascii: "]"))
    }

    /// `,"name":"value"`, given `,"name":` as `member`.
    private func field<Sink: ByteSink & ~Copyable>(_ member: StaticString, _ value: String, _ buffer: inout Sink) {
        append(member, &buffer)
        JSONWriter.writeString(value, into: &buffer)
    }

    private func append<Sink: ByteSink & ~Copyable>(_ text: StaticString, _ buffer: inout Sink) {
        JSONWriter.append(text, to: &buffer)
    }
}

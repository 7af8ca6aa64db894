extension AddressedEvent {
    /// Writes the events of every turn (`reply`, `quadrant`, `suggestion`, `checked`, `ended`, `pong`) straight into `buffer`,
    /// byte for byte as `JSONWriter.write(json)` would, without building a `JSONValue` first; false
    /// (and nothing written) for the others, which take that general path.
    func writeDirectly(into buffer: inout [UInt8]) -> Bool {
        switch event {
        case .reply(let session, let reply):
            open("reply", session: session, into: &buffer)
            key("text", &buffer)
            JSONWriter.writeString(reply.text, into: &buffer)
            key("options", &buffer)
            buffer.append(UInt8(ascii: "["))
            for (index, option) in reply.options.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                append(#"{"label":"#, &buffer)
                JSONWriter.writeString(option.label, into: &buffer)
                append(#","value":"#, &buffer)
                JSONWriter.writeString(option.value, into: &buffer)
                buffer.append(UInt8(ascii: "}"))
            }
            buffer.append(UInt8(ascii: "]"))
            key("stage", &buffer)
            JSONWriter.writeString(reply.stage.rawValue, into: &buffer)
            key("quadrant", &buffer)
            write(reply.quadrant, into: &buffer)
            key("lang", &buffer)
            JSONWriter.writeString(reply.language.rawValue, into: &buffer)
            if let to = reply.to {
                key("to", &buffer)
                JSONWriter.writeString(to, into: &buffer)
            }
        case .quadrant(let session, let words, let closed, let language, nil):
            open("quadrant", session: session, into: &buffer)
            key("quadrant", &buffer)
            write(words.map { $0 }, into: &buffer)
            key("closed", &buffer)
            append(closed ? "true" : "false", &buffer)
            key("lang", &buffer)
            JSONWriter.writeString(language.rawValue, into: &buffer)
        case .suggestion(let suggestion):
            open("suggestion", session: nil, into: &buffer)
            key("word", &buffer)
            JSONWriter.writeString(suggestion.word, into: &buffer)
            key("known", &buffer)
            append(suggestion.known ? "true" : "false", &buffer)
            key("lemma", &buffer)
            write(suggestion.lemma, into: &buffer)
            key("corner", &buffer)
            write(suggestion.corner?.rawValue, into: &buffer)
            key("synonyms", &buffer)
            write(suggestion.synonyms, into: &buffer)
            key("quadrants", &buffer)
            buffer.append(UInt8(ascii: "["))
            for (index, quadrant) in suggestion.quadrants.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                write(quadrant.map { $0 }, into: &buffer)
            }
            buffer.append(UInt8(ascii: "]"))
            if !suggestion.alternatives.isEmpty {
                key("alternatives", &buffer)
                write(suggestion.alternatives, into: &buffer)
            }
            key("lang", &buffer)
            JSONWriter.writeString(suggestion.language.rawValue, into: &buffer)
        case .checked(let result):
            open("checked", session: nil, into: &buffer)
            key("closed", &buffer)
            append(result.check.closed ? "true" : "false", &buffer)
            key("relations", &buffer)
            buffer.append(UInt8(ascii: "["))
            for (index, (arrow, reason)) in zip(result.check.arrows, result.reasons).enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                append(#"{"from":"#, &buffer)
                JSONWriter.writeString(arrow.arrow.from.rawValue, into: &buffer)
                key("to", &buffer)
                JSONWriter.writeString(arrow.arrow.to.rawValue, into: &buffer)
                key("relation", &buffer)
                JSONWriter.writeString(arrow.arrow.relation.rawValue, into: &buffer)
                key("verdict", &buffer)
                JSONWriter.writeString(arrow.finding.verdict.rawValue, into: &buffer)
                key("reason", &buffer)
                JSONWriter.writeString(reason, into: &buffer)
                buffer.append(UInt8(ascii: "}"))
            }
            buffer.append(UInt8(ascii: "]"))
            key("lemmas", &buffer)
            write(result.lemmas, into: &buffer)
            key("lang", &buffer)
            JSONWriter.writeString(result.language.rawValue, into: &buffer)
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

    /// `{"type":"…"`, then the `id` if any, then the session if any.
    private func open(_ type: StaticString, session: String?, into buffer: inout [UInt8]) {
        append(#"{"type":""#, &buffer)
        append(type, &buffer)
        buffer.append(UInt8(ascii: "\""))
        if let id {
            append(#","id":"#, &buffer)
            JSONWriter.write(id, into: &buffer)
        }
        if let session {
            key("session", &buffer)
            JSONWriter.writeString(session, into: &buffer)
        }
    }

    private func write(_ quadrant: Quadrant<String?>, into buffer: inout [UInt8]) {
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
    private func write(_ text: String?, into buffer: inout [UInt8]) {
        if let text { JSONWriter.writeString(text, into: &buffer) } else { append("null", &buffer) }
    }

    /// An array of strings.
    private func write(_ texts: [String], into buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "["))
        for (index, text) in texts.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            JSONWriter.writeString(text, into: &buffer)
        }
        buffer.append(UInt8(ascii: "]"))
    }

    /// `,"name":`
    private func key(_ name: StaticString, _ buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: ","))
        buffer.append(UInt8(ascii: "\""))
        append(name, &buffer)
        buffer.append(UInt8(ascii: "\""))
        buffer.append(UInt8(ascii: ":"))
    }

    private func append(_ text: StaticString, _ buffer: inout [UInt8]) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}

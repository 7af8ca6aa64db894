extension AddressedEvent {
    /// The event as a JSON object, `type` first, in the shape `protocol.md` documents.
    public var json: JSONValue {
        var object = JSONObject()
        func set(_ key: String, _ value: JSONValue) { object[key] = value }
        func words(_ quadrant: Quadrant<String?>) -> JSONValue {
            .object(JSONObject(Corner.allCases.map { ($0.rawValue, quadrant[$0].map(JSONValue.string) ?? .null) }))
        }
        switch event {
        case .ready(let version, let languages):
            set("type", "ready")
            set("protocol", .number(String(Event.protocolVersion)))
            set("version", .string(version))
            set("languages", .array(languages.map { .string($0.rawValue) }))
        case .reply(let session, let reply):
            set("type", "reply")
            set("session", .string(session))
            set("text", .string(reply.text))
            set("options", .array(reply.options.map { .object(JSONObject([("label", .string($0.label)), ("value", .string($0.value))])) }))
            set("stage", .string(reply.stage.rawValue))
            set("quadrant", words(reply.quadrant))
            set("lang", .string(reply.language.rawValue))
            if let to = reply.to { set("to", .string(to)) }
        case .quadrant(let session, let quadrant, let closed, let language, let team):
            set("type", "quadrant")
            set("session", .string(session))
            set("quadrant", words(quadrant.map { $0 }))
            set("closed", .bool(closed))
            set("lang", .string(language.rawValue))
            if let team { set("team", Self.json(team: team)) }
        case .suggestion(let suggestion):
            set("type", "suggestion")
            set("word", .string(suggestion.word))
            set("known", .bool(suggestion.known))
            set("lemma", suggestion.lemma.map(JSONValue.string) ?? .null)
            set("corner", suggestion.corner.map { .string($0.rawValue) } ?? .null)
            set("synonyms", .array(suggestion.synonyms.map(JSONValue.string)))
            set("quadrants", .array(suggestion.quadrants.map { words($0.map { $0 }) }))
            if !suggestion.alternatives.isEmpty {
                set("alternatives", .array(suggestion.alternatives.map(JSONValue.string)))
            }
            set("lang", .string(suggestion.language.rawValue))
        case .checked(let result):
            set("type", "checked")
            set("closed", .bool(result.check.closed))
            set("relations", .array(zip(result.check.arrows, result.reasons).map { arrow, reason in
                .object(JSONObject([
                    ("from", .string(arrow.arrow.from.rawValue)), ("to", .string(arrow.arrow.to.rawValue)),
                    ("relation", .string(arrow.arrow.relation.rawValue)),
                    ("verdict", .string(arrow.finding.verdict.rawValue)), ("reason", .string(reason)),
                ]))
            }))
            set("lemmas", words(result.lemmas))
            set("lang", .string(result.language.rawValue))
        case .rendered(let session, let format, let content):
            set("type", "rendered")
            set("session", .string(session))
            set("format", .string(format.rawValue))
            set("content", .string(content))
        case .ended(let session):
            set("type", "ended")
            set("session", .string(session))
        case .exported(let session, let state):
            set("type", "exported")
            set("session", .string(session))
            set("state", .string(state))
        case .restored(let session):
            set("type", "restored")
            set("session", .string(session))
        case .pong:
            set("type", "pong")
        case .error(let error, let line):
            set("type", "error")
            set("code", .string(error.code.rawValue))
            set("message", .string(error.message))
            if let session = error.session { set("session", .string(session)) }
            if let line { set("line", .number(String(line))) }
        }
        if let id {
            var ordered = JSONObject([("type", object["type"]!), ("id", id)])
            for (key, value) in object.members where key != "type" { ordered[key] = value }
            return .object(ordered)
        }
        return .object(object)
    }

    /// A team's results per corner: word, who proposed it, votes and votes cast; null for a corner not decided.
    static func json(team: Quadrant<TeamResult?>) -> JSONValue {
        .object(JSONObject(Corner.allCases.map { corner in
            (corner.rawValue, team[corner].map { result in
                .object(JSONObject([
                    ("word", .string(result.word)), ("proposedBy", .array(result.proposedBy.map(JSONValue.string))),
                    ("votes", .number(String(result.votes))), ("totalVotes", .number(String(result.totalVotes))),
                ]))
            } ?? .null)
        }))
    }

    /// The event as one protocol line, without the line feed.
    public func encoded(into buffer: inout [UInt8]) {
        if writeDirectly(into: &buffer) { return }
        JSONWriter.write(json, into: &buffer)
    }

    /// Appends the event as one line of JSON, without the line ending.
    public func encoded(into buffer: inout ByteBuffer) {
        if writeDirectly(into: &buffer) { return }
        var bytes: [UInt8] = []
        JSONWriter.write(json, into: &bytes)
        bytes.withUnsafeBufferPointer { buffer.append($0) }
    }
}

extension Envelope {
    /// Decodes one protocol line (without its line ending) into a request, or the error to answer with.
    ///
    /// `nil` means the line is blank and is skipped without an answer (hosts may send blank keep-alives).
    /// A byte order mark at the start of the line is ignored, as RFC 8259 allows.
    public static func decode(line: [UInt8]) -> Result<Envelope, ProtocolError>? {
        if let envelope = line.withUnsafeBufferPointer(quickDecode) { return .success(envelope) }
        return decodeInGeneral(line: line)
    }

    /// `decode(line:)` without its quick path: every line through a JSON tree and typed fields. The two
    /// must agree on every line; tests and the fuzz target compare them.
    public static func decodeInGeneral(line: [UInt8]) -> Result<Envelope, ProtocolError>? {
        let value: JSONValue
        do throws(JSONError) {
            value = try line.withUnsafeBufferPointer { bytes throws(JSONError) in
                try JSONReader.parse(bytes.starts(with: byteOrderMark) ? UnsafeBufferPointer(rebasing: bytes.dropFirst(byteOrderMark.count)) : bytes)
            }
        } catch {
            switch error.kind {
            case .empty: return nil
            case .invalidUTF8: return .failure(ProtocolError(.invalidUTF8, "\(error.message); send the line as UTF-8"))
            default: return .failure(ProtocolError(.invalidJSON, "the line is not valid JSON: \(error.message)"))
            }
        }
        guard case .object(let object) = value else {
            return .failure(ProtocolError(.notAnObject, "each line must be one JSON object like {\"type\":\"ping\"}, not \(value.kindName.withArticle)"))
        }
        return decode(object).map { $0 }
    }

    /// U+FEFF in UTF-8, which some Windows tools put before their first line.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes a JSON object into a request.
    public static func decode(_ object: JSONObject) -> Result<Envelope, ProtocolError> {
        var fields = RequestFields(object: object)
        do throws(ProtocolError) {
            fields.id = try fields.readID()
            fields.session = try fields.optionalString("session", nonEmpty: true).map { name throws(ProtocolError) in
                try fields.checkedName(name, name: "session")
            }
            let type = try fields.requiredString("type")
            let request: Request
            switch type {
            case "start":
                let session = try fields.requiredSession()
                var options = StartOptions()
                options.language = try fields.language(allowAuto: true)
                options.flow = try fields.enumeration("flow", default: Flow.quadrant)
                options.from = try fields.enumeration("from", default: Corner.quality)
                options.participant = try fields.participant()
                options.audience = try fields.optionalEnumeration("audience", Audience.self)
                switch try fields.optionalString("mode") ?? "solo" {
                case "solo": break
                case "team":
                    guard options.participant != nil else {
                        throw ProtocolError(.missingField, "a team session needs `participant`: the facilitator who starts it, e.g. {\"id\":\"u1\",\"name\":\"Anna\"}")
                    }
                    guard options.flow == .quadrant else { throw ProtocolError(.invalidField, "the team game plays the quadrant; `flow` must be \"quadrant\"") }
                    options.team = true
                case let mode: throw ProtocolError(.invalidField, "`mode` must be \"solo\" or \"team\", not \"\(mode.shortened)\"")
                }
                options.hidden = try fields.optionalBool("hidden") ?? false
                if let prefix = try fields.optionalString("prefix", nonEmpty: true) {
                    options.prefix = try fields.checkedText(prefix, name: "prefix")
                }
                request = .start(session: session, options)
            case "say":
                let session = try fields.requiredSession()
                request = .say(session: session, text: try fields.requiredText("text"), participant: try fields.participant(),
                               mentioned: try fields.optionalBool("mentioned") ?? false)
            case "end":
                request = .end(session: try fields.requiredSession())
            case "suggest":
                request = .suggest(word: try fields.requiredText("word"), language: try fields.language(allowAuto: true),
                                   corner: try fields.optionalEnumeration("corner", Corner.self))
            case "check":
                request = .check(try fields.quadrant(), language: try fields.language(allowAuto: true))
            case "render":
                request = .render(session: try fields.requiredSession(),
                                  format: try fields.optionalEnumeration("format", QuadrantCard.Format.self) ?? .text)
            case "export":
                request = .export(session: try fields.requiredSession())
            case "restore":
                let session = try fields.requiredSession()
                switch PortableState.decode(try fields.requiredString("state")) {
                case .success(let state): request = .restore(session: session, state: state)
                case .failure(let problem): throw ProtocolError(.invalidField, problem.message)
                }
            case "ping":
                request = .ping
            default:
                throw ProtocolError(.unknownType, "unknown type \"\(type.shortened)\"; known types are \(Request.types.joined(separator: ", "))")
            }
            return .success(Envelope(id: fields.id, request))
        } catch {
            var error = error
            error.id = fields.id
            error.session = fields.session
            return .failure(error)
        }
    }
}

/// Reads typed fields out of a request object, with errors that name the field and what it should be.
private struct RequestFields {
    let object: JSONObject
    var id: JSONValue?
    var session: String?

    /// The longest `text`, `word` or corner word accepted, in characters.
    static let maximumTextLength = 4_000

    func readID() throws(ProtocolError) -> JSONValue? {
        guard let value = object["id"] else { return nil }
        switch value {
        case .string, .number: return value
        case .null: return nil
        default: throw ProtocolError(.invalidField, "`id` must be a string or a number, not \(value.kindName.withArticle)")
        }
    }

    func requiredString(_ name: String) throws(ProtocolError) -> String {
        guard let value = object[name] else { throw ProtocolError(.missingField, "the field `\(name)` is missing") }
        guard case .string(let string) = value else {
            throw ProtocolError(.invalidField, "`\(name)` must be a string, not \(value.kindName.withArticle)")
        }
        return string
    }

    func optionalString(_ name: String, nonEmpty: Bool = false) throws(ProtocolError) -> String? {
        guard let value = object[name], value != .null else { return nil }
        guard case .string(let string) = value else {
            throw ProtocolError(.invalidField, "`\(name)` must be a string, not \(value.kindName.withArticle)")
        }
        if nonEmpty && string.isEmpty { throw ProtocolError(.invalidField, "`\(name)` must not be empty") }
        return string
    }

    func optionalBool(_ name: String) throws(ProtocolError) -> Bool? {
        guard let value = object[name], value != .null else { return nil }
        guard case .bool(let bool) = value else {
            throw ProtocolError(.invalidField, "`\(name)` must be true or false, not \(value.kindName.withArticle)")
        }
        return bool
    }

    func requiredSession() throws(ProtocolError) -> String {
        guard let session else {
            throw ProtocolError(.missingField, "the field `session` is missing: name the conversation, e.g. \"session\":\"telegram:4711\"")
        }
        return session
    }

    /// A name the host chooses (`session`, `participant.id`): at most 256 bytes, no control characters.
    func checkedName(_ name: String, name field: String) throws(ProtocolError) -> String {
        guard name.utf8.count <= 256 else { throw ProtocolError(.invalidField, "`\(field)` is longer than 256 bytes; use a shorter name") }
        if name.unicodeScalars.contains(where: \.isControl) {
            throw ProtocolError(.invalidField, "`\(field)` contains a control character; use printable characters only")
        }
        return name
    }

    /// A participant-typed text: any characters but NUL and other control characters (tabs and line breaks are spaces).
    func requiredText(_ name: String) throws(ProtocolError) -> String {
        try checkedText(requiredString(name), name: name)
    }

    func checkedText(_ text: String, name: String) throws(ProtocolError) -> String {
        // Characters never outnumber bytes, so only a long text needs counting.
        if text.utf8.count > Self.maximumTextLength && text.count > Self.maximumTextLength {
            throw ProtocolError(.invalidField, "`\(name)` is longer than \(Self.maximumTextLength) characters")
        }
        if text.unicodeScalars.contains(where: { $0.isControl && $0 != "\t" && $0 != "\n" && $0 != "\r" }) {
            throw ProtocolError(.invalidField, "`\(name)` contains a control character; send plain text")
        }
        return text
    }

    func language(allowAuto: Bool) throws(ProtocolError) -> Language? {
        guard let code = try optionalString("lang") else { return nil }
        if allowAuto && code == "auto" { return nil }
        guard let language = Language(rawValue: code) else {
            throw ProtocolError(.invalidField, "`lang` must be \"nl\", \"en\" or \"auto\", not \"\(code.shortened)\"")
        }
        return language
    }

    func enumeration<T: RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws(ProtocolError) -> T where T.RawValue == String {
        try optionalEnumeration(name, T.self) ?? fallback
    }

    func optionalEnumeration<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws(ProtocolError) -> T? where T.RawValue == String {
        guard let raw = try optionalString(name) else { return nil }
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw ProtocolError(.invalidField, "`\(name)` must be one of \(allowed), not \"\(raw.shortened)\"")
        }
        return value
    }

    func participant() throws(ProtocolError) -> Participant? {
        guard let value = object["participant"], value != .null else { return nil }
        guard case .object(let participant) = value else {
            throw ProtocolError(.invalidField, "`participant` must be an object like {\"id\":\"u1\",\"name\":\"Anna\"}")
        }
        guard case .string(let id)? = participant["id"], !id.isEmpty else {
            throw ProtocolError(.invalidField, "`participant.id` must be a non-empty string")
        }
        var name: String?
        if let value = participant["name"], value != .null {
            guard case .string(let string) = value else { throw ProtocolError(.invalidField, "`participant.name` must be a string") }
            name = try checkedText(string, name: "participant.name")
        }
        return Participant(id: try checkedName(id, name: "participant.id"), name: name)
    }

    func quadrant() throws(ProtocolError) -> Quadrant<String> {
        guard let value = object["quadrant"] else {
            throw ProtocolError(.missingField, "the field `quadrant` is missing: {\"quality\":…,\"pitfall\":…,\"challenge\":…,\"allergy\":…}")
        }
        guard case .object(let corners) = value else {
            throw ProtocolError(.invalidField, "`quadrant` must be an object with quality, pitfall, challenge and allergy")
        }
        var words = Quadrant(quality: "", pitfall: "", challenge: "", allergy: "")
        for corner in Corner.allCases {
            guard let word = corners[corner.rawValue] else {
                throw ProtocolError(.missingField, "`quadrant.\(corner.rawValue)` is missing")
            }
            guard case .string(let text) = word, !text.isEmpty else {
                throw ProtocolError(.invalidField, "`quadrant.\(corner.rawValue)` must be a non-empty string")
            }
            words[corner] = try checkedText(text, name: "quadrant.\(corner.rawValue)")
        }
        return words
    }
}

extension Unicode.Scalar {
    /// C0 and C1 control characters and DEL (general category Cc).
    var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}

extension String {
    /// The string as a message quotes it: at most 40 characters, so a huge value does not flood the answer.
    var shortened: String {
        count <= 40 ? self : prefix(40) + "…"
    }

    /// "an object", "a string": the kind name of a JSON value with its article.
    var withArticle: String {
        (first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + self
    }
}

extension Envelope {
    /// Decodes the common, valid line straight from its bytes, or returns nil so that `decode(line:)` takes
    /// the general path (a JSON tree, then typed fields), which also words every error.
    ///
    /// Taken only by a flat object of known, distinct fields whose strings need no escapes and hold no
    /// control characters (a `check`'s `quadrant` is the one object inside), with a type among `say`,
    /// `start`, `end`, `suggest`, `check`, `render`, `export` and `ping` and every value valid: then it gives exactly the envelope the general path gives (tests
    /// compare the two on every line they know, and the fuzz target does on every line it makes).
    static func quickDecode(_ bytes: UnsafeBufferPointer<UInt8>) -> Envelope? {
        var scanner = QuickScanner(bytes)
        var fields = QuickFields()
        guard scanner.read(into: &fields) else { return nil }
        return fields.envelope()
    }
}

/// The fields a quick decode knows; a field is an unescaped string, an integer `id`, or a boolean.
private struct QuickFields {
    enum Key: Int {
        case type, id, session, text, word, lang, flow, from, corner, format, mentioned, quadrant
    }

    /// The request types a quick decode takes, read straight from the bytes.
    enum Kind {
        case say, start, end, suggest, check, render, export, ping
    }

    var type: Kind?
    var session, text, word, lang, flow, from, corner, format: String?
    var id: JSONValue?
    var mentioned: Bool?
    var quadrant: Quadrant<String>?
    /// The keys given, one bit each (`1 << key.rawValue`).
    var given = 0

    /// Sets a string field (`type`, `id`, `mentioned` and `quadrant` are set directly).
    mutating func set(_ key: Key, _ value: String) {
        switch key {
        case .session: session = value
        case .text: text = value
        case .word: word = value
        case .lang: lang = value
        case .flow: flow = value
        case .from: from = value
        case .corner: corner = value
        case .format: format = value
        case .type, .id, .mentioned, .quadrant: break
        }
    }

    /// The envelope, or nil where a value is missing or invalid (the general path words the error).
    func envelope() -> Envelope? {
        guard let type else { return nil }
        if let session, session.isEmpty || session.utf8.count > 256 { return nil }
        let request: Request
        switch type {
        case .say:
            guard let session, let text, text.utf8.count <= 4_000, hasOnly(Self.sayKeys) else { return nil }
            request = .say(session: session, text: text, participant: nil, mentioned: mentioned ?? false)
        case .start:
            guard let session, hasOnly(Self.startKeys), let language = language() else { return nil }
            var options = StartOptions(language: language)
            if let flow {
                guard let value = Flow(rawValue: flow) else { return nil }
                options.flow = value
            }
            if let from {
                guard let value = Corner(rawValue: from) else { return nil }
                options.from = value
            }
            request = .start(session: session, options)
        case .end:
            guard let session, hasOnly(Self.sessionKeys) else { return nil }
            request = .end(session: session)
        case .suggest:
            guard let word, word.utf8.count <= 4_000, hasOnly(Self.suggestKeys),
                  let language = language() else { return nil }
            var place: Corner?
            if let corner {
                guard let value = Corner(rawValue: corner) else { return nil }
                place = value
            }
            request = .suggest(word: word, language: language, corner: place)
        case .check:
            guard let quadrant, hasOnly(Self.checkKeys), let language = language() else { return nil }
            request = .check(quadrant, language: language)
        case .render:
            guard let session, hasOnly(Self.renderKeys) else { return nil }
            var card = QuadrantCard.Format.text
            if let format {
                guard let value = QuadrantCard.Format(rawValue: format) else { return nil }
                card = value
            }
            request = .render(session: session, format: card)
        case .export:
            guard let session, hasOnly(Self.sessionKeys) else { return nil }
            request = .export(session: session)
        case .ping:
            guard hasOnly(Self.sessionKeys) else { return nil }
            request = .ping
        }
        return Envelope(id: id, request)
    }

    /// `lang`: nil when invalid, `.some(nil)` when absent or `auto`.
    private func language() -> Language?? {
        guard let code = lang, code != "auto" else { return .some(nil) }
        return Language(rawValue: code).map { .some($0) }
    }

    /// Whether no field outside `keys` was given (the general path reads others, e.g. a `lang` on `say`).
    private func hasOnly(_ keys: Int) -> Bool { given & ~keys == 0 }

    private static func bits(_ keys: Key...) -> Int { keys.reduce(0) { $0 | 1 << $1.rawValue } }
    private static let sayKeys = bits(.type, .id, .session, .text, .mentioned)
    private static let startKeys = bits(.type, .id, .session, .lang, .flow, .from)
    private static let suggestKeys = bits(.type, .id, .session, .word, .lang, .corner)
    private static let checkKeys = bits(.type, .id, .session, .quadrant, .lang)
    private static let renderKeys = bits(.type, .id, .session, .format)
    private static let sessionKeys = bits(.type, .id, .session)
}

/// Reads a flat JSON object of `QuickFields` from bytes, giving up (nil) at anything else.
private struct QuickScanner: ByteScanning {
    let bytes: UnsafeBufferPointer<UInt8>
    var pos = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The first byte; only read past a check that there is one.
    private var base: UnsafePointer<UInt8> { bytes.baseAddress! }
    private var end: Int { bytes.count }

    /// Reads the object into `fields`; false at anything it does not take.
    mutating func read(into fields: inout QuickFields) -> Bool {
        skipWhitespace()
        guard take(UInt8(ascii: "{")) else { return false }
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return false }
        while true {
            guard let key = key(), fields.given & (1 << key.rawValue) == 0 else { return false }
            fields.given |= 1 << key.rawValue
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return false }
            skipWhitespace()
            switch key {
            case .id:
                guard let id = idValue() else { return false }
                fields.id = id
            case .mentioned:
                guard let flag = boolean() else { return false }
                fields.mentioned = flag
            case .type:
                guard let kind = kind() else { return false }
                fields.type = kind
            case .quadrant:
                guard let words = quadrant() else { return false }
                fields.quadrant = words
            default:
                guard let text = string() else { return false }
                fields.set(key, text)
            }
            skipWhitespace()
            if take(UInt8(ascii: ",")) {
                skipWhitespace()
                continue
            }
            guard take(UInt8(ascii: "}")) else { return false }
            skipWhitespace()
            return pos == end
        }
    }

    /// A plain string about to be matched against a few known words.
    private struct Word {
        let start: UnsafePointer<UInt8>
        let count: Int

        /// Whether it is `word`.
        @inline(__always)
        func its(_ word: StaticString) -> Bool {
            count == word.utf8CodeUnitCount && QuickScanner.same(start, word)
        }
    }

    private mutating func word() -> Word? {
        plainString().map { Word(start: base + $0.lowerBound, count: $0.count) }
    }

    /// A known key, as plain ASCII between quotes.
    private mutating func key() -> QuickFields.Key? {
        guard let word = word() else { return nil }
        switch word.count {
        case 2: return word.its("id") ? .id : nil
        case 4:
            return word.its("type") ? .type : word.its("text") ? .text : word.its("word") ? .word
                : word.its("lang") ? .lang : word.its("flow") ? .flow : word.its("from") ? .from : nil
        case 6: return word.its("corner") ? .corner : word.its("format") ? .format : nil
        case 7: return word.its("session") ? .session : nil
        case 8: return word.its("quadrant") ? .quadrant : nil
        case 9: return word.its("mentioned") ? .mentioned : nil
        default: return nil
        }
    }

    /// A `type` the quick path takes, matched on its bytes; nil for any other (the general path words it).
    private mutating func kind() -> QuickFields.Kind? {
        guard let word = word() else { return nil }
        switch word.count {
        case 3: return word.its("say") ? .say : word.its("end") ? .end : nil
        case 4: return word.its("ping") ? .ping : nil
        case 5: return word.its("start") ? .start : word.its("check") ? .check : nil
        case 6: return word.its("render") ? .render : word.its("export") ? .export : nil
        case 7: return word.its("suggest") ? .suggest : nil
        default: return nil
        }
    }

    /// A corner's name.
    private mutating func corner() -> Corner? {
        guard let word = word() else { return nil }
        return word.its("quality") ? .quality : word.its("pitfall") ? .pitfall
            : word.its("challenge") ? .challenge : word.its("allergy") ? .allergy : nil
    }

    /// A `check`'s `quadrant`: an object of the four corners, each once, each a non-empty string as above.
    private mutating func quadrant() -> Quadrant<String>? {
        guard take(UInt8(ascii: "{")) else { return nil }
        var words = Quadrant<String?>(quality: nil, pitfall: nil, challenge: nil, allergy: nil)
        while true {
            skipWhitespace()
            guard let corner = corner(), words[corner] == nil else { return nil }
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return nil }
            skipWhitespace()
            guard let text = string(), !text.isEmpty, text.utf8.count <= 4_000 else { return nil }
            words[corner] = text
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            guard take(UInt8(ascii: "}")) else { return nil }
            break
        }
        guard let quality = words.quality, let pitfall = words.pitfall, let challenge = words.challenge,
              let allergy = words.allergy else { return nil }
        return Quadrant(quality: quality, pitfall: pitfall, challenge: challenge, allergy: allergy)
    }

    /// A string value without escapes or control characters (C0, DEL, C1), as valid UTF-8.
    private mutating func string() -> String? {
        guard let range = plainString() else { return nil }
        let bytes = UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
        // Decoding repairs invalid UTF-8; the bytes then differ, and the general path says what is wrong.
        let text = String(decoding: bytes, as: UTF8.self)
        return Self.isASCII(bytes) || text.utf8.elementsEqual(bytes) ? text : nil
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while bytes.count - index >= 8 {
            if base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// The bytes between quotes when none is a backslash or a control character; `pos` after the closing quote.
    private mutating func plainString() -> Range<Int>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = pos
        while pos < end {
            let byte = base[pos]
            switch byte {
            case UInt8(ascii: "\""):
                pos += 1
                return start..<(pos - 1)
            case ..<0x20, UInt8(ascii: "\\"), 0x7F:
                return nil
            case 0xC2 where pos + 1 < end && base[pos + 1] < 0xA0:
                return nil // U+0080...U+009F, the C1 controls
            default:
                pos += 1
            }
        }
        return nil
    }

    /// An `id`: a string as above, or an integer written plainly (no fraction, exponent or leading zero).
    private mutating func idValue() -> JSONValue? {
        if pos < end && base[pos] == UInt8(ascii: "\"") { return string().map(JSONValue.string) }
        let start = pos
        if pos < end && base[pos] == UInt8(ascii: "-") { pos += 1 }
        let digits = pos
        while pos < end && base[pos] >= UInt8(ascii: "0") && base[pos] <= UInt8(ascii: "9") { pos += 1 }
        guard pos > digits, pos - digits <= 18, base[digits] != UInt8(ascii: "0") || pos - digits == 1 else { return nil }
        if pos < end, base[pos] == UInt8(ascii: ".") || base[pos] | 0x20 == UInt8(ascii: "e") { return nil }
        return .number(String(decoding: UnsafeBufferPointer(start: base + start, count: pos - start), as: UTF8.self))
    }

    private mutating func boolean() -> Bool? {
        if matches("true") { return true }
        if matches("false") { return false }
        return nil
    }

    private mutating func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard end - pos >= count, Self.same(base + pos, word) else { return false }
        pos += count
        return true
    }

    /// Whether the bytes at `bytes` begin with `word`; the caller checked there are enough.
    @inline(__always)
    private static func same(_ bytes: UnsafePointer<UInt8>, _ word: StaticString) -> Bool {
        for index in 0..<word.utf8CodeUnitCount where bytes[index] != word.utf8Start[index] { return false }
        return true
    }
}

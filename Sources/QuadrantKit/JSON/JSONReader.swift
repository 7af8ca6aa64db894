/// A strict RFC 8259 JSON parser for protocol lines, with precise errors for hostile input.
///
/// It reads exactly one value surrounded by optional whitespace, validates UTF-8, rejects duplicate
/// keys and limits nesting. It never recurses, so any input, however deeply nested, fails cleanly
/// instead of overflowing the stack. Numbers keep their literal text.
public enum JSONReader {
    /// The nesting limit used when none is given.
    public static let defaultMaxDepth = 64

    /// Parses exactly one JSON value from UTF-8 bytes in memory, allowing at most `maxDepth` nested arrays and objects.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            throw JSONError(.empty, at: 0, "the input is empty")
        }
        var parser = JSONParser(base: base, count: bytes.count, maxDepth: maxDepth)
        return try parser.parseDocument()
    }

    /// Parses exactly one JSON value from raw UTF-8 bytes in memory, allowing at most `maxDepth` nested arrays and objects.
    public static func parse(_ bytes: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        try parse(bytes.assumingMemoryBound(to: UInt8.self), maxDepth: maxDepth)
    }

    /// Parses exactly one JSON value from a span of UTF-8 bytes, allowing at most `maxDepth` nested arrays and objects.
    public static func parse(_ bytes: Span<UInt8>, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONError) in try parse(buffer, maxDepth: maxDepth) }
        }
        return try result.get()
    }

    /// Parses exactly one JSON value from an array of UTF-8 bytes, allowing at most `maxDepth` nested arrays and objects.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONError) in try parse(buffer, maxDepth: maxDepth) }
        }
        return try result.get()
    }

    /// Parses exactly one JSON value from any collection of UTF-8 bytes, allowing at most `maxDepth` nested arrays and objects.
    @inlinable
    public static func parse(_ bytes: some Collection<UInt8>, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        let result = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONError) in try parse(buffer, maxDepth: maxDepth) }
        }
        if let result { return try result.get() }
        return try parse(Array(bytes), maxDepth: maxDepth)
    }

    /// Parses exactly one JSON value from the UTF-8 of a string, allowing at most `maxDepth` nested arrays and objects.
    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONValue {
        try parse(text.utf8, maxDepth: maxDepth)
    }
}

// MARK: - The parser

private let quote = UInt8(ascii: "\"")
private let backslash = UInt8(ascii: "\\")

/// One pass over one input; containers are tracked on explicit stacks instead of by recursion.
private struct JSONParser {
    /// An array or object whose members are still being read.
    struct Frame {
        /// Where this container's members start in `pairs`.
        var start: Int
        /// Whether this is an object (else an array).
        var isObject: Bool
        /// The key under which this container sits in its parent object ("" in an array or at the top).
        var key: String
        /// The keys seen so far, once the object is too large for linear duplicate checks.
        var seenKeys: Set<String>?
    }

    /// Above this many members, duplicate keys are found with a hash set instead of a linear scan.
    static let linearKeyLimit = 12

    let base: UnsafePointer<UInt8>
    let end: Int
    let maxDepth: Int
    var pos = 0
    /// The members (key and value; the key is "" in arrays) of all open containers, innermost last.
    var pairs: [(key: String, value: JSONValue)] = []
    var frames: [Frame] = []
    /// Reused buffer for strings with escapes.
    var scratch: [UInt8] = []

    init(base: UnsafePointer<UInt8>, count: Int, maxDepth: Int) {
        self.base = base
        self.end = count
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(JSONError) -> JSONValue {
        skipWhitespace()
        guard pos < end else { throw JSONError(.empty, at: 0, "the input is only whitespace") }
        // The key of the value being read, when its container is an object.
        var key = ""
        parsing: while true {
            guard pos < end else { throw expectedValue() }
            var value: JSONValue
            switch base[pos] {
            case quote:
                value = .string(try parseString())
            case UInt8(ascii: "{"):
                try openContainer()
                pos += 1
                skipWhitespace()
                if pos < end && base[pos] == UInt8(ascii: "}") {
                    pos += 1
                    value = .object(JSONObject())
                } else {
                    pushFrame(isObject: true, key: key)
                    key = try parseMemberKey(afterComma: false)
                    continue parsing
                }
            case UInt8(ascii: "["):
                try openContainer()
                pos += 1
                skipWhitespace()
                if pos < end && base[pos] == UInt8(ascii: "]") {
                    pos += 1
                    value = .array([])
                } else {
                    pushFrame(isObject: false, key: key)
                    key = ""
                    continue parsing
                }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = try parseNumber()
            case UInt8(ascii: "t") where matches("true"):
                pos += 4
                value = .bool(true)
            case UInt8(ascii: "f") where matches("false"):
                pos += 5
                value = .bool(false)
            case UInt8(ascii: "n") where matches("null"):
                pos += 4
                value = .null
            default:
                throw expectedValue()
            }

            // A value is complete: add it to its container, and close containers as they end.
            while true {
                if frames.isEmpty {
                    skipWhitespace()
                    guard pos == end else { throw trailingText() }
                    return value
                }
                pairs.append((key, value))
                skipWhitespace()
                let isObject = frames[frames.count - 1].isObject
                guard pos < end else { throw expectedSeparator(isObject: isObject) }
                let byte = base[pos]
                if byte == UInt8(ascii: ",") {
                    pos += 1
                    skipWhitespace()
                    key = isObject ? try parseMemberKey(afterComma: true) : ""
                    continue parsing
                }
                guard byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
                    throw expectedSeparator(isObject: isObject)
                }
                pos += 1
                let frame = frames.removeLast()
                if isObject {
                    if frame.start == 0 {
                        // All pending members are this object's: hand over the buffer without copying.
                        value = .object(JSONObject(uniqueMembers: pairs))
                        pairs = []
                    } else {
                        value = .object(JSONObject(uniqueMembers: Array(pairs[frame.start...])))
                        pairs.removeSubrange(frame.start...)
                    }
                } else {
                    value = .array(pairs[frame.start...].map(\.value))
                    pairs.removeSubrange(frame.start...)
                }
                key = frame.key
            }
        }
    }

    // MARK: Containers

    /// Checks that one more level of nesting is allowed at the current `[` or `{`.
    func openContainer() throws(JSONError) {
        if frames.count >= maxDepth {
            throw JSONError(.tooDeep, at: pos, "nesting deeper than \(max(maxDepth, 0)) levels at byte \(pos)")
        }
    }

    mutating func pushFrame(isObject: Bool, key: String) {
        if frames.capacity == 0 { frames.reserveCapacity(8) }
        if pairs.capacity == 0 { pairs.reserveCapacity(16) }
        frames.append(Frame(start: pairs.count, isObject: isObject, key: key, seenKeys: nil))
    }

    /// Reads `"key" :` in the innermost object and returns the key; `pos` is at the opening quote.
    mutating func parseMemberKey(afterComma: Bool) throws(JSONError) -> String {
        guard pos < end, base[pos] == quote else { throw expectedKey(afterComma: afterComma) }
        let keyOffset = pos
        let key = try parseString()
        try checkUnique(key, at: keyOffset)
        skipWhitespace()
        guard pos < end, base[pos] == UInt8(ascii: ":") else { throw expectedColon(after: key) }
        pos += 1
        skipWhitespace()
        return key
    }

    /// Throws if the innermost object already has `key`.
    mutating func checkUnique(_ key: String, at offset: Int) throws(JSONError) {
        let top = frames.count - 1
        let start = frames[top].start
        if pairs.count - start < Self.linearKeyLimit {
            var index = start
            while index < pairs.count {
                if pairs[index].key == key { throw duplicateKey(key, at: offset) }
                index += 1
            }
            return
        }
        if frames[top].seenKeys == nil {
            var seen = Set<String>(minimumCapacity: 2 * Self.linearKeyLimit)
            for index in start..<pairs.count { seen.insert(pairs[index].key) }
            frames[top].seenKeys = seen
        }
        if !frames[top].seenKeys!.insert(key).inserted { throw duplicateKey(key, at: offset) }
    }

    // MARK: Scalars

    @inline(__always)
    mutating func skipWhitespace() {
        while pos < end {
            switch base[pos] {
            case 0x20, 0x0A, 0x0D, 0x09: pos += 1
            default: return
            }
        }
    }

    /// Whether the input at `pos` starts with `word`.
    @inline(__always)
    func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard end - pos >= count else { return false }
        let bytes = word.utf8Start
        for index in 1..<count where base[pos + index] != bytes[index] { return false }
        return true
    }

    @inline(__always)
    func isDigit(_ index: Int) -> Bool {
        index < end && base[index] &- UInt8(ascii: "0") < 10
    }

    /// Reads a number per RFC 8259 and keeps its literal text; `pos` is at `-` or a digit.
    mutating func parseNumber() throws(JSONError) -> JSONValue {
        let start = pos
        if base[pos] == UInt8(ascii: "-") {
            pos += 1
            guard isDigit(pos) else { throw numberError("expected a digit after '-' at byte \(pos)") }
        }
        if base[pos] == UInt8(ascii: "0") {
            pos += 1
            if isDigit(pos) {
                throw JSONError(.invalidNumber, at: start, "the number at byte \(start) has a leading zero; write it without one")
            }
        } else {
            while isDigit(pos) { pos += 1 }
        }
        if pos < end && base[pos] == UInt8(ascii: ".") {
            pos += 1
            guard isDigit(pos) else { throw numberError("expected a digit after the decimal point at byte \(pos)") }
            while isDigit(pos) { pos += 1 }
        }
        if pos < end && base[pos] | 0x20 == UInt8(ascii: "e") {
            pos += 1
            if pos < end && (base[pos] == UInt8(ascii: "+") || base[pos] == UInt8(ascii: "-")) { pos += 1 }
            guard isDigit(pos) else { throw numberError("expected a digit in the exponent at byte \(pos)") }
            while isDigit(pos) { pos += 1 }
        }
        return .number(String(decoding: UnsafeBufferPointer(start: base + start, count: pos - start), as: UTF8.self))
    }

    /// Whether any of the eight bytes in `word` is a quote, a backslash, a control character or non-ASCII.
    @inline(__always)
    static func needsAttention(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let control = (word &- 0x2020_2020_2020_2020) & ~word
        let quotes = word ^ 0x2222_2222_2222_2222
        let backslashes = word ^ 0x5C5C_5C5C_5C5C_5C5C
        let hasQuote = (quotes &- ones) & ~quotes
        let hasBackslash = (backslashes &- ones) & ~backslashes
        return (control | hasQuote | hasBackslash | word) & high != 0
    }

    /// Skips plain ASCII string content eight bytes at a time.
    @inline(__always)
    mutating func skipPlainBytes() {
        while end - pos >= 8 {
            let word = UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self)
            if Self.needsAttention(word) { return }
            pos += 8
        }
    }

    /// Reads a string; `pos` is at the opening quote and ends after the closing quote.
    mutating func parseString() throws(JSONError) -> String {
        let open = pos
        pos += 1
        let start = pos
        while true {
            skipPlainBytes()
            guard pos < end else { throw unterminatedString(open) }
            let byte = base[pos]
            if byte == quote {
                let text = String(decoding: UnsafeBufferPointer(start: base + start, count: pos - start), as: UTF8.self)
                pos += 1
                return text
            }
            if byte == backslash { return try parseEscapedString(open: open, start: start) }
            try skipOther(byte)
        }
    }

    /// Steps over one byte of string content that is not a quote or backslash, checking control characters and UTF-8.
    @inline(__always)
    mutating func skipOther(_ byte: UInt8) throws(JSONError) {
        if byte < 0x20 { throw controlCharacter(byte) }
        if byte < 0x80 {
            pos += 1
        } else {
            let length = validUTF8Length(at: pos)
            if length == 0 { throw utf8Error(at: pos) }
            pos += length
        }
    }

    /// Reads the rest of a string that has escapes, from its first backslash at `pos`.
    mutating func parseEscapedString(open: Int, start: Int) throws(JSONError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var run = start
        while true {
            skipPlainBytes()
            guard pos < end else { throw unterminatedString(open) }
            let byte = base[pos]
            if byte == quote {
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + run, count: pos - run))
                pos += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte == backslash {
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + run, count: pos - run))
                try parseEscape(open: open)
                run = pos
                continue
            }
            try skipOther(byte)
        }
    }

    /// Decodes one escape at `pos` (a backslash) into `scratch`.
    mutating func parseEscape(open: Int) throws(JSONError) {
        let at = pos
        guard pos + 1 < end else { throw unterminatedString(open) }
        let decoded: UInt8
        switch base[pos + 1] {
        case quote: decoded = quote
        case backslash: decoded = backslash
        case UInt8(ascii: "/"): decoded = UInt8(ascii: "/")
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            let unit = try hexQuad(escapeAt: at)
            pos += 6
            var scalar = unit
            if unit >= 0xD800 && unit <= 0xDBFF {
                guard end - pos >= 2, base[pos] == backslash, base[pos + 1] == UInt8(ascii: "u") else {
                    throw surrogateError("the escape \\u\(hex(unit)) at byte \(at) is a high surrogate not followed by a low surrogate escape (\\uDC00 to \\uDFFF)", at: at)
                }
                let low = try hexQuad(escapeAt: pos)
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw surrogateError("the escape \\u\(hex(unit)) at byte \(at) is a high surrogate followed by \\u\(hex(low)), which is not a low surrogate", at: at)
                }
                pos += 6
                scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            } else if unit >= 0xDC00 && unit <= 0xDFFF {
                throw surrogateError("the escape \\u\(hex(unit)) at byte \(at) is a low surrogate without a high surrogate before it", at: at)
            }
            appendUTF8(scalar)
            return
        default:
            throw invalidEscape(at: at)
        }
        scratch.append(decoded)
        pos += 2
    }

    /// The value of the four hex digits after the `\u` at `escapeAt`.
    func hexQuad(escapeAt: Int) throws(JSONError) -> UInt32 {
        let first = escapeAt + 2
        var value: UInt32 = 0
        guard end - first >= 4 else { throw badUnicodeEscape(at: escapeAt) }
        for index in first..<first + 4 {
            let byte = base[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw badUnicodeEscape(at: escapeAt)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case ..<0x80:
            scratch.append(UInt8(scalar))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    // MARK: UTF-8

    /// The length of the well-formed UTF-8 sequence (Unicode table 3-7) starting at `index`, or 0 if it is not well formed.
    @inline(__always)
    func validUTF8Length(at index: Int) -> Int {
        @inline(__always) func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            range.contains(base[index + offset])
        }
        let remaining = end - index
        switch base[index] {
        case 0xC2...0xDF:
            return remaining >= 2 && continuation(1) ? 2 : 0
        case 0xE0:
            return remaining >= 3 && continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return remaining >= 3 && continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return remaining >= 3 && continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return remaining >= 4 && continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return remaining >= 4 && continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return remaining >= 4 && continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// Explains why the UTF-8 sequence at `index` is not well formed.
    @inline(never)
    func utf8Error(at index: Int) -> JSONError {
        let lead = base[index]
        func isContinuation(_ offset: Int) -> Bool {
            index + offset < end && base[index + offset] & 0xC0 == 0x80
        }
        let reason: String
        switch lead {
        case 0x80...0xBF:
            reason = "continuation byte 0x\(hex(lead, digits: 2)) without a lead byte"
        case 0xC0, 0xC1:
            reason = "overlong encoding"
        case 0xF5...0xF7:
            reason = "code point above U+10FFFF"
        case 0xF8...0xFF:
            reason = "the byte 0x\(hex(lead, digits: 2)) never appears in UTF-8"
        default:
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard isContinuation(1) else { reason = "incomplete multi-byte sequence"; break }
            let second = base[index + 1]
            if lead == 0xE0 && second < 0xA0 || lead == 0xF0 && second < 0x90 {
                reason = "overlong encoding"
            } else if lead == 0xED && second > 0x9F {
                reason = "encoded surrogate (U+D800 to U+DFFF)"
            } else if lead == 0xF4 && second > 0x8F {
                reason = "code point above U+10FFFF"
            } else if !(2..<length).allSatisfy(isContinuation) {
                reason = "incomplete multi-byte sequence"
            } else {
                reason = "malformed sequence"
            }
        }
        return JSONError(.invalidUTF8, at: index, "invalid UTF-8 at byte \(index): \(reason)")
    }

    // MARK: Errors

    /// Describes the character at `index` for an error message, or that the input ended.
    func found(at index: Int) -> String {
        guard index < end else { return "but the input ended" }
        let byte = base[index]
        switch byte {
        case UInt8(ascii: "'"): return "found \"'\" (JSON needs double quotes)"
        case UInt8(ascii: "/"): return "found '/' (JSON has no comments)"
        case 0x21...0x7E: return "found '\(Character(Unicode.Scalar(byte)))'"
        case ..<0x80: return "found the control character U+\(hex(byte))"
        default:
            let length = validUTF8Length(at: index)
            guard length > 0 else { return "found the byte 0x\(hex(byte, digits: 2))" }
            let text = String(decoding: UnsafeBufferPointer(start: base + index, count: length), as: UTF8.self)
            return "found '\(text)' (U+\(hex(text.unicodeScalars.first!.value)))"
        }
    }

    /// An error about an unexpected character at `pos`, or the UTF-8 error there if the bytes are not UTF-8.
    func unexpected(_ message: String, kind: JSONError.Kind = .syntax) -> JSONError {
        if pos < end && base[pos] >= 0x80 && validUTF8Length(at: pos) == 0 { return utf8Error(at: pos) }
        return JSONError(kind, at: pos, "\(message) at byte \(pos), \(found(at: pos))")
    }

    /// The offset of a comma right before `pos` (ignoring whitespace), if there is one.
    func precedingComma() -> Int? {
        var index = pos - 1
        while index >= 0, [0x20, 0x0A, 0x0D, 0x09].contains(base[index]) { index -= 1 }
        return index >= 0 && base[index] == UInt8(ascii: ",") ? index : nil
    }

    @inline(never)
    func expectedValue() -> JSONError {
        guard pos < end else { return unexpected("expected a JSON value") }
        let byte = base[pos]
        switch byte {
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            if let comma = precedingComma() {
                return JSONError(.syntax, at: comma, "trailing comma at byte \(comma): remove the ',' before '\(Character(Unicode.Scalar(byte)))'")
            }
        case UInt8(ascii: "+"):
            return numberError("numbers cannot start with '+' (byte \(pos))")
        case UInt8(ascii: "."):
            return numberError("numbers need a digit before the decimal point, as in 0.5 (byte \(pos))")
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            var wordEnd = pos
            while wordEnd < end, wordEnd - pos < 24, isWordByte(base[wordEnd]) { wordEnd += 1 }
            let word = String(decoding: UnsafeBufferPointer(start: base + pos, count: wordEnd - pos), as: UTF8.self)
            if word == "NaN" || word == "Infinity" {
                return numberError("\(word) at byte \(pos) is not a JSON number")
            }
            return JSONError(.syntax, at: pos, "unknown word '\(word)' at byte \(pos): strings need double quotes, and the only bare words are true, false and null")
        default:
            break
        }
        return unexpected("expected a JSON value")
    }

    func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    @inline(never)
    func expectedKey(afterComma: Bool) -> JSONError {
        if afterComma, pos < end, base[pos] == UInt8(ascii: "}"), let comma = precedingComma() {
            return JSONError(.syntax, at: comma, "trailing comma at byte \(comma): remove the ',' before '}'")
        }
        return unexpected("expected a key in double quotes")
    }

    @inline(never)
    func expectedColon(after key: String) -> JSONError {
        unexpected("expected ':' after the key \(quoted(key))")
    }

    @inline(never)
    func expectedSeparator(isObject: Bool) -> JSONError {
        isObject
            ? unexpected("expected ',' or '}' after an object member")
            : unexpected("expected ',' or ']' after an array element")
    }

    @inline(never)
    func trailingText() -> JSONError {
        if base[pos] >= 0x80 && validUTF8Length(at: pos) == 0 { return utf8Error(at: pos) }
        return JSONError(.syntax, at: pos, "unexpected text after the JSON value at byte \(pos)")
    }

    @inline(never)
    func numberError(_ message: String) -> JSONError {
        JSONError(.invalidNumber, at: pos, message)
    }

    @inline(never)
    func duplicateKey(_ key: String, at offset: Int) -> JSONError {
        JSONError(.duplicateKey, at: offset, "the key \(quoted(key)) appears twice in one object (again at byte \(offset))")
    }

    @inline(never)
    func unterminatedString(_ open: Int) -> JSONError {
        JSONError(.syntax, at: open, "the string starting at byte \(open) is never closed")
    }

    @inline(never)
    func controlCharacter(_ byte: UInt8) -> JSONError {
        let escape: String
        switch byte {
        case 0x08: escape = "\\b"
        case 0x09: escape = "\\t"
        case 0x0A: escape = "\\n"
        case 0x0C: escape = "\\f"
        case 0x0D: escape = "\\r"
        default: escape = "\\u\(hex(byte))"
        }
        return JSONError(.invalidString, at: pos, "raw control character U+\(hex(byte)) in a string at byte \(pos): write it as \(escape)")
    }

    @inline(never)
    func invalidEscape(at index: Int) -> JSONError {
        let byte = base[index + 1]
        let shown = (0x21...0x7E).contains(byte) ? "'\\\(Character(Unicode.Scalar(byte)))'" : "a backslash followed by \(found(at: index + 1).dropFirst(6))"
        return JSONError(.invalidString, at: index, "invalid escape \(shown) at byte \(index): valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX")
    }

    @inline(never)
    func badUnicodeEscape(at index: Int) -> JSONError {
        JSONError(.invalidString, at: index, "invalid \\u escape at byte \(index): expected four hex digits after \\u")
    }

    @inline(never)
    func surrogateError(_ message: String, at index: Int) -> JSONError {
        JSONError(.invalidString, at: index, message)
    }
}

/// `value` in upper-case hex, zero-padded to `digits`.
private func hex(_ value: some BinaryInteger, digits: Int = 4) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
}

/// `key` as a JSON string for an error message, shortened if long.
private func quoted(_ key: String) -> String {
    let limit = 40
    var buffer: [UInt8] = []
    if key.unicodeScalars.count > limit {
        JSONWriter.writeString(String(String.UnicodeScalarView(key.unicodeScalars.prefix(limit))) + "…", into: &buffer)
    } else {
        JSONWriter.writeString(key, into: &buffer)
    }
    return String(decoding: buffer, as: UTF8.self)
}

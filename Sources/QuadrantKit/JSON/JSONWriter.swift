/// Writes compact JSON (no spaces) as UTF-8 bytes.
///
/// Non-ASCII text is written as is; only `"`, `\`, control characters and U+2028/U+2029 (so the
/// output can be embedded in JavaScript) are escaped. Numbers are written as their literal text.
public enum JSONWriter {
    /// Appends `value` as compact JSON to `buffer`, with object keys in insertion order or, if `sortedKeys`, in UTF-8 byte order.
    public static func write(_ value: JSONValue, into buffer: inout [UInt8], sortedKeys: Bool = false) {
        switch value {
        case .null:
            append("null", to: &buffer)
        case .bool(let flag):
            append(flag ? "true" : "false", to: &buffer)
        case .number(let literal):
            buffer.append(contentsOf: literal.utf8)
        case .string(let text):
            writeString(text, into: &buffer)
        case .array(let elements):
            buffer.append(UInt8(ascii: "["))
            var first = true
            for element in elements {
                if !first { buffer.append(UInt8(ascii: ",")) }
                first = false
                write(element, into: &buffer, sortedKeys: sortedKeys)
            }
            buffer.append(UInt8(ascii: "]"))
        case .object(let object):
            if sortedKeys {
                let members = object.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                writeMembers(members, into: &buffer, sortedKeys: true)
            } else {
                writeMembers(object.members, into: &buffer, sortedKeys: false)
            }
        }
    }

    /// Returns `value` as compact JSON text, with object keys in insertion order or, if `sortedKeys`, in UTF-8 byte order.
    public static func string(_ value: JSONValue, sortedKeys: Bool = false) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(128)
        write(value, into: &buffer, sortedKeys: sortedKeys)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Appends `text` as a quoted, escaped JSON string to `buffer`, without building a `JSONValue`.
    public static func writeString<Sink: ByteSink & ~Copyable>(_ text: String, into buffer: inout Sink) {
        buffer.append(UInt8(ascii: "\""))
        writeEscaped(text, into: &buffer)
        buffer.append(UInt8(ascii: "\""))
    }

    /// Appends `text` escaped as inside a JSON string, without the quotes.
    static func writeEscaped<Sink: ByteSink & ~Copyable>(_ text: String, into buffer: inout Sink) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { writeEscaped($0, into: &buffer) }
        if done == nil {
            Array(text.utf8).withUnsafeBufferPointer { writeEscaped($0, into: &buffer) }
        }
    }

    private static func writeMembers(_ members: [(key: String, value: JSONValue)], into buffer: inout [UInt8], sortedKeys: Bool) {
        buffer.append(UInt8(ascii: "{"))
        members.withUnsafeBufferPointer { members in
            for index in members.indices {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                writeString(members[index].key, into: &buffer)
                buffer.append(UInt8(ascii: ":"))
                write(members[index].value, into: &buffer, sortedKeys: sortedKeys)
            }
        }
        buffer.append(UInt8(ascii: "}"))
    }

    @inline(__always)
    static func append<Sink: ByteSink & ~Copyable>(_ text: StaticString, to buffer: inout Sink) {
        buffer.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Whether any of the eight bytes in `word` is a control character, `"`, `\`, or 0xA8 or 0xA9 (the last byte
    /// of U+2028/U+2029; looking for their first, 0xE2, would stop at every typographic quote: ’ is E2 80 99).
    @inline(__always)
    private static func needsAttention(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let control = (word &- 0x2020_2020_2020_2020) & ~word
        let quotes = word ^ 0x2222_2222_2222_2222
        let backslashes = word ^ 0x5C5C_5C5C_5C5C_5C5C
        let separators = (word ^ 0xA8A8_A8A8_A8A8_A8A8) & 0xFEFE_FEFE_FEFE_FEFE
        let hasQuote = (quotes &- ones) & ~quotes
        let hasBackslash = (backslashes &- ones) & ~backslashes
        let hasSeparator = (separators &- ones) & ~separators
        return (control | hasQuote | hasBackslash | hasSeparator) & high != 0
    }

    /// Appends the escaped content of a valid UTF-8 string, copying unescaped runs in one go.
    private static func writeEscaped<Sink: ByteSink & ~Copyable>(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: inout Sink) {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return }
        if isPlain(bytes) {
            buffer.append(bytes)
            return
        }
        var index = 0
        var run = 0
        @inline(__always) func flush(_ upTo: Int) {
            if upTo > run { buffer.append(UnsafeBufferPointer(start: base + run, count: upTo - run)) }
        }
        while true {
            while count - index >= 8 {
                if needsAttention(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { break }
                index += 8
            }
            guard index < count else { break }
            let byte = base[index]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                flush(index)
                buffer.append(UInt8(ascii: "\\"))
                buffer.append(byte)
            case 0x08: flush(index); append("\\b", to: &buffer)
            case 0x09: flush(index); append("\\t", to: &buffer)
            case 0x0A: flush(index); append("\\n", to: &buffer)
            case 0x0C: flush(index); append("\\f", to: &buffer)
            case 0x0D: flush(index); append("\\r", to: &buffer)
            case ..<0x20:
                flush(index)
                append("\\u00", to: &buffer)
                buffer.append(hexDigit(byte >> 4))
                buffer.append(hexDigit(byte & 0x0F))
            case 0xA8...0xA9 where index >= 2 && base[index - 2] == 0xE2 && base[index - 1] == 0x80:
                // U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR, whose first two bytes are not yet written.
                flush(index - 2)
                append("\\u202", to: &buffer)
                buffer.append(byte == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
            default:
                index += 1
                continue
            }
            index += 1
            run = index
        }
        flush(count)
    }

    /// Whether no byte of `bytes` (at least one) needs escaping: eight at a time, the last few padded with spaces.
    @inline(__always)
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let base = bytes.baseAddress!
        var index = 0
        while bytes.count - index >= 8 {
            if needsAttention(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return false }
            index += 8
        }
        guard index < bytes.count else { return true }
        var tail: UInt64 = 0x2020_2020_2020_2020
        withUnsafeMutableBytes(of: &tail) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base + index, count: bytes.count - index)) }
        return !needsAttention(tail)
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}

/// The session a request line is about, read from its bytes without decoding it, so a batch can be split
/// over shards before any thread decodes.
enum SessionPeek: Equatable {
    /// The line names no session at the top level (or names it `null`): any shard may serve it.
    case none
    /// The top-level `session` is a string without escapes: these bytes, which decode to exactly its name.
    case name(Range<Int>)
    /// Something the peek does not follow (escapes in the name, a byte order mark, broken structure):
    /// decode the line to route it.
    case unsure

    /// Peeks at `bytes`. A line that is not a JSON object gets `unsure` or `none`; either way any shard
    /// answers it with the same error, so only a valid request's session must be found exactly.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var scan = PeekScanner(bytes: bytes)
        self = scan.peek()
    }
}

/// Walks the top level of a JSON object, skipping values it does not need.
private struct PeekScanner: ByteScanning {
    let bytes: UnsafeBufferPointer<UInt8>
    var pos = 0

    mutating func peek() -> SessionPeek {
        skipWhitespace()
        guard take(UInt8(ascii: "{")) else { return .unsure }
        var found = SessionPeek.none
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return .none }
        while true {
            guard let key = plainString() else { return .unsure }
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return .unsure }
            skipWhitespace()
            if isSession(key) {
                // A second `session` makes the line invalid: any shard refuses it alike.
                if pos < bytes.count && bytes[pos] == UInt8(ascii: "\"") {
                    guard let name = plainString() else { return .unsure }
                    found = .name(name)
                } else if !skipValue() {
                    return .unsure
                }
            } else if !skipValue() {
                return .unsure
            }
            skipWhitespace()
            if take(UInt8(ascii: ",")) {
                skipWhitespace()
                continue
            }
            return take(UInt8(ascii: "}")) ? found : .unsure
        }
    }

    private func isSession(_ key: Range<Int>) -> Bool {
        let word: StaticString = "session"
        guard key.count == word.utf8CodeUnitCount else { return false }
        for offset in 0..<key.count where bytes[key.lowerBound + offset] != word.utf8Start[offset] { return false }
        return true
    }

    /// A string without escapes: the range between its quotes.
    private mutating func plainString() -> Range<Int>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = pos
        while pos < bytes.count {
            switch bytes[pos] {
            case UInt8(ascii: "\""):
                pos += 1
                return start..<(pos - 1)
            case UInt8(ascii: "\\"): return nil
            default: pos += 1
            }
        }
        return nil
    }

    /// Skips one value of any kind: a string with its escapes, a nested object or array whole, or a literal.
    private mutating func skipValue() -> Bool {
        guard pos < bytes.count else { return false }
        switch bytes[pos] {
        case UInt8(ascii: "\""):
            return skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while pos < bytes.count {
                switch bytes[pos] {
                case UInt8(ascii: "\""):
                    guard skipString() else { return false }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 {
                        pos += 1
                        return true
                    }
                default:
                    break
                }
                pos += 1
            }
            return false
        default:
            // A number, true, false or null: up to the next delimiter.
            while pos < bytes.count {
                switch bytes[pos] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D: return true
                default: pos += 1
                }
            }
            return true
        }
    }

    private mutating func skipString() -> Bool {
        pos += 1
        while pos < bytes.count {
            switch bytes[pos] {
            case UInt8(ascii: "\\"): pos += 2
            case UInt8(ascii: "\""):
                pos += 1
                return true
            default: pos += 1
            }
        }
        return false
    }
}

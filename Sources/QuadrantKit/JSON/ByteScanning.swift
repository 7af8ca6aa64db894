/// Reading JSON punctuation and whitespace straight from a line's bytes, for the scanners that look at a
/// request without decoding it in full (`Envelope.quickDecode`, `SessionPeek`).
protocol ByteScanning {
    var bytes: UnsafeBufferPointer<UInt8> { get }
    var pos: Int { get set }
}

extension ByteScanning {
    /// Steps over `byte` if it comes next.
    @inline(__always)
    mutating func take(_ byte: UInt8) -> Bool {
        guard pos < bytes.count && bytes[pos] == byte else { return false }
        pos += 1
        return true
    }

    /// Steps over JSON whitespace: space, tab, LF, CR.
    @inline(__always)
    mutating func skipWhitespace() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x09 || bytes[pos] == 0x0A || bytes[pos] == 0x0D { pos += 1 }
    }
}

/// Reads LF-terminated lines as bytes from a file descriptor, with a length limit.
///
/// Bytes, not `readLine()`: invalid UTF-8 must reach the decoder to be reported, and a line over the
/// limit is drained without being kept in memory. CRLF endings and a last line without LF are accepted.
struct LineReader {
    /// What one call to `next` produced.
    enum Line {
        case line([UInt8])
        /// A line longer than the limit; its bytes were discarded.
        case tooLong(length: Int)
    }

    private let descriptor: Int32
    private let limit: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    /// Bytes from `start` up to here hold no LF, so a long line is searched only once.
    private var scanned = 0
    private var atEnd = false

    init(descriptor: Int32, limit: Int, chunkSize: Int = 65_536) {
        self.descriptor = descriptor
        self.limit = limit
        self.buffer = [UInt8](repeating: 0, count: max(chunkSize, 4096))
    }

    /// True when the bytes already read hold no complete line: the host should flush before blocking.
    var needsRead: Bool {
        !buffer[start..<end].contains(10)
    }

    /// The next line, or nil at end of input.
    mutating func next() -> Line? {
        var discarded = 0
        while true {
            if let newline = buffer[max(start, scanned)..<end].firstIndex(of: 10) {
                let length = newline - start
                defer { start = newline + 1 }
                if discarded > 0 || length > limit { return .tooLong(length: discarded + length) }
                var line = Array(buffer[start..<newline])
                if line.last == 13 { line.removeLast() }
                return .line(line)
            }
            scanned = end
            if end - start > limit {
                discarded += end - start
                start = 0
                end = 0
                scanned = 0
            }
            if atEnd {
                guard end > start || discarded > 0 else { return nil }
                defer { start = end }
                if discarded > 0 { return .tooLong(length: discarded + end - start) }
                var line = Array(buffer[start..<end])
                if line.last == 13 { line.removeLast() }
                return .line(line)
            }
            fill()
        }
    }

    private mutating func fill() {
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { pointer in
                _ = pointer.baseAddress!.update(from: pointer.baseAddress! + start, count: end - start)
            }
            end -= start
            scanned -= start
            start = 0
        }
        if end == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        let count = buffer.withUnsafeMutableBytes { Platform.read(descriptor, into: $0.baseAddress! + end, count: $0.count - end) }
        if count <= 0 { atEnd = true } else { end += count }
    }
}

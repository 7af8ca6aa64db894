import Glibc
import QuadrantKit

/// Reads LF-terminated lines as bytes from a file descriptor, with a length limit.
///
/// Bytes, not `readLine()`: invalid UTF-8 must reach the decoder to be reported, and a line over the
/// limit is drained without being kept in memory. CRLF endings and a last line without LF are accepted.
struct LineReader {
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
        newline(from: start) == nil
    }

    /// The next line, or nil at end of input.
    mutating func next() -> ShardedService.Line? {
        var discarded = 0
        while true {
            if let newline = newline(from: max(start, scanned)) {
                defer { start = newline + 1 }
                return line(upTo: newline, discarded: discarded)
            }
            scanned = end
            // One byte more than the limit may still be the CR of a CRLF.
            if end - start > limit + 1 {
                discarded += end - start
                start = 0
                end = 0
                scanned = 0
            }
            if atEnd {
                // After SIGTERM/SIGINT a half-written last line is not served: the host never finished it.
                guard end > start || discarded > 0, Platform.stopRequested == 0 else { return nil }
                defer { start = end }
                return line(upTo: end, discarded: discarded)
            }
            fill()
        }
    }

    /// The position of the first LF at or after `position`, before `end`: `memchr`, since a generic
    /// search of the slice cost about six instructions a byte, twice a line.
    private func newline(from position: Int) -> Int? {
        guard position < end else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            memchr(bytes.baseAddress! + position, 10, end - position).map { UnsafeRawPointer($0) - UnsafeRawPointer(bytes.baseAddress!) }
        }
    }

    /// The line from `start` to `lineEnd` without a CR before it; too long when over the limit or partly discarded.
    private func line(upTo lineEnd: Int, discarded: Int) -> ShardedService.Line {
        let contentEnd = lineEnd > start && buffer[lineEnd - 1] == 13 ? lineEnd - 1 : lineEnd
        let length = discarded + contentEnd - start
        if discarded > 0 || length > limit { return .tooLong(length: length, limit: limit) }
        return .line(Array(buffer[start..<contentEnd]))
    }

    private mutating func fill() {
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { pointer in
                pointer.baseAddress!.update(from: pointer.baseAddress! + start, count: end - start)
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

import Glibc

/// A process started with pipes on its stdin and stdout; stderr goes to /dev/null.
struct Child {
    let pid: pid_t
    /// Write end of the child's standard input.
    private(set) var input: Int32
    /// Read end of the child's standard output.
    let output: Int32

    /// Starts `path` with `arguments`; nil when it cannot be started.
    static func spawn(_ path: String, _ arguments: [String]) -> Child? {
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { return nil }
        for descriptor in toChild + fromChild { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, path, &actions, nil, argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard status == 0 else {
            close(toChild[1])
            close(fromChild[0])
            return nil
        }
        return Child(pid: pid, input: toChild[1], output: fromChild[0])
    }

    /// Hands the write end of the child's stdin to someone who will close it (a `Writer`).
    mutating func takeInput() -> Int32 {
        defer { input = -1 }
        return input
    }

    /// Closes the child's standard input: end of requests.
    mutating func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    /// The resident set size now, in KiB, from /proc.
    func residentKiB() -> Int { status("VmRSS:") }

    /// The peak resident set size so far, in KiB, from /proc. (Not wait4's `ru_maxrss`: after a
    /// posix_spawn, that counts the parent's memory too, shared until exec.)
    func peakKiB() -> Int { status("VmHWM:") }

    private func status(_ field: String) -> Int {
        guard let file = fopen("/proc/\(pid)/status", "r") else { return 0 }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix(field) {
                return Int(text.dropFirst(field.count).filter { $0.isNumber }) ?? 0
            }
        }
        return 0
    }

    /// Closes both pipes and waits for the exit status.
    @discardableResult
    mutating func finish() -> Int32 {
        closeInput()
        close(output)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}

/// Reads LF-terminated lines from a descriptor, keeping only what the benchmark needs.
struct LineReader {
    private let descriptor: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    /// Every byte read so far.
    private(set) var bytesRead = 0

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// The next line without its LF, or nil at end of input.
    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let newline = newline(in: buffer, start..<end) {
                defer { start = newline + 1 }
                return buffer[start..<newline]
            }
            if start > 0 {
                let count = end - start
                buffer.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: $0.baseAddress! + start, count: count) }
                start = 0
                end = count
            }
            if end == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + end, $0.count - end) }
            if count <= 0 { return nil }
            end += count
            bytesRead += count
        }
    }
}

/// The position of the first LF of `bytes` in `range`: `memchr`, since a generic search of the slice costs
/// about six instructions a byte, which for a 5 KB `suggestion` is microseconds of the benchmark's own time
/// in a latency it measures.
func newline(in bytes: [UInt8], _ range: Range<Int>) -> Int? {
    guard !range.isEmpty else { return nil }
    return bytes.withUnsafeBufferPointer { buffer in
        memchr(buffer.baseAddress! + range.lowerBound, 10, range.count).map { UnsafeRawPointer($0) - UnsafeRawPointer(buffer.baseAddress!) }
    }
}

/// Writes all bytes, retrying short writes; false when the reader has gone.
@discardableResult
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
            if errno == EINTR { continue }
            return false
        }
        offset += written
    }
    return true
}

/// Writes `bytes` to `descriptor` on a thread of its own, closing it afterwards if asked.
final class Writer: @unchecked Sendable {
    private let descriptor: Int32
    private let bytes: [UInt8]
    private let closeWhenDone: Bool
    private var thread = pthread_t()

    init(_ descriptor: Int32, _ bytes: [UInt8], closeWhenDone: Bool) {
        self.descriptor = descriptor
        self.bytes = bytes
        self.closeWhenDone = closeWhenDone
        let context = Unmanaged.passRetained(self).toOpaque()
        pthread_create(&thread, nil, { context in
            let writer = Unmanaged<Writer>.fromOpaque(context!).takeRetainedValue()
            writer.bytes.withUnsafeBytes { _ = writeAll(writer.descriptor, $0) }
            if writer.closeWhenDone { close(writer.descriptor) }
            return nil
        }, context)
    }

    func join() { pthread_join(thread, nil) }
}

/// Monotonic time in nanoseconds.
func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

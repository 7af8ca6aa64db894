#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every libc call the host makes, in one place.
enum Platform {
    /// A write to a closed pipe fails with EPIPE instead of killing the process.
    static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// The processors online, at least 1.
    static var processorCount: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// True when `descriptor` is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// The width of the terminal on `descriptor` in columns, or nil when it is not a terminal.
    static func terminalWidth(_ descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Reads up to `count` bytes; 0 at end of input; retries on EINTR. Negative on error.
    static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        while true {
            let result = Glibc.read(descriptor, buffer, count)
            if result < 0 && errno == EINTR { continue }
            return result
        }
    }

    /// Writes all of `bytes`; false when the reader has gone away (EPIPE) or another error occurs.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let result = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if result < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += result
        }
        return true
    }

    /// Writes a text to standard error (logs and warnings).
    static func log(_ text: String) {
        var line = text
        if !line.hasSuffix("\n") { line += "\n" }
        _ = line.utf8.withContiguousStorageIfAvailable { writeAll(2, UnsafeRawBufferPointer($0)) }
            ?? Array(line.utf8).withUnsafeBytes { writeAll(2, $0) }
    }

    /// An environment variable, if set.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    static func exit(_ status: Int32) -> Never {
        Glibc.exit(status)
    }

    /// Reads a whole file; nil with a reason when it cannot be read.
    static func readFile(_ path: String) -> Result<[UInt8], PlatformError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(PlatformError(path: path, code: errno)) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, into: $0.baseAddress!, count: $0.count) }
            if count < 0 { return .failure(PlatformError(path: path, code: errno)) }
            if count == 0 { return .success(bytes) }
            bytes += chunk[0..<count]
        }
    }

    /// Writes a whole file, replacing it.
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Result<Void, PlatformError> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(PlatformError(path: path, code: errno)) }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { writeAll(descriptor, $0) }
        return written ? .success(()) : .failure(PlatformError(path: path, code: errno))
    }

    /// The names of the entries of a directory, or nil when `path` is not a directory.
    static func directoryEntries(_ path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

/// A file operation that failed, with the system's reason.
struct PlatformError: Error, CustomStringConvertible {
    var path: String
    var code: Int32

    var description: String { "\(path): \(String(cString: strerror(code)))" }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The libc calls of the journal: durable appends, locks, atomic replacement, and the stop signals.
extension Platform {
    /// Opens `path` for reading and appending, creating it with mode 0600 (only the owner may read it).
    static func openForAppend(_ path: String, truncating: Bool = false) -> Result<Int32, PlatformError> {
        let descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | (truncating ? O_TRUNC : 0), 0o600)
        return descriptor >= 0 ? .success(descriptor) : .failure(PlatformError(path: path, code: errno))
    }

    /// Takes an exclusive lock on an open file without waiting; false when another process holds it.
    static func lock(_ descriptor: Int32) -> Bool {
        flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }

    /// True when the file's mode lets its group or others read or write it.
    static func isShared(_ descriptor: Int32) -> Bool {
        var status = stat()
        return fstat(descriptor, &status) == 0 && status.st_mode & 0o077 != 0
    }

    /// Everything in an open file from its start.
    static func readAll(_ descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var offset = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, off_t(offset)) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
            offset += count
        }
    }

    /// Cuts an open file to `length` bytes and makes that durable.
    static func truncate(_ descriptor: Int32, to length: Int) -> Bool {
        ftruncate(descriptor, off_t(length)) == 0 && syncData(descriptor)
    }

    /// Waits until what was written to the file is on disk (its data, and the size that reaches it).
    static func syncData(_ descriptor: Int32) -> Bool {
        while fdatasync(descriptor) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }

    /// Renames `source` over `target` atomically, and makes the rename itself durable.
    static func replace(_ target: String, with source: String) -> Result<Void, PlatformError> {
        guard rename(source, target) == 0 else { return .failure(PlatformError(path: target, code: errno)) }
        let folder = target.contains("/") ? String(target[..<target.lastIndex(of: "/")!]) : "."
        let directory = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_CLOEXEC)
        guard directory >= 0 else { return .failure(PlatformError(path: folder, code: errno)) }
        defer { close(directory) }
        return fsync(directory) == 0 ? .success(()) : .failure(PlatformError(path: folder, code: errno))
    }

    static func close(_ descriptor: Int32) {
        _ = Glibc.close(descriptor)
    }

    /// SIGTERM and SIGINT end `serve` gently: standard input is switched to /dev/null, so the blocked
    /// read returns end of input, the lines already read are answered, journal and output are flushed,
    /// and the process exits 0. Without SA_RESTART a read in progress returns at once.
    static func stopGentlyOnSignals() {
        stopInput = open("/dev/null", O_RDONLY | O_CLOEXEC)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            stopSignal = signal
            _ = dup2(stopInput, 0)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGTERM, &action, nil)
        sigaction(SIGINT, &action, nil)
        // A parent may have spawned us with these signals blocked; they would then never arrive.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// The signal that asked `serve` to stop, or 0.
    static var stopRequested: Int32 { stopSignal }
}

/// Set by the signal handler only; read by the serve loop.
nonisolated(unsafe) private var stopSignal: Int32 = 0
/// /dev/null, opened before the handler is installed (the handler only calls dup2, which is async-signal-safe).
nonisolated(unsafe) private var stopInput: Int32 = -1

import QuadrantKit

/// The journal of `serve --journal FILE`: every accepted request that changes a session, one line each,
/// appended and synced to disk before any event it causes is written.
///
/// On open the file is replayed into the service (silently), a torn last line from a crash is cut off,
/// and when ended sessions left lines behind the file is compacted: rewritten with only the lines of live
/// sessions, in a temporary file that is synced and renamed over it.
struct Journal {
    let path: String
    private var descriptor: Int32
    private var pending: [UInt8] = []

    /// What opening found, for the log and for `journal compact`.
    struct Opening {
        var lines: Int
        var kept: Int
        var sessions: Int
    }

    /// Opens `path` (created with mode 0600), locks it, replays it into `service` and compacts it.
    static func open(_ path: String, replayingInto service: inout Service) -> Result<(Journal, Opening), JournalError> {
        let descriptor: Int32
        switch Platform.openForAppend(path) {
        case .failure(let error): return .failure(JournalError("cannot open the journal \(error)"))
        case .success(let opened): descriptor = opened
        }
        guard Platform.lock(descriptor) else {
            Platform.close(descriptor)
            return .failure(JournalError("the journal \(path) is in use by another quadrant process"))
        }
        if Platform.isShared(descriptor) {
            Platform.log("quadrant: warning: the journal \(path) can be read by others; it holds what participants typed (chmod 600 \(path))")
        }
        guard var bytes = Platform.readAll(descriptor) else {
            Platform.close(descriptor)
            return .failure(JournalError("cannot read the journal \(path)"))
        }
        if let last = bytes.last, last != 10 {
            let end = bytes.lastIndex(of: 10).map { $0 + 1 } ?? 0
            Platform.log("quadrant: warning: the journal \(path) ends in a torn line of \(bytes.count - end) bytes (a crash while writing); it was dropped")
            guard Platform.truncate(descriptor, to: end) else {
                Platform.close(descriptor)
                return .failure(JournalError("cannot cut the torn last line of the journal \(path)"))
            }
            bytes.removeSubrange(end...)
        }
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false).dropLast().map(Array.init)
        var replay = JournalReplay(service: service)
        lines.forEach { replay.replay($0) }
        for problem in replay.problems {
            Platform.log("quadrant: warning: \(path):\(problem.line + 1): \(problem.message)")
        }
        service = replay.service
        var journal = Journal(path: path, descriptor: descriptor)
        let kept = replay.keptLines
        if kept.count < lines.count {
            if case .failure(let error) = journal.rewrite(kept.map { lines[$0] }) { return .failure(error) }
        }
        return .success((journal, Opening(lines: lines.count, kept: kept.count, sessions: service.sessions.count)))
    }

    /// Replaces the file with `lines`: written to `FILE.compact`, synced, renamed over `FILE`.
    private mutating func rewrite(_ lines: [[UInt8]]) -> Result<Void, JournalError> {
        let temporary = path + ".compact"
        guard case .success(let replacement) = Platform.openForAppend(temporary, truncating: true) else {
            return .failure(JournalError("cannot write \(temporary) to compact the journal"))
        }
        var bytes: [UInt8] = []
        for line in lines { bytes += line + [10] }
        guard Platform.lock(replacement), bytes.withUnsafeBytes({ Platform.writeAll(replacement, $0) }), Platform.syncData(replacement) else {
            Platform.close(replacement)
            return .failure(JournalError("cannot write \(temporary) to compact the journal"))
        }
        if case .failure(let error) = Platform.replace(path, with: temporary) {
            Platform.close(replacement)
            return .failure(JournalError("cannot replace the journal with its compacted copy: \(error)"))
        }
        Platform.close(descriptor)
        descriptor = replacement
        return .success(())
    }

    /// Keeps a served line for the next commit.
    mutating func append(_ line: [UInt8]) {
        pending += line
        pending.append(10)
    }

    /// Writes the lines kept since the last commit and waits until they are on disk: one sync per batch.
    mutating func commit() -> Bool {
        guard !pending.isEmpty else { return true }
        defer { pending.removeAll(keepingCapacity: true) }
        return pending.withUnsafeBytes { Platform.writeAll(descriptor, $0) } && Platform.syncData(descriptor)
    }
}

/// Why the journal cannot be used; `serve` stops with status 1 rather than answer without it.
struct JournalError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// What serving one line produced, and whether a journal keeps the line.
public struct Served: Sendable {
    public var events: [AddressedEvent]
    /// True for a request that was accepted and can change a session (`start`, `say`, `end`, `restore`):
    /// replaying exactly these lines through a fresh service rebuilds every session byte for byte.
    public var journaled: Bool
}

extension Request {
    /// Whether serving this request can change a session; the rest (`ping`, `suggest`, `check`, `render`,
    /// `export`) only read, so a journal leaves them out.
    public var changesSessions: Bool {
        switch self {
        case .start, .say, .end, .restore: return true
        case .suggest, .check, .render, .export, .ping: return false
        }
    }

    /// The session the request is about; nil for the ones about none (`suggest`, `check`, `ping`).
    public var session: String? {
        switch self {
        case .start(let session, _), .say(let session, _, _, _), .end(let session), .render(let session, _),
             .export(let session), .restore(let session, _):
            return session
        case .suggest, .check, .ping: return nil
        }
    }
}

extension Service {
    /// Serves one input line like `handle(line:)` and says whether a journal must keep it.
    public mutating func serve(line: [UInt8], lineNumber: Int? = nil) -> Served {
        serve(decoded: Envelope.decode(line: line), lineNumber: lineNumber)
    }

    /// Serves a line already decoded by `Envelope.decode(line:)`.
    public mutating func serve(decoded: Result<Envelope, ProtocolError>?, lineNumber: Int? = nil) -> Served {
        switch decoded {
        case nil: return Served(events: [], journaled: false)
        case .failure(let error)?: return Served(events: [AddressedEvent(id: error.id, .error(error, line: lineNumber))], journaled: false)
        case .success(let envelope)?:
            let events = handle(envelope, lineNumber: lineNumber)
            let refused = events.contains { if case .error = $0.event { return true } else { return false } }
            return Served(events: events, journaled: envelope.request.changesSessions && !refused)
        }
    }
}

/// Rebuilding sessions from journal lines, and which of those lines still matter.
public struct JournalReplay: Sendable {
    /// The service with every session the lines leave live.
    public private(set) var service: Service
    /// Lines (0-based) that did not replay as they were served: their errors, for a warning.
    public private(set) var problems: [(line: Int, message: String)] = []
    /// Per live session, the lines since it was last opened; an ended session has none.
    private var kept: [String: [Int]] = [:]
    private var count = 0

    public init(service: Service) {
        self.service = service
    }

    /// Replays one journal line silently.
    public mutating func replay(_ line: [UInt8]) {
        defer { count += 1 }
        guard case .success(let envelope)? = Envelope.decode(line: line) else {
            problems.append((count, "not a request quadrant journals; skipped"))
            return
        }
        guard envelope.request.changesSessions, let name = envelope.request.session else {
            problems.append((count, "a \(envelope.request.type) request changes nothing; skipped"))
            return
        }
        let existed = service.sessions[name] != nil
        for case .error(let error, _) in service.handle(envelope).map(\.event) {
            problems.append((count, "\(error.code.rawValue): \(error.message)"))
        }
        let reopened: Bool
        switch envelope.request {
        case .start, .restore: reopened = true
        default: reopened = !existed
        }
        if service.sessions[name] == nil { kept[name] = nil }
        else if reopened { kept[name] = [count] }
        else { kept[name, default: []].append(count) }
    }

    /// The indices of the lines a compacted journal keeps, in order: for each live session the lines since
    /// it was last opened (a `start`, a `restore`, or a `say` that opened it). Ended sessions, and what
    /// came before a session was opened again, are dropped; replaying the kept lines gives the same sessions.
    public var keptLines: [Int] { kept.values.flatMap { $0 }.sorted() }

    /// The number of lines replayed.
    public var lineCount: Int { count }
}

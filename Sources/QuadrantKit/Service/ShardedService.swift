/// The sessions of one process split by name over several `Service`s (shards), so that a host can serve a
/// batch of lines on several threads and still answer byte for byte as one `Service` serving them in order.
///
/// Sessions never touch each other: each shard serves its own sessions' lines in their order while the
/// others serve theirs, and lines about no session (`suggest`, `check`, `ping`, broken lines) go to any
/// shard. The one thing shards share is the session limit, so a batch that could reach it is served one
/// line at a time, in order. Threads are the host's business: it passes `parallel`, which runs a body once
/// for each shard index and returns when all have finished (e.g. `DispatchQueue.concurrentPerform`).
/// `serve` itself must not be called from two threads at once.
public final class ShardedService: @unchecked Sendable {
    /// What a host hands over: one line of input, or the length of a line too long to keep.
    public enum Line: Sendable {
        case line([UInt8])
        case tooLong(length: Int, limit: Int)
    }

    /// The answers to a batch, in the shards' buffers; `write(_:into:)` gives them back in line order.
    /// They are valid until the next call of `serve`.
    public struct Answers {
        fileprivate let shards: [Shard]
        fileprivate let served: [ServedLine]

        /// The number of lines answered.
        public var count: Int { served.count }

        /// Whether the line at `index` must be journaled (see `Served.journaled`).
        public func journaled(_ index: Int) -> Bool { served[index].journaled }

        /// Appends the events of the line at `index`, one JSON line each, to `buffer`.
        public func write(_ index: Int, into buffer: inout [UInt8]) {
            let line = served[index]
            shards[line.shard].output.withBytes(in: line.start..<line.end) { buffer.append(contentsOf: $0) }
        }
    }

    /// Below this many lines a batch is served on the calling thread: waking another costs more.
    public static let parallelBatch = 16

    private let shards: [Shard]
    private let maximumSessions: Int

    /// Splits the sessions of `service` over `count` shards that share its lexicons and limit. Each shard has
    /// an engine of its own, so threads do not contend for the engine's memos.
    public init(_ service: Service, count: Int) {
        let count = max(1, count)
        var services = (0..<count).map { index in
            Service(engine: index == 0 ? service.engine : Engine(lexicons: service.engine.lexicons), maximumSessions: service.maximumSessions)
        }
        for (name, session) in service.sessions {
            services[Self.shard(of: name, among: count)].sessions[name] = session
        }
        shards = services.enumerated().map { Shard($0.offset, $0.element) }
        maximumSessions = service.maximumSessions
    }

    /// Live sessions in all shards.
    public var sessionCount: Int { shards.reduce(0) { $0 + $1.service.sessions.count } }

    /// Serves `lines`, numbered from `firstLineNumber`, on up to one thread per shard.
    public func serve(_ lines: [Line], firstLineNumber: Int, parallel: Parallel) -> Answers {
        shards.forEach { $0.startBatch() }
        var served: [ServedLine] = []
        served.reserveCapacity(lines.count)
        let total = sessionCount
        // Each line opens at most one session, so only a batch that could reach the limit needs the order.
        if shards.count > 1 && lines.count >= Self.parallelBatch && total + lines.count <= maximumSessions {
            // Lines are routed by a peek at their session; each shard then decodes and serves its own, so
            // what a thread allocates, the same thread frees. Only a line the peek cannot read is decoded here.
            let shards = self.shards
            var lineShards: [Int] = []
            lineShards.reserveCapacity(lines.count)
            for index in lines.indices {
                let (number, work) = route(lines[index], index)
                shards[number].work.append(work)
                lineShards.append(number)
            }
            for shard in shards { shard.service.otherSessions = total - shard.service.sessions.count }
            parallel(shards.count) { index in shards[index].serveWork(lines, firstLineNumber: firstLineNumber) }
            var next = [Int](repeating: 0, count: shards.count)
            for number in lineShards {
                served.append(shards[number].served[next[number]])
                next[number] += 1
            }
        } else {
            for index in lines.indices {
                let decoded = Shard.Decoded(lines[index])
                let shard = shards[route(decoded, index)]
                shard.service.otherSessions = sessionCount - shard.service.sessions.count
                shard.serve(decoded, lineNumber: firstLineNumber + index)
                served.append(shard.served.last!)
            }
        }
        return Answers(shards: shards, served: served)
    }

    /// The shard that serves the line at `index`, from a peek at its session, and the work it gets: the line
    /// to decode, or the line already decoded when the peek could not tell.
    private func route(_ line: Line, _ index: Int) -> (Int, Shard.Work) {
        guard case .line(let bytes) = line else { return (index % shards.count, .line(index)) }
        switch bytes.withUnsafeBufferPointer(SessionPeek.init) {
        case .none:
            return (index % shards.count, .line(index))
        case .name(let range):
            return (bytes.withUnsafeBufferPointer { Self.shard(of: UnsafeBufferPointer(rebasing: $0[range]), among: shards.count) }, .line(index))
        case .unsure:
            let decoded = Shard.Decoded(line)
            return (route(decoded, index), .decoded(index, decoded))
        }
    }

    /// The shard that serves a line: its session's, or for a line about no session, any (spread by position).
    private func route(_ decoded: Shard.Decoded, _ index: Int) -> Int {
        if case .envelope(let envelope) = decoded, let name = envelope.request.session {
            return Self.shard(of: name, among: shards.count)
        }
        return index % shards.count
    }

    /// A session's shard: from the high half of FNV-1a of its name's UTF-8 (the low bits follow a few bytes
    /// too closely), so the same name always lands in the same shard.
    static func shard(of name: String, among count: Int) -> Int {
        var name = name
        return name.withUTF8 { shard(of: $0, among: count) }
    }

    static func shard(of name: UnsafeBufferPointer<UInt8>, among count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return Int((hash >> 32) % UInt64(count))
    }
}

/// Where a line's answer lies: in which shard's output, and whether it is journaled.
private struct ServedLine {
    var shard: Int
    var start: Int
    var end: Int
    var journaled: Bool
}

/// One shard: its service, and during a batch the lines it decodes and serves and the bytes it wrote.
/// Only one thread touches a shard at a time.
private final class Shard: @unchecked Sendable {
    var service: Service
    let number: Int
    /// A line to serve: by its index in the batch, or already decoded.
    enum Work {
        case line(Int)
        case decoded(Int, Decoded)
    }

    var work: [Work] = []
    var output = ByteBuffer(capacity: 1 << 16)
    var served: [ServedLine] = []

    init(_ number: Int, _ service: Service) {
        self.number = number
        self.service = service
    }

    func startBatch() {
        work.removeAll(keepingCapacity: true)
        output.removeAll()
        served.removeAll(keepingCapacity: true)
    }

    /// A line decoded: a valid envelope, or the error or nothing (a blank line) it amounts to.
    ///
    /// Its own enum rather than the decoder's `Result<Envelope, ProtocolError>?`: the runtime destroys every
    /// copy of that standard library type through generic code, which cost 4% of a turn.
    enum Decoded {
        case envelope(Envelope)
        case other(Result<Envelope, ProtocolError>?)

        init(_ line: ShardedService.Line) {
            switch line {
            case .line(let bytes):
                if let envelope = bytes.withUnsafeBufferPointer(Envelope.quickDecode) {
                    self = .envelope(envelope)
                    return
                }
                let general = Envelope.decodeInGeneral(line: bytes)
                if case .success(let envelope)? = general { self = .envelope(envelope) } else { self = .other(general) }
            case .tooLong(let length, let limit): self = .other(.failure(.lineTooLong(length: length, limit: limit)))
            }
        }
    }

    /// Serves the lines routed here, in order.
    func serveWork(_ lines: [ShardedService.Line], firstLineNumber: Int) {
        for item in work {
            switch item {
            case .line(let index): serve(Decoded(lines[index]), lineNumber: firstLineNumber + index)
            case .decoded(let index, let decoded): serve(decoded, lineNumber: firstLineNumber + index)
            }
        }
    }

    /// Serves one line and writes its events, each followed by LF.
    func serve(_ decoded: Decoded, lineNumber: Int) {
        let start = output.count
        let result: Served
        switch decoded {
        case .envelope(let envelope):
            if service.sayDirectly(envelope, into: &output) {
                served.append(ServedLine(shard: number, start: start, end: output.count, journaled: true))
                return
            }
            result = service.serve(decoded: .success(envelope), lineNumber: lineNumber)
        case .other(let other):
            result = service.serve(decoded: other, lineNumber: lineNumber)
        }
        // Written where they lie: a copy of an event would retain every string in it.
        result.events.withUnsafeBufferPointer { events in
            for index in events.indices {
                events[index].encoded(into: &output)
                output.append(10)
            }
        }
        served.append(ServedLine(shard: number, start: start, end: output.count, journaled: result.journaled))
    }
}

import Glibc

/// One program under test: a path and its arguments.
struct Program {
    var path: String
    var arguments: [String]
}

/// A started program that has written its first line.
struct Running {
    var child: Child
    var reader: LineReader
    /// Nanoseconds from just before exec to the first line (`ready`) read.
    var readyNanos: UInt64

    /// Starts `program` and waits for its first line; nil when it exits without one (an unknown option).
    static func start(_ program: Program) -> Running? {
        let before = now()
        guard var child = Child.spawn(program.path, program.arguments) else { return nil }
        var reader = LineReader(descriptor: child.output)
        guard reader.next() != nil else {
            child.finish()
            return nil
        }
        return Running(child: child, reader: reader, readyNanos: now() - before)
    }

    /// Sends `bytes` from a writer thread and reads until the pong of a `ping` sent after them: nanoseconds.
    mutating func timedBatch(_ bytes: [UInt8], tag: String) -> UInt64 {
        let marker = Array("\"id\":\"\(tag)\"".utf8)
        let ping = Array("{\"type\":\"ping\",\"id\":\"\(tag)\"}\n".utf8)
        let started = now()
        let writer = Writer(child.input, bytes + ping, closeWhenDone: false)
        while let line = reader.next() {
            // The id comes right after the type in both programs' lines. (A plain loop: the generic
            // `firstRange(of:)` costs microseconds a line, more than the floor's whole turn.)
            if contains(line, marker, within: 48) { break }
        }
        let elapsed = now() - started
        writer.join()
        return elapsed
    }

    /// The peak RSS in KiB, read before the end; then closes the pipes and waits for the exit.
    @discardableResult
    mutating func finish() -> Int {
        let peak = child.peakKiB()
        child.finish()
        return peak
    }
}

/// What a pipelined run through one process measured.
struct ThroughputRun {
    var linesPerSecond: Double
    /// Bytes written back, including the closing `pong`.
    var outputBytes: Int
    var peakKiB: Int
}

enum Measure {
    /// Pipelined: a writer thread sends every line and a last `ping`, this thread reads up to its answer.
    static func throughput(_ program: Program, _ workload: Workload) -> ThroughputRun? {
        guard var running = Running.start(program) else { return nil }
        let before = running.reader.bytesRead
        let elapsed = running.timedBatch(workload.bytes, tag: "end")
        let peak = running.finish()
        return ThroughputRun(linesPerSecond: Double(workload.lines) / seconds(elapsed),
                             outputBytes: running.reader.bytesRead - before, peakKiB: peak)
    }

    /// How many events each request line produces, by its `id` (1-based), from one pipelined run.
    static func eventsPerRequest(_ program: Program, _ workload: Workload) -> [Int]? {
        guard var running = Running.start(program) else { return nil }
        var counts = [Int](repeating: 0, count: workload.lines + 1)
        let writer = Writer(running.child.takeInput(), workload.bytes, closeWhenDone: true)
        let marker = Array(",\"id\":".utf8)
        while let line = running.reader.next() {
            guard let range = line.firstRange(of: marker) else { continue }
            var id = 0
            for byte in line[range.upperBound...] {
                guard (48...57).contains(byte) else { break }
                id = id * 10 + Int(byte - 48)
            }
            if id < counts.count { counts[id] += 1 }
        }
        writer.join()
        running.finish()
        return counts
    }

    /// Interactive: one request at a time, waiting for all its events; the round trips in nanoseconds, sorted.
    static func latency(_ program: Program, _ workload: Workload, events: [Int]?) -> [UInt64]? {
        guard var running = Running.start(program) else { return nil }
        // Steady state only: the first request may wait for start-up work (exec -> first reply covers it).
        _ = running.timedBatch(Array("{\"type\":\"start\",\"session\":\"warm\"}\n".utf8), tag: "warm")
        var times: [UInt64] = []
        times.reserveCapacity(workload.lines)
        var lineStart = 0
        var index = 1
        workload.bytes.withUnsafeBytes { bytes in
            for position in 0..<bytes.count where bytes[position] == 10 {
                let line = UnsafeRawBufferPointer(rebasing: bytes[lineStart...position])
                let started = now()
                writeAll(running.child.input, line)
                for _ in 0..<(events?[index] ?? 1) { _ = running.reader.next() }
                times.append(now() - started)
                lineStart = position + 1
                index += 1
            }
        }
        running.finish()
        return times.sorted()
    }

    /// Exec to `ready`, `runs` times, in nanoseconds, sorted.
    static func ready(_ program: Program, runs: Int) -> [UInt64]? {
        var times: [UInt64] = []
        for _ in 0..<runs {
            guard var running = Running.start(program) else { return nil }
            times.append(running.readyNanos)
            running.finish()
        }
        return times.sorted()
    }

    /// Exec to the reply to a first `start`, `runs` times, in nanoseconds, sorted: start-up as a person sees it.
    static func firstReply(_ program: Program, runs: Int) -> [UInt64]? {
        var times: [UInt64] = []
        let request = Array("{\"type\":\"start\",\"session\":\"first\",\"lang\":\"nl\"}\n".utf8)
        for _ in 0..<runs {
            let before = now()
            guard var running = Running.start(program) else { return nil }
            request.withUnsafeBytes { _ = writeAll(running.child.input, $0) }
            _ = running.reader.next()
            times.append(now() - before)
            running.finish()
        }
        return times.sorted()
    }

    /// One process with `live` sessions open: their memory and the cost of a turn beside them.
    struct Scale {
        var live: Int
        var bytesPerSession: Double
        var nanosPerTurn: Double
        var peakKiB: Int
    }

    /// Opens `live` sessions (each `start` and one answer), measures the RSS they added, then times
    /// `runs` batches of mixed traffic on other sessions beside them (median).
    static func scale(_ program: Program, live: Int, options: BenchOptions) -> Scale? {
        guard var running = Running.start(program) else { return nil }
        let warmUp = Workload(turns: 2_000, sessions: 50, dutchShare: options.dutchShare, prefix: "w")
        _ = running.timedBatch(warmUp.bytes, tag: "warm")
        let before = running.child.residentKiB()
        var opening: [UInt8] = []
        for index in 0..<live {
            let dutch = index % 2 == 0
            let name = quoted("live\(index)")
            opening += Array("{\"type\":\"start\",\"session\":\(name),\"lang\":\"\(dutch ? "nl" : "en")\"}\n".utf8)
            opening += Array("{\"type\":\"say\",\"session\":\(name),\"text\":\"\(dutch ? "klantgericht" : "customer focus")\"}\n".utf8)
        }
        _ = running.timedBatch(opening, tag: "opened")
        let after = running.child.residentKiB()
        var batches: [Double] = []
        for run in 0..<options.runs {
            let batch = Workload(turns: options.batchTurns, sessions: 100, dutchShare: options.dutchShare, prefix: "b\(run)-")
            batches.append(Double(running.timedBatch(batch.bytes, tag: "batch\(run)")) / Double(batch.lines))
        }
        let peak = running.finish()
        return Scale(live: live, bytesPerSession: Double(after - before) * 1024 / Double(live),
                     nanosPerTurn: median(batches), peakKiB: peak)
    }
}

/// Whether `marker` occurs in the first `limit` bytes of `line`.
func contains(_ line: ArraySlice<UInt8>, _ marker: [UInt8], within limit: Int) -> Bool {
    line.withUnsafeBufferPointer { bytes in
        let end = min(limit, bytes.count) - marker.count
        guard end >= 0 else { return false }
        for start in 0...end where bytes[start] == marker[0] {
            var index = 1
            while index < marker.count && bytes[start + index] == marker[index] { index += 1 }
            if index == marker.count { return true }
        }
        return false
    }
}

func seconds(_ nanos: UInt64) -> Double { Double(nanos) / 1e9 }

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

/// The value at `fraction` (0.99 for p99) of sorted `values`.
func percentile(_ values: [UInt64], _ fraction: Double) -> UInt64 {
    values.isEmpty ? 0 : values[min(values.count - 1, Int(Double(values.count) * fraction))]
}

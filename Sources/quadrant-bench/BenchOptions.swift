/// The benchmark's command line.
struct BenchOptions {
    /// The `quadrant` binary to drive; by default the one beside this benchmark (same build configuration).
    var binary: String
    /// Conversations open at once in the throughput run, interleaved.
    var sessions = 10_000
    /// Request lines in the throughput run.
    var turns = 200_000
    /// Share of conversations and stateless requests in Dutch (the rest English).
    var dutchShare = 0.5
    /// Repetitions of each timed run; the median is reported.
    var runs = 3
    var readyRuns = 21
    /// One-at-a-time turns for the latency figures.
    var latencyTurns = 5_000
    /// Live-session counts for memory and per-turn cost.
    var liveCounts = [1, 10_000, 100_000]
    /// Turns in each timed batch of the scale runs.
    var batchTurns = 20_000
    var quick = false
    /// Print the throughput run's request lines instead of measuring (for profiling).
    var printTraffic = false

    static let usage = """
    quadrant-bench: drives `quadrant serve` over pipes and compares it with a minimal parse-and-reply floor.

    usage: quadrant-bench [options]
      --binary PATH        the quadrant binary (default: the one beside quadrant-bench)
      --sessions N         conversations open at once in the throughput run (default 10000)
      --turns N            request lines in the throughput run (default 200000)
      --dutch FRACTION     share of Dutch traffic, the rest English (default 0.5)
      --runs N             repetitions of each timed run, median reported (default 3)
      --ready-runs N       start-ups timed for exec -> ready (default 21)
      --latency-turns N    one-at-a-time turns for p50/p99/p99.9 (default 5000)
      --live N,N,...       live sessions for memory and per-turn cost (default 1,10000,100000)
      --batch N            turns per timed batch in those runs (default 20000)
      --traffic            print the throughput run's request lines and stop (to profile serve with them)
      --quick              a small run for CI (20000 turns, 1000 sessions, 1 run, live 1,10000); other options still apply
    quadrant-bench floor --reply-bytes N   the floor program itself (used by the benchmark)
    quadrant-bench lexicon FILE           write the synthetic 10x lexicon (to profile serve with it)
    """

    static func parse(_ arguments: [String], defaultBinary: String) -> Result<BenchOptions, BenchError> {
        var options = BenchOptions(binary: defaultBinary)
        var rest = arguments[...]
        func number(_ name: String) -> Result<Int, BenchError> {
            guard let text = rest.popFirst(), let value = Int(text.replacingUnderscores), value > 0 else {
                return .failure(BenchError("\(name) needs a positive number"))
            }
            return .success(value)
        }
        if arguments.contains("--quick") {
            options.quick = true
            options.turns = 20_000
            options.sessions = 1_000
            options.runs = 1
            options.readyRuns = 7
            options.latencyTurns = 1_000
            options.liveCounts = [1, 10_000]
            options.batchTurns = 5_000
        }
        /// The options that take a positive count, and where each goes.
        let counts: [String: WritableKeyPath<BenchOptions, Int>] = [
            "--sessions": \.sessions, "--turns": \.turns, "--runs": \.runs, "--ready-runs": \.readyRuns,
            "--latency-turns": \.latencyTurns, "--batch": \.batchTurns,
        ]
        while let argument = rest.popFirst() {
            if let field = counts[argument] {
                switch number(argument) {
                case .success(let value): options[keyPath: field] = value
                case .failure(let error): return .failure(error)
                }
                continue
            }
            switch argument {
            case "--binary":
                guard let path = rest.popFirst() else { return .failure(BenchError("--binary needs a path")) }
                options.binary = path
            case "--dutch":
                guard let text = rest.popFirst(), let share = Double(text), (0...1).contains(share) else {
                    return .failure(BenchError("--dutch needs a fraction from 0 to 1"))
                }
                options.dutchShare = share
            case "--live":
                guard let text = rest.popFirst() else { return .failure(BenchError("--live needs counts, e.g. 1,10000,100000")) }
                let counts = text.split(separator: ",").compactMap { Int(String($0).replacingUnderscores) }
                guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else { return .failure(BenchError("--live needs counts, e.g. 1,10000,100000")) }
                options.liveCounts = counts
            case "--quick":
                continue
            case "--traffic":
                options.printTraffic = true
            default:
                return .failure(BenchError("unknown option `\(argument)`"))
            }
        }
        return .success(options)
    }
}

/// A command line the benchmark cannot understand.
struct BenchError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

extension String {
    /// `100_000` as `100000`.
    var replacingUnderscores: String { String(filter { $0 != "_" }) }
}

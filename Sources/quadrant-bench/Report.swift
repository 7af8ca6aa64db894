import Glibc
import QuadrantKit

/// Runs every measurement in order and prints each figure as it comes, absolute and as a ratio.
struct Report {
    var options: BenchOptions
    var selfPath: String

    func run() -> Int32 {
        let serve = Program(path: options.binary, arguments: ["serve"])
        let workload = Workload(turns: options.turns, sessions: options.sessions, dutchShare: options.dutchShare)
        say("quadrant-bench: \(options.binary)\(options.quick ? " (quick)" : "")")
        say("workload: \(group(workload.lines)) lines, \(group(options.sessions)) conversations interleaved, "
            + "\(Int(options.dutchShare * 100))% Dutch; "
            + workload.mix.sorted { $0.value > $1.value }.map { "\($0.key) \(percent(Double($0.value) / Double(workload.lines)))" }.joined(separator: ", "))
        say("medians of \(options.runs) run(s); ratio = quadrant / floor (or / the 1-session figure)\n")
        say(row("", "quadrant", "floor", "ratio", "target"))

        // Throughput: quadrant first, to learn the reply size the floor must match.
        var quadrantRuns: [ThroughputRun] = []
        var floorRuns: [ThroughputRun] = []
        for _ in 0..<options.runs {
            guard let run = Measure.throughput(serve, workload) else { return fail("quadrant serve did not start") }
            quadrantRuns.append(run)
            guard let floorRun = Measure.throughput(floor(quadrantRuns[0]), workload) else { return fail("the floor did not start") }
            floorRuns.append(floorRun)
        }
        let quadrantRate = median(quadrantRuns.map(\.linesPerSecond))
        let floorRate = median(floorRuns.map(\.linesPerSecond))
        say(row("throughput, turns/s", group(quadrantRate), group(floorRate), ratio(quadrantRate / floorRate),
                verdict(">= 0.25x", quadrantRate / floorRate >= 0.25)))
        say(row("  output per turn, bytes", group(Double(quadrantRuns[0].outputBytes) / Double(workload.lines)),
                group(Double(floorRuns[0].outputBytes) / Double(workload.lines)), "", ""))
        say(row("peak RSS, MiB", mebibytes(quadrantRuns.map(\.peakKiB).max()!), mebibytes(floorRuns.map(\.peakKiB).max()!), "", ""))

        // Interactive latency.
        let interactive = Workload(turns: options.latencyTurns, sessions: 20, dutchShare: options.dutchShare, prefix: "i")
        guard let events = Measure.eventsPerRequest(serve, interactive),
              let quadrantTimes = Measure.latency(serve, interactive, events: events),
              let floorTimes = Measure.latency(floor(quadrantRuns[0]), interactive, events: nil) else {
            return fail("the latency run did not start")
        }
        for (name, fraction) in [("p50", 0.5), ("p99", 0.99), ("p99.9", 0.999)] {
            let mine = Double(percentile(quadrantTimes, fraction)) / 1000
            let theirs = Double(percentile(floorTimes, fraction)) / 1000
            say(row("interactive \(name), µs", decimal(mine), decimal(theirs), ratio(mine / theirs),
                    name == "p99" ? verdict("< 2x", mine / theirs < 2) : ""))
        }

        // Start-up.
        guard let readyTimes = Measure.ready(serve, runs: options.readyRuns),
              let floorReady = Measure.ready(floor(quadrantRuns[0]), runs: options.readyRuns) else {
            return fail("the start-up run did not start")
        }
        let readyMs = Double(percentile(readyTimes, 0.5)) / 1e6
        say(row("exec -> ready, ms", decimal(readyMs), decimal(Double(percentile(floorReady, 0.5)) / 1e6), "",
                verdict("<= 10 ms", readyMs <= 10)))
        say(row("  min / max, ms", "\(decimal(Double(readyTimes.first!) / 1e6)) / \(decimal(Double(readyTimes.last!) / 1e6))", "", "", ""))
        guard let firstTimes = Measure.firstReply(serve, runs: options.readyRuns),
              let floorFirst = Measure.firstReply(floor(quadrantRuns[0]), runs: options.readyRuns) else {
            return fail("the first-reply run did not start")
        }
        let firstMs = Double(percentile(firstTimes, 0.5)) / 1e6
        let floorFirstMs = Double(percentile(floorFirst, 0.5)) / 1e6
        say(row("exec -> first reply, ms", decimal(firstMs), decimal(floorFirstMs), ratio(firstMs / floorFirstMs), ""))

        // Scale: live sessions.
        var base: Double?
        for live in options.liveCounts {
            guard let scale = Measure.scale(serve, live: live, options: options) else { return fail("the scale run did not start") }
            base = base ?? scale.nanosPerTurn
            say(row("\(group(live)) live: bytes/session", group(scale.bytesPerSession), "", "",
                    live >= 100_000 ? verdict("<= 2048", scale.bytesPerSession <= 2048) : ""))
            say(row("\(group(live)) live: µs/turn", decimal(scale.nanosPerTurn / 1000), "", ratio(scale.nanosPerTurn / base!),
                    live == options.liveCounts.first ? "" : verdict("<= 1.2x", scale.nanosPerTurn / base! <= 1.2)))
            if live == options.liveCounts.last { say(row("  peak RSS, MiB", mebibytes(scale.peakKiB), "", "", "")) }
        }

        // A lexicon ten times the built-in size.
        let path = "/tmp/quadrant-bench-lexicon-\(getpid()).txt"
        guard writeFile(path, SyntheticLexicon.tenfold()) else { return fail("cannot write \(path)") }
        defer { unlink(path) }
        let large = Program(path: options.binary, arguments: ["serve", "--lexicon", path])
        guard let tenfold = Measure.scale(large, live: 1, options: options),
              let largeReady = Measure.ready(large, runs: max(3, options.readyRuns / 3)) else {
            return fail("serve with the synthetic lexicon did not start")
        }
        say(row("10x lexicon: µs/turn", decimal(tenfold.nanosPerTurn / 1000), "", ratio(tenfold.nanosPerTurn / base!),
                verdict("<= 1.2x", tenfold.nanosPerTurn / base! <= 1.2)))
        say(row("10x lexicon: ready, ms", decimal(Double(percentile(largeReady, 0.5)) / 1e6), "", "", ""))

        // The journal.
        let journalPath = "/tmp/quadrant-bench-journal-\(getpid()).jsonl"
        defer { unlink(journalPath) }
        var journalRates: [Double] = []
        for _ in 0..<options.runs {
            unlink(journalPath)
            guard let run = Measure.throughput(Program(path: options.binary, arguments: ["serve", "--journal", journalPath]), workload) else { break }
            journalRates.append(run.linesPerSecond)
        }
        if journalRates.isEmpty {
            say(row("journal on, turns/s", "n/a (serve has no --journal)", "", "", ""))
        } else {
            let rate = median(journalRates)
            say(row("journal on, turns/s", group(rate), "", ratio(rate / quadrantRate) + " off",
                    verdict(">= 0.5x off", rate / quadrantRate >= 0.5)))
        }
        return 0
    }

    /// The floor program, replying with as many bytes per line as quadrant did.
    private func floor(_ quadrantRun: ThroughputRun) -> Program {
        let bytes = quadrantRun.outputBytes / max(1, options.turns)
        return Program(path: selfPath, arguments: ["floor", "--reply-bytes", String(bytes)])
    }

    private func fail(_ message: String) -> Int32 {
        complain("quadrant-bench: \(message)")
        return 1
    }

    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return count > 0 ? String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
    }
}

/// One line of the report, written at once so a slow run shows its progress.
private func say(_ line: String) {
    Array((line + "\n").utf8).withUnsafeBytes { _ = writeAll(1, $0) }
}

/// A line on standard error.
func complain(_ line: String) {
    Array((line + "\n").utf8).withUnsafeBytes { _ = writeAll(2, $0) }
}

private func row(_ name: String, _ mine: String, _ floor: String, _ ratio: String, _ target: String) -> String {
    pad(name, 28) + pad(mine, 14, right: true) + pad(floor, 14, right: true) + pad(ratio, 12, right: true) + "   " + target
}

private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let gap = String(repeating: " ", count: max(0, width - text.count))
    return right ? gap + text : text + gap
}

private func verdict(_ target: String, _ met: Bool) -> String { "\(target)  \(met ? "met" : "MISSED")" }
private func ratio(_ value: Double) -> String { decimal(value) + "x" }
private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
private func mebibytes(_ kib: Int) -> String { decimal(Double(kib) / 1024) }

private func decimal(_ value: Double) -> String {
    guard value.isFinite else { return "-" }
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return group(Double(hundredths / 100)) + "." + (fraction < 10 ? "0" : "") + String(fraction)
}

/// `57123.4` as `57,123`.
private func group(_ value: Double) -> String { group(Int(value.rounded())) }

private func group(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
        out.append(digit)
    }
    return (value < 0 ? "-" : "") + out
}

func writeFile(_ path: String, _ text: String) -> Bool {
    guard let file = fopen(path, "w") else { return false }
    defer { fclose(file) }
    return fputs(text, file) >= 0
}

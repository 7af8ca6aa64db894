import Glibc
import QuadrantKit

/// quadrant-bench: throughput, latency, start-up, memory and scale of `quadrant serve`, each beside a
/// minimal parse-and-reply floor measured in the same run. Exit status 0 when every run worked (targets
/// missed are reported, not failed), 1 when a program could not be run, 64 for a bad command line.
signal(SIGPIPE, SIG_IGN)
let arguments = Array(CommandLine.arguments.dropFirst())
let selfPath = Report.executablePath()

if arguments.first == "floor" {
    let size = arguments.count == 3 && arguments[1] == "--reply-bytes" ? Int(arguments[2]) : nil
    guard let size else {
        complain("usage: quadrant-bench floor --reply-bytes N")
        exit(64)
    }
    exit(Floor.run(replyBytes: size))
}
if arguments.first == "lexicon" {
    // The synthetic lexicon of the 10x run, to profile with: `quadrant serve --lexicon FILE`.
    guard arguments.count == 2, writeFile(arguments[1], SyntheticLexicon.tenfold()) else {
        complain("usage: quadrant-bench lexicon FILE")
        exit(64)
    }
    exit(0)
}
if arguments.contains("--help") || arguments.contains("-h") {
    print(BenchOptions.usage)
    exit(0)
}
let directory = selfPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
switch BenchOptions.parse(arguments, defaultBinary: directory + "/quadrant") {
case .failure(let error):
    complain("quadrant-bench: \(error.message)\n\n\(BenchOptions.usage)")
    exit(64)
case .success(let options):
    guard access(options.binary, X_OK) == 0 else {
        complain("quadrant-bench: no quadrant binary at \(options.binary); build it first (see README, Benchmarks)")
        exit(1)
    }
    if options.printTraffic {
        // The throughput run's requests, for profiling: `quadrant-bench --traffic | valgrind ... quadrant serve`.
        Workload(turns: options.turns, sessions: options.sessions, dutchShare: options.dutchShare).bytes.withUnsafeBytes { _ = writeAll(1, $0) }
        exit(0)
    }
    exit(Report(options: options, selfPath: selfPath).run())
}

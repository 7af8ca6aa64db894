import Foundation
import Testing

/// Runs the real `quadrant` binary over pipes and checks stdout, stderr and the exit status.
@Suite("The quadrant binary end to end", .serialized)
struct EndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL? {
        for candidate in [".build/debug/quadrant", ".build/x86_64-unknown-linux-gnu/debug/quadrant"] {
            let url = root.appendingPathComponent(candidate)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    struct Run {
        var stdout: String
        var stderr: String
        var status: Int32
        var lines: [[String: Any]] {
            stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
    }

    func run(_ arguments: [String], input: String) throws -> Run {
        let binary = try #require(Self.binary, "build the quadrant product first (swift build)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // A command that exits without reading its input closes the pipe: that is no failure of the test
        // (the non-throwing `write` would stop the whole test process on the broken pipe).
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self), status: process.terminationStatus)
    }

    @Test("the seed's walk piped into serve ends in a closed quadrant, in Dutch and English")
    func seedWalk() throws {
        for (language, words) in [("nl", ["klantgericht", "grenzeloos", "duidelijk", "star"]), ("en", ["customer-focused", "boundless", "clear", "rigid"])] {
            let input = ([#"{"type":"start","session":"s","lang":"\#(language)"}"#] + words.map { #"{"type":"say","session":"s","text":"\#($0)"}"# })
                .joined(separator: "\n") + "\n"
            let result = try run(["serve"], input: input)
            #expect(result.status == 0)
            let lines = result.lines
            #expect(lines.first?["type"] as? String == "ready")
            let quadrant = lines.first { $0["type"] as? String == "quadrant" }
            #expect(quadrant?["closed"] as? Bool == true, "\(language): \(result.stdout)")
        }
    }

    @Test("garbage gets one invalid_json error and the next ping is still answered; no trailing newline needed")
    func garbageThenPing() throws {
        let result = try run(["serve"], input: "this is not json\n{\"type\":\"ping\",\"id\":9}")
        #expect(result.status == 0)
        let types = result.lines.map { $0["type"] as? String }
        #expect(types == ["ready", "error", "pong"])
        #expect(result.lines[1]["code"] as? String == "invalid_json")
        #expect(result.lines[1]["line"] as? Int == 1)
        #expect(result.lines[2]["id"] as? Int == 9)
    }

    @Test("a line over the limit gets line_too_long, and the next line is served")
    func longLine() throws {
        let long = String(repeating: "x", count: 100_000)
        let result = try run(["serve", "--max-line", "65536"], input: "\(long)\n{\"type\":\"ping\"}\r\n")
        #expect(result.lines.map { $0["type"] as? String } == ["ready", "error", "pong"])
        #expect(result.lines[1]["code"] as? String == "line_too_long")
    }

    @Test("bad usage exits 64 with the usage on stderr")
    func usage() throws {
        let result = try run(["--bogus"], input: "")
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown option `--bogus`"))
        #expect(result.stdout.isEmpty)
    }

    @Test("a stray file name, or --lexicon-only without a file, is bad usage, not a crash", arguments: [
        (["serve", "my-lexicon.txt"], "`serve` takes no file `my-lexicon.txt`; give a lexicon file as --lexicon FILE"),
        (["serve", "--lexicon-only"], "--lexicon-only needs the files to use instead of the built-in lexicon: --lexicon FILE"),
    ])
    func strayArguments(arguments: [String], message: String) throws {
        let result = try run(arguments, input: "{\"type\":\"ping\"}\n")
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
        #expect(result.stdout.isEmpty)
    }

    @Test("--lexicon-only with a file of one language: that language knows its words, the other knows none")
    func lexiconOfOneLanguage() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("one-\(UUID().uuidString).txt")
        try "language: nl\nquality moed\n  forms: moedig\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(["serve", "--lexicon", file.path, "--lexicon-only"], input: """
            {"type":"suggest","word":"moedig","lang":"nl"}
            {"type":"suggest","word":"klantgericht","lang":"nl"}
            {"type":"suggest","word":"brave","lang":"en"}
            {"type":"start","session":"a","lang":"en"}
            {"type":"say","session":"a","text":"brave"}

            """)
        #expect(result.status == 0)
        #expect(result.lines.map { $0["type"] as? String } == ["ready", "suggestion", "suggestion", "suggestion", "reply", "reply"])
        #expect(result.lines.dropFirst().prefix(3).map { $0["known"] as? Bool } == [true, false, false])
    }

    @Test("lexicon check names each problem with its line and exits 1")
    func lexiconCheck() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).txt")
        try "language: nl\nquality moed\n  excess: durf\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(["lexicon", "check", file.path], input: "")
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(file.path):3: `durf` in `excess` is not a lemma"))
    }

    @Test("lexicon slips lists the words of a word list read as a slip of a lexicon word")
    func lexiconSlips() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("words-\(UUID().uuidString).txt")
        try "verlopen\nverlegen\nverlegene\ncomputer\nfiets\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(["lexicon", "slips", file.path, "--lang", "nl"], input: "")
        #expect(result.status == 0)
        // verlegen is a lexicon word, verlegene one of its endings, computer near none.
        #expect(result.stdout == "verlopen\tverlegen\tonzekerheid\nfiets\tflets\tkleurloosheid\n")
        #expect(try run(["lexicon", "slips", file.path], input: "").status != 0, "without --lang")
    }
}

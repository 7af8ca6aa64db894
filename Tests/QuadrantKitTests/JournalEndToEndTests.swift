import Foundation
import Testing
import QuadrantKit

/// `serve --journal` through the real binary: restarts rebuild every session, torn lines, file mode,
/// signals and compaction.
@Suite("The journal end to end", .serialized)
struct JournalEndToEndTests {
    let binary = EndToEndTests()

    func temporaryFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("quadrant-\(name)-\(UUID().uuidString)").path
    }

    /// Every dialogue script as protocol lines, its sessions renamed per script so they can share one process.
    static func dialogueLoad() throws -> (lines: [String], sessions: [String]) {
        var lines: [String] = []
        var sessions: [String] = []
        for (number, name) in DialogueTests.scripts.enumerated() {
            let text = try String(contentsOf: DialogueTests.folder.appendingPathComponent(name), encoding: .utf8)
            let script = try DialogueScript.parse(text).get()
            guard script.maximumSessions == nil else { continue }
            for turn in script.turns {
                let line = PortableStateTests.line(turn.input)
                guard line.count < 65_536, let text = String(validating: line, as: UTF8.self), !text.contains("\n") else { continue }
                guard case .object(var object)? = try? JSONReader.parse(line), let session = object["session"]?.string else {
                    lines.append(text)
                    continue
                }
                let renamed = "\(number)/\(session)"
                object["session"] = .string(renamed)
                if !sessions.contains(renamed) { sessions.append(renamed) }
                lines.append(JSONWriter.string(.object(object)))
            }
        }
        return (lines, sessions)
    }

    static func exports(_ sessions: [String]) -> String {
        sessions.map { JSONWriter.string(["type": "export", "session": .string($0), "id": .string($0)]) }.joined(separator: "\n") + "\n"
    }

    /// The `exported` and `error` lines answering `exports`, in order.
    static func answers(_ stdout: String, _ sessions: [String]) -> [String] {
        stdout.split(separator: "\n").map(String.init).filter { line in
            guard let object = (try? JSONReader.parse(line))?.object, let id = object["id"]?.string else { return false }
            return sessions.contains(id) && (object["type"] == "exported" || object["type"] == "error")
        }.map { $0.replacingOccurrences(of: #","line":\d+"#, with: "", options: .regularExpression) }
    }

    @Test("every dialogue through serve with a journal, then a restart: each session exports exactly as in a process that never stopped")
    func restartIsInvisible() throws {
        let (lines, sessions) = try Self.dialogueLoad()
        #expect(sessions.count >= 30)
        let journal = temporaryFile("journal")
        defer { try? FileManager.default.removeItem(atPath: journal) }
        let input = lines.joined(separator: "\n") + "\n"
        let first = try binary.run(["serve", "--journal", journal], input: input)
        #expect(first.status == 0)
        let restarted = try binary.run(["serve", "--journal", journal], input: Self.exports(sessions))
        let never = try binary.run(["serve"], input: input + Self.exports(sessions))
        let expected = Self.answers(never.stdout, sessions)
        #expect(expected.count == sessions.count)
        #expect(expected.contains { $0.contains("\"exported\"") } && expected.contains { $0.contains("unknown_session") })
        #expect(Self.answers(restarted.stdout, sessions) == expected)
        #expect(restarted.stderr.isEmpty, "\(restarted.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: journal)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("a torn last line is dropped with a warning, and the sessions before it are rebuilt")
    func tornLine() throws {
        let journal = temporaryFile("torn")
        defer { try? FileManager.default.removeItem(atPath: journal) }
        try (#"{"type":"start","session":"s","lang":"nl"}"# + "\n" + #"{"type":"say","session":"s","te"#).write(toFile: journal, atomically: false, encoding: .utf8)
        let result = try binary.run(["serve", "--journal", journal], input: #"{"type":"say","session":"s","text":"klantgericht"}"# + "\n")
        #expect(result.stderr.contains("ends in a torn line of 31 bytes"))
        #expect(result.status == 0)
        let reply = result.lines.last
        #expect((reply?["quadrant"] as? [String: Any])?["quality"] as? String == "klantgerichtheid")
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(text == #"{"type":"start","session":"s","lang":"nl"}"# + "\n" + #"{"type":"say","session":"s","text":"klantgericht"}"# + "\n")
    }

    @Test("journal compact keeps only the lines of live sessions; a journal in use is refused")
    func compact() throws {
        let journal = temporaryFile("compact")
        defer { try? FileManager.default.removeItem(atPath: journal) }
        let input = [#"{"type":"start","session":"a","lang":"nl"}"#, #"{"type":"start","session":"b","lang":"en"}"#,
                     #"{"type":"ping"}"#, #"{"type":"say","session":"a","text":"klantgericht"}"#, #"{"type":"end","session":"b"}"#]
        _ = try binary.run(["serve", "--journal", journal], input: input.joined(separator: "\n") + "\n")
        #expect(try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n").count == 4)
        let result = try binary.run(["journal", "compact", journal], input: "")
        #expect(result.status == 0)
        #expect(result.stdout == "\(journal): 4 lines, 2 kept for 1 live sessions\n")
        #expect(try String(contentsOfFile: journal, encoding: .utf8) == input[0] + "\n" + input[3] + "\n")

        let holder = Process()
        holder.executableURL = EndToEndTests.binary
        holder.arguments = ["serve", "--journal", journal]
        let (stdin, stdout) = (Pipe(), Pipe())
        holder.standardInput = stdin
        holder.standardOutput = stdout
        try holder.run()
        _ = stdout.fileHandleForReading.availableData
        let second = try binary.run(["serve", "--journal", journal], input: "")
        #expect(second.status == 1)
        #expect(second.stderr.contains("in use by another quadrant process"))
        try stdin.fileHandleForWriting.close()
        holder.waitUntilExit()
    }

    @Test("SIGTERM: the line read is answered and journaled, then exit 0")
    func sigterm() throws {
        let journal = temporaryFile("sigterm")
        defer { try? FileManager.default.removeItem(atPath: journal) }
        let process = Process()
        process.executableURL = try #require(EndToEndTests.binary)
        process.arguments = ["serve", "--journal", journal]
        let (stdin, stdout) = (Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        let line = #"{"type":"start","session":"s","lang":"en","id":1}"#
        try stdin.fileHandleForWriting.write(contentsOf: Data((line + "\n" + #"{"type":"say","se"#).utf8))
        var received = ""
        while !received.contains(#""id":1"#) {
            let data = stdout.fileHandleForReading.availableData
            try #require(!data.isEmpty, "serve ended before answering")
            received += String(decoding: data, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(try String(contentsOfFile: journal, encoding: .utf8) == line + "\n")
    }
}

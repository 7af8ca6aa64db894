import Foundation
import Testing

/// Byte-level hostile input through the real binary: what only the host's line reader sees.
@Suite("The quadrant binary with hostile bytes", .serialized)
struct EndToEndLimitTests {
    /// A running `quadrant serve` whose stdin stays open, so it can be inspected between lines.
    struct Server {
        let process = Process()
        let stdin = Pipe()
        let stdout = Pipe()
        var received: [UInt8] = []

        init(_ arguments: [String] = []) throws {
            process.executableURL = try #require(EndToEndTests.binary, "build the quadrant product first (swift build)")
            process.arguments = ["serve"] + arguments
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        func send(_ bytes: [UInt8]) throws {
            try stdin.fileHandleForWriting.write(contentsOf: Data(bytes))
        }

        /// Reads until `count` lines have come in total, and returns them all as JSON objects.
        mutating func lines(_ count: Int) -> [[String: Any]] {
            while received.count(where: { $0 == 10 }) < count {
                let chunk = stdout.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                received += chunk
            }
            return received.split(separator: 10).compactMap { try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] }
        }

        /// The most memory the process has held so far, in KiB (`VmHWM`).
        var peakMemory: Int? {
            guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
            return Int(line.split(separator: " ")[1])
        }

        /// Closes stdin, reads the rest of stdout and returns the exit status.
        mutating func finish() throws -> Int32 {
            try stdin.fileHandleForWriting.close()
            received += stdout.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    @Test("invalid UTF-8, NUL, CRLF, a BOM, blank lines and no last newline: one answer each, in order")
    func bytes() throws {
        var server = try Server()
        var input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"type\":\"ping\",\"id\":1}\r\n".utf8)
        input += Array("{\"type\":\"say\",\"session\":\"s\",\"text\":\"caf".utf8) + [0xE9] + Array("\"}\n".utf8)
        input += [0x00, 0x0A] + Array("{\"type\":\"ping\"}".utf8) + [0x00, 0x0A]
        input += Array("\n   \t\r\n\r\n{\"type\":\"start\",\"session\":\"s\",\"lang\":\"nl\",\"id\":2}\r\n".utf8)
        input += [0xFF, 0xFE, 0x0A] + Array("{\"type\":\"ping\",\"id\":3}".utf8)
        try server.send(input)
        #expect(try server.finish() == 0)
        let lines = server.lines(Int.max)
        #expect(lines.map { $0["type"] as? String } == ["ready", "pong", "error", "error", "error", "reply", "error", "pong"])
        #expect(lines.map { $0["code"] as? String } == [nil, nil, "invalid_utf8", "invalid_json", "invalid_json", nil, "invalid_utf8", nil])
        #expect(lines.compactMap { $0["line"] as? Int } == [2, 3, 4, 9])
        #expect(lines.compactMap { $0["id"] as? Int } == [1, 2, 3])
    }

    @Test("a 10 MiB line gets line_too_long without being held in memory; the next line is served")
    func tenMebibytes() throws {
        var baseline = try Server()
        try baseline.send(Array("{\"type\":\"ping\"}\n".utf8))
        _ = baseline.lines(2)
        let before = try #require(baseline.peakMemory)
        _ = try baseline.finish()

        var server = try Server()
        let size = 10 * 1024 * 1024
        let writer = Thread { [input = server.stdin.fileHandleForWriting] in
            let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
            // Written with the throwing call: a broken pipe fails the expectations below, not the process.
            for _ in 0..<10 { try? input.write(contentsOf: chunk) }
            try? input.write(contentsOf: Data("\n{\"type\":\"ping\",\"id\":\"after\"}\n".utf8))
        }
        writer.start()
        let lines = server.lines(3)
        let peak = try #require(server.peakMemory)
        #expect(try server.finish() == 0)
        #expect(lines.map { $0["type"] as? String } == ["ready", "error", "pong"])
        #expect(lines[1]["code"] as? String == "line_too_long")
        #expect((lines[1]["message"] as? String)?.contains("\(size) bytes") == true)
        #expect(lines[2]["id"] as? String == "after")
        #expect(peak - before < 2 * 1024, "peak memory grew by \(peak - before) KiB reading a 10 MiB line")
    }

    @Test("the limit counts the line without its line ending: 65,536 bytes pass with CRLF, 65,537 do not")
    func limitBoundary() throws {
        func ping(_ size: Int, id: String) -> [UInt8] {
            let head = Array("{\"type\":\"ping\",\"id\":\"\(id)\",\"pad\":\"".utf8), tail = Array("\"}".utf8)
            return head + [UInt8](repeating: UInt8(ascii: "p"), count: size - head.count - tail.count) + tail
        }
        var server = try Server()
        try server.send(ping(65_536, id: "exact") + [13, 10] + ping(65_537, id: "over") + [10] + ping(65_536, id: "last"))
        #expect(try server.finish() == 0)
        let lines = server.lines(Int.max)
        #expect(lines.map { $0["type"] as? String } == ["ready", "pong", "error", "pong"])
        #expect(lines[1]["id"] as? String == "exact")
        #expect(lines[2]["code"] as? String == "line_too_long")
        #expect((lines[2]["message"] as? String)?.hasPrefix("the line is 65537 bytes") == true)
        #expect(lines[3]["id"] as? String == "last")
    }

    @Test("the session limit answers the line that would exceed it; the first session carries on")
    func sessionLimit() throws {
        var server = try Server(["--max-sessions", "1"])
        try server.send(Array("""
        {"type":"start","session":"a","lang":"en"}
        {"type":"start","session":"b","id":"b"}
        {"type":"say","session":"a","text":"customer focused"}

        """.utf8))
        #expect(try server.finish() == 0)
        let lines = server.lines(Int.max)
        #expect(lines.map { $0["type"] as? String } == ["ready", "reply", "error", "reply"])
        #expect(lines[2]["code"] as? String == "session_limit")
        #expect(lines[2]["line"] as? Int == 2)
        #expect(lines[3]["stage"] as? String == "pitfall")
    }
}

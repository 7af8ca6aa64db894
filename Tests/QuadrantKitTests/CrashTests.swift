import Foundation
import Testing
import QuadrantKit

/// SIGKILL during a journaled load, many times: after every restart each session is exactly what a
/// reference service makes of a prefix of the load that includes every line the host got an answer to.
@Suite("Crash recovery with a journal", .serialized)
struct CrashTests {
    /// One spawned `quadrant serve --journal` with raw pipes.
    final class Server: @unchecked Sendable {
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        private var buffer: [UInt8] = []

        init(binary: URL, arguments: [String]) throws {
            process.executableURL = binary
            process.arguments = arguments
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        /// The next complete output line, or nil at end of output or after `seconds`.
        func line(within seconds: Int32 = 10) -> [UInt8]? {
            while true {
                if let newline = buffer.firstIndex(of: 10) {
                    defer { buffer.removeSubrange(...newline) }
                    return Array(buffer[..<newline])
                }
                var descriptor = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&descriptor, 1, seconds * 1000) > 0 else { return nil }
                var chunk = [UInt8](repeating: 0, count: 65_536)
                let count = chunk.withUnsafeMutableBytes { read(descriptor.fd, $0.baseAddress!, $0.count) }
                guard count > 0 else { return nil }
                buffer += chunk[..<count]
            }
        }

        func send(_ lines: ArraySlice<[UInt8]>) {
            var bytes: [UInt8] = []
            for line in lines { bytes += line + [10] }
            let descriptor = input.fileHandleForWriting.fileDescriptor
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
                guard written > 0 else { return }
                offset += written
            }
        }

        func kill() {
            _ = Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()
        }
    }

    /// A load of interleaved walks in Dutch and English, with stateless requests mixed in; every line's
    /// `id` is its index, so the highest id in the output says how many lines were answered.
    static func load(sessions: Int, generator: inout some RandomNumberGenerator) -> (lines: [[UInt8]], names: [String]) {
        let walks: [(String, [String])] = [
            ("nl", ["klantgericht", "grenzeloos", "duidelijk", "star", "ja", "bij de balie", "vaker nee zeggen"]),
            ("nl", ["efficiënt", "gehaast", "terug", "gehaast", "zorgvuldig", "traag", "status", "ja"]),
            ("en", ["customer focused", "boundless", "clear", "rigid", "yes", "at the desk", "say no sooner"]),
            ("en", ["hello", "customer oriented", "boundless", "back", "boundless", "stop"]),
        ]
        var queues: [[JSONValue]] = []
        var names: [String] = []
        for index in 0..<sessions {
            let (language, words) = walks[index % walks.count]
            let name = "\(language)-\(index)"
            names.append(name)
            queues.append([["type": "start", "session": .string(name), "lang": .string(language)]]
                + words.map { ["type": "say", "session": .string(name), "text": .string($0)] })
        }
        var lines: [[UInt8]] = []
        while let open = queues.indices.filter({ !queues[$0].isEmpty }).randomElement(using: &generator) {
            let request: JSONValue = switch Int.random(in: 0..<12, using: &generator) {
            case 0: ["type": "ping"]
            case 1: ["type": "suggest", "word": "star", "lang": "nl"]
            default: queues[open].removeFirst()
            }
            guard case .object(var object) = request else { continue }
            object["id"] = .number(String(lines.count))
            lines.append(Array(JSONWriter.string(.object(object)).utf8))
        }
        return (lines, names)
    }

    /// The reference: the same engine in-process, advanced one line at a time.
    struct Reference {
        var service: Service
        var position = 0
        let lines: [[UInt8]]

        mutating func advance() {
            _ = service.handle(line: lines[position])
            position += 1
        }

        func state(_ name: String) -> String? { service.sessions[name].map(PortableState.encode) }
    }

    @Test("SIGKILL at random points, restart, and every session matches the answered prefix of the load")
    func sigkill() throws {
        signal(SIGPIPE, SIG_IGN)
        let binary = try #require(EndToEndTests.binary, "build the quadrant product first (swift build)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quadrant-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var sources: [LexiconSource] = []
        for (name, text) in [("nl.txt", Fixtures.dutch), ("en.txt", Fixtures.english)] {
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            sources.append(LexiconSource(name: path, text: text))
        }
        let engine = Engine(lexicons: Lexicons.standard(adding: sources, replacing: true).0)
        let seed = UInt64(Date().timeIntervalSince1970 * 1000)
        var generator = SeededGenerator(seed: seed)
        let started = Date()
        var (kills, rounds, linesServed) = (0, 0, 0)

        // Rounds of a fresh journal and load, so journals stay small enough to replay quickly in a debug build.
        while kills < 100 && Date().timeIntervalSince(started) < 30 {
            rounds += 1
            let journal = folder.appendingPathComponent("journal-\(rounds)").path
            let arguments = ["serve", "--journal", journal, "--lexicon-only"] + sources.flatMap { ["--lexicon", $0.name] }
            let (lines, names) = Self.load(sessions: 40, generator: &generator)
            var reference = Reference(service: Service(engine: engine), lines: lines)
            var server = try Server(binary: binary, arguments: arguments)
            #expect(server.line() != nil, "ready")

            while reference.position < lines.count {
                // Send a few lines beyond what will be waited for, and kill after a random number of answers:
                // the process is then reading, serving, syncing or writing a later batch.
                let target = reference.position + Int.random(in: 1...min(12, lines.count - reference.position), using: &generator)
                let rest = lines[reference.position..<min(lines.count, target + Int.random(in: 0...24, using: &generator))]
                let chunk = Int.random(in: 1...8, using: &generator)
                let writer = Thread { [server] in
                    var start = rest.startIndex
                    while start < rest.endIndex {
                        server.send(rest[start..<min(start + chunk, rest.endIndex)])
                        start += chunk
                    }
                }
                writer.start()
                var answered = reference.position
                while answered < target, let line = server.line(),
                      let id = (try? JSONReader.parse(line))?.object?["id"]?.int {
                    answered = id + 1
                }
                if Bool.random(using: &generator) { usleep(UInt32.random(in: 0...1_000, using: &generator)) }
                server.kill()
                kills += 1
                while !writer.isFinished { usleep(100) }

                // Restart: every session must be the reference after some prefix that covers every answer.
                server = try Server(binary: binary, arguments: arguments)
                #expect(server.line() != nil, "ready after kill \(kills)")
                server.send(names.map { Array(JSONWriter.string(["type": "export", "session": .string($0)]).utf8) }[...])
                var recovered: [String: String] = [:]
                for name in names {
                    let event = try #require(server.line().flatMap { try? JSONReader.parse($0) }?.object)
                    if event["type"] == "exported" { recovered[name] = event["state"]?.string }
                }
                while reference.position < answered { reference.advance() }
                var differing = Set(names.filter { reference.state($0) != recovered[$0] })
                while !differing.isEmpty && reference.position < lines.count {
                    let name = (try? JSONReader.parse(lines[reference.position]))?.object?["session"]?.string
                    reference.advance()
                    guard let name else { continue }
                    if reference.state(name) == recovered[name] { differing.remove(name) } else { differing.insert(name) }
                }
                try #require(differing.isEmpty, "after kill \(kills) (seed \(seed)): \(differing.sorted().prefix(5)) differ; \(answered) lines were answered")
            }
            server.kill()
            linesServed += lines.count
        }
        let seconds = Date().timeIntervalSince(started)
        print("crash test: \(kills) SIGKILLs in \(rounds) rounds, \(linesServed) load lines all recovered, \(String(format: "%.1f", seconds)) s, seed \(seed)")
        #expect(kills >= 20, "too few kills to mean much; the machine is very slow")
    }
}

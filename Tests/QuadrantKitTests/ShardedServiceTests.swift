import Dispatch
import Foundation
import Testing
import QuadrantKit

/// Serving batches over shards on several threads answers byte for byte as one `Service` in order.
@Suite("Sharded service")
struct ShardedServiceTests {
    /// Every dialogue's lines, the scripts interleaved a line at a time like concurrent conversations
    /// (where their sessions share a name they meet: the reference decides what happens then).
    static let lines: [ShardedService.Line] = {
        let scripts = DialogueTests.scripts.map { name -> [ShardedService.Line] in
            let text = (try? String(contentsOf: DialogueTests.folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return ((try? DialogueScript.parse(text).get())?.turns ?? []).map {
                let line = PortableStateTests.line($0.input)
                return line.count > 65_536 ? .tooLong(length: line.count, limit: 65_536) : .line(line)
            }
        }
        return (0..<(scripts.map(\.count).max() ?? 0)).flatMap { turn in scripts.compactMap { turn < $0.count ? $0[turn] : nil } }
    }()

    /// What one service serving `lines` in order writes, and which lines it journals.
    static func reference(_ lines: [ShardedService.Line], maximumSessions: Int = 1_000_000) -> (bytes: [UInt8], journaled: [Bool]) {
        var service = Service(engine: PortableStateTests.engine, maximumSessions: maximumSessions)
        var bytes: [UInt8] = []
        var journaled: [Bool] = []
        for (index, line) in lines.enumerated() {
            var events: [AddressedEvent]
            switch line {
            case .line(let line):
                let served = service.serve(line: line, lineNumber: index + 1)
                events = served.events
                journaled.append(served.journaled)
            case .tooLong(let length, let limit):
                events = [AddressedEvent(id: nil, .error(.lineTooLong(length: length, limit: limit), line: index + 1))]
                journaled.append(false)
            }
            for event in events {
                event.encoded(into: &bytes)
                bytes.append(10)
            }
        }
        return (bytes, journaled)
    }

    /// The same lines through `sharded` in batches of `batch`, on real threads.
    static func sharded(_ lines: [ShardedService.Line], _ sharded: ShardedService, batch: Int) -> (bytes: [UInt8], journaled: [Bool]) {
        var bytes: [UInt8] = []
        var journaled: [Bool] = []
        for start in stride(from: 0, to: lines.count, by: batch) {
            let part = Array(lines[start..<min(start + batch, lines.count)])
            let answers = sharded.serve(part, firstLineNumber: start + 1) { count, body in
                DispatchQueue.concurrentPerform(iterations: count, execute: body)
            }
            #expect(answers.count == part.count)
            for index in part.indices {
                answers.write(index, into: &bytes)
                journaled.append(answers.journaled(index))
            }
        }
        return (bytes, journaled)
    }

    /// Compares two outputs line by line, reporting the first line that differs rather than every byte.
    static func expectSame(_ actual: [UInt8], _ expected: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let actualLines = actual.split(separator: 10, omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: 10, omittingEmptySubsequences: false)
        let differs = actualLines.count != expectedLines.count || zip(actualLines, expectedLines).contains { $0 != $1 }
        let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        let text = { (line: ArraySlice<UInt8>) in String(decoding: line, as: UTF8.self) }
        #expect(!differs, "\(actualLines.count) lines, expected \(expectedLines.count); first difference: \(first.map { "line \($0.offset + 1): \(text($0.element.0)) instead of \(text($0.element.1))" } ?? "none in the common part")", sourceLocation: sourceLocation)
    }

    static func expectSame(_ actual: (bytes: [UInt8], journaled: [Bool]), _ expected: (bytes: [UInt8], journaled: [Bool]), sourceLocation: SourceLocation = #_sourceLocation) {
        expectSame(actual.bytes, expected.bytes, sourceLocation: sourceLocation)
        let sameJournal = actual.journaled == expected.journaled
        #expect(sameJournal, "journaled lines differ", sourceLocation: sourceLocation)
    }

    @Test("every dialogue's lines, in batches of any size over any number of shards", arguments: [(1, 1), (2, 16), (3, 50), (4, 1_000)])
    func sameAnswers(shards: Int, batch: Int) {
        #expect(Self.lines.count > 300)
        let expected = Self.reference(Self.lines)
        let actual = Self.sharded(Self.lines, ShardedService(Service(engine: PortableStateTests.engine), count: shards), batch: batch)
        Self.expectSame(actual, expected)
    }

    @Test("near the session limit, batches give the same session_limit errors as one service")
    func sessionLimit() {
        // Opening, ending and reopening around a limit of 5 live sessions, in batches that could cross it.
        let lines: [ShardedService.Line] = (0..<120).map { index in
            let name = "s\(index % 9)"
            let json = index % 4 == 3 ? #"{"type":"end","session":"\#(name)"}"# : #"{"type":"start","session":"\#(name)","lang":"en"}"#
            return .line(Array(json.utf8))
        }
        let expected = Self.reference(lines, maximumSessions: 5)
        #expect(String(decoding: expected.bytes, as: UTF8.self).contains("session_limit"))
        let actual = Self.sharded(lines, ShardedService(Service(engine: PortableStateTests.engine, maximumSessions: 5), count: 3), batch: 40)
        Self.expectSame(actual, expected)
    }

    @Test("a service with live sessions is split without losing any")
    func split() {
        let requests = Self.lines.compactMap { if case .line(let line) = $0 { return line } else { return nil } }
        var service = Service(engine: PortableStateTests.engine)
        for line in requests[..<(requests.count / 2)] { _ = service.serve(line: line) }
        let rest = requests[(requests.count / 2)...].map { ShardedService.Line.line($0) }
        let sharded = ShardedService(service, count: 3)
        #expect(sharded.sessionCount == service.sessions.count && service.sessions.count > 3)
        var reference = service
        var expected: [UInt8] = []
        for (index, line) in requests[(requests.count / 2)...].enumerated() {
            for event in reference.serve(line: line, lineNumber: index + 1).events {
                event.encoded(into: &expected)
                expected.append(10)
            }
        }
        Self.expectSame(Self.sharded(rest, sharded, batch: 64).bytes, expected)
    }
}

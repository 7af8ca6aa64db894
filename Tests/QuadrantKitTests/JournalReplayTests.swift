import Testing
import QuadrantKit

/// Which lines a journal keeps, and that replaying them (compacted or not) rebuilds the same sessions.
@Suite("Journal replay and compaction")
struct JournalReplayTests {
    static func bytes(_ line: String) -> [UInt8] { Array(line.utf8) }

    @Test("only accepted requests that change a session are journaled")
    func journaled() {
        var service = Service(engine: Fixtures.engine, maximumSessions: 1)
        let cases: [(String, Bool)] = [
            (#"{"type":"ping"}"#, false),
            (#"{"type":"suggest","word":"star"}"#, false),
            (#"{"type":"start","session":"a","lang":"nl"}"#, true),
            (#"{"type":"say","session":"a","text":"klantgericht"}"#, true),
            (#"{"type":"export","session":"a"}"#, false),
            (#"{"type":"render","session":"a"}"#, false),
            (#"{"type":"say","session":"b","text":"hoi"}"#, false),
            (#"{"type":"say","session":"a","text":"\u0001"}"#, false),
            ("not json", false),
            ("", false),
            (#"{"type":"end","session":"nobody"}"#, false),
            (#"{"type":"end","session":"a"}"#, true),
        ]
        for (line, expected) in cases {
            #expect(service.serve(line: Self.bytes(line)).journaled == expected, "\(line)")
        }
    }

    @Test("compaction keeps the lines of live sessions since they were last opened, and replays to the same sessions")
    func compaction() {
        let lines = [
            #"{"type":"start","session":"a","lang":"nl"}"#,     // 0 dropped: a starts over at 4, ends at 7
            #"{"type":"say","session":"b","text":"klantgericht"}"#, // 1 kept: b opened by say
            #"{"type":"say","session":"a","text":"klantgericht"}"#, // 2 dropped
            #"{"type":"say","session":"c","text":"efficiënt"}"#,    // 3 dropped: c ends at 6
            #"{"type":"start","session":"a","lang":"en"}"#,      // 4 dropped
            #"{"type":"say","session":"b","text":"grenzeloos"}"#,   // 5 kept
            #"{"type":"end","session":"c"}"#,                    // 6 dropped
            #"{"type":"say","session":"a","text":"stop"}"#,      // 7 dropped: a ended by stop
            #"{"type":"say","session":"a","text":"hoi"}"#,       // 8 kept: a opened again
        ].map(Self.bytes)
        var full = JournalReplay(service: Service(engine: Fixtures.engine))
        lines.forEach { full.replay($0) }
        #expect(full.keptLines == [1, 5, 8])
        #expect(full.problems.isEmpty)
        var compacted = JournalReplay(service: Service(engine: Fixtures.engine))
        full.keptLines.forEach { compacted.replay(lines[$0]) }
        #expect(compacted.service.sessions == full.service.sessions)
        #expect(compacted.keptLines == [0, 1, 2])
    }

    @Test("a line that does not replay is reported, not fatal")
    func problems() {
        var replay = JournalReplay(service: Service(engine: Fixtures.engine, maximumSessions: 1))
        for line in [#"{"type":"start","session":"a"}"#, "garbage", #"{"type":"ping"}"#, #"{"type":"start","session":"b"}"#] {
            replay.replay(Self.bytes(line))
        }
        #expect(replay.problems.map(\.line) == [1, 2, 3])
        #expect(replay.problems.last?.message.hasPrefix("session_limit") == true)
        #expect(replay.service.sessions.keys.sorted() == ["a"])
    }
}

import Testing
import QuadrantKit

/// `replay --update` rewrites turns too; a raw line must come back as readable as it went in.
@Suite("Replay keeps raw bytes visible")
struct DialogueReplayBytesTests {
    @Test("control bytes and a byte order mark stay \\xNN escapes after --update", arguments: [
        #">bytes \xef\xbb\xbf{"type":"ping"}"#,
        #">bytes {"type":"say","session":"s","text":"a\x00b"}"#,
        #">bytes \x1b[2J"#,
    ])
    func rawLineSurvivesUpdate(line: String) throws {
        let script = try DialogueScript.parse(line + "\n").get()
        let outcome = DialogueReplay(engine: Fixtures.engine).run(script)
        #expect(outcome.updatedText.split(separator: "\n").first.map(String.init) == line)
    }
}

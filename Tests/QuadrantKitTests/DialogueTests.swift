import Foundation
import Testing
import QuadrantKit

/// Replays every script in `Dialogues/` against the built-in lexicon, as `quadrant replay` does.
@Suite("Dialogues")
struct DialogueTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Dialogues")

    static var scripts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".dialogue") }.sorted()
    }

    static let replay: DialogueReplay = {
        let (lexicons, _) = Lexicons.standard()
        return DialogueReplay(engine: Engine(lexicons: lexicons))
    }()

    @Test("there are dialogue scripts to replay")
    func present() {
        #expect(Self.scripts.count >= 10)
    }

    @Test("each script replays without a mismatch", arguments: scripts)
    func replays(name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let script = try DialogueScript.parse(text).get()
        #expect(!script.turns.isEmpty)
        let outcome = Self.replay.run(script)
        #expect(outcome.passed, "\(name):\n\(outcome.mismatches.map(\.description).joined(separator: "\n"))")
    }
}

@Suite("The dialogue script format")
struct DialogueScriptTests {
    let replay = DialogueReplay(engine: Fixtures.engine)

    @Test("a wrong expectation fails, and --update rewrites it with what came")
    func mismatchAndUpdate() throws {
        let text = """
        # ping
        > {"type":"ping","id":1}
        < {"type":"pong","id":2}
        """
        let outcome = replay.run(try DialogueScript.parse(text).get())
        #expect(!outcome.passed)
        #expect(outcome.mismatches.first?.line == 2)
        #expect(outcome.updatedText == "# ping\n> {\"type\":\"ping\",\"id\":1}\n< {\"type\":\"pong\",\"id\":1}")
        #expect(replay.run(try DialogueScript.parse(outcome.updatedText).get()).passed)
    }

    @Test("partial expectations, text patterns, options and open turns")
    func partials() throws {
        let text = """
        session: s
        > {"type":"start","session":"s","lang":"nl"}
        bot~ Waar is jullie team echt goed in?
        you: klantgericht
        <~ {"type":"reply","stage":"pitfall","quadrant":{"quality":"klantgerichtheid"}}
        you: grenzeloos
        bot~ positieve tegenovergestelde
        you: duidelijk
        ...
        """
        #expect(replay.run(try DialogueScript.parse(text).get()).passed)
        let missing = try DialogueScript.parse("> {\"type\":\"ping\"}\n< {\"type\":\"pong\"}\n< {\"type\":\"pong\"}").get()
        #expect(replay.run(missing).mismatches.map(\.actual) == ["no event"])
        let extra = try DialogueScript.parse("> {\"type\":\"start\",\"session\":\"s\"}").get()
        #expect(replay.run(extra).mismatches.count == 1, "an unexpected event fails unless `...` allows it")
    }

    @Test("a line the format does not know is an error with its line number")
    func badScript() {
        #expect(throws: ScriptError(line: 2, message: "cannot read this line; see Dialogues/README.md for the format")) {
            try DialogueScript.parse("> {\"type\":\"ping\"}\nwhat is this").get()
        }
    }
}

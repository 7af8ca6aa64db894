/// A dialogue script from `Dialogues/`: turns to send and the events expected back.
///
/// The format (described for people in `Dialogues/README.md`):
/// ```
/// # comment
/// session: s1                      the session that `you:` turns speak in
/// max-sessions: 2                  the service's session limit (default: unlimited)
/// > {"type":"start","session":"s1","lang":"nl"}    a raw protocol line
/// >bytes {"text":"\xff"}            a raw line with \xNN byte escapes
/// >long 70000                       a line of that many bytes
/// you: wij zijn erg klantgericht   a `say` in the current session
/// you(Anna): @quadrant grenzeloos  a `say` by participant Anna (id `anna`) in a team game
/// you(Anna, mentioned): grenzeloos the same, with `"mentioned":true` from the bridge
/// bot: Klantgerichtheid, mooi. …   a `reply` whose text is exactly this
///   | second line of that text
///   [grenzeloosheid] [meegaandheid] [iets anders]    its option labels
/// bot~ doorschieten                a `reply` whose text contains this
/// < {"type":"pong"}                an event, exactly (key order free)
/// <~ {"type":"quadrant","closed":true}             an event with at least these fields
/// ...                              any further events of this turn are not checked
/// ```
public struct DialogueScript: Sendable {
    /// One turn: what is sent, and what is expected back.
    public struct Turn: Sendable {
        public var line: Int
        public var input: Input
        public var expectations: [Expectation]
        /// True when `...` ends the expectations: further events are not checked.
        public var open: Bool
        /// The lines of the script between this turn and the next (comments, blank lines, `session:`).
        var trailer: [String]
    }

    public enum Input: Sendable {
        case raw([UInt8])
        case say(session: String, text: String, participant: Participant? = nil, mentioned: Bool = false)
    }

    public enum Expectation: Sendable, Equatable {
        case exact(JSONValue)
        case partial(JSONValue)
        case replyText(String, options: [String]?)
        case replyContains(String)
    }

    /// The lines before the first turn.
    var header: [String]
    public var turns: [Turn]
    /// The most sessions the replayed service keeps, when the script sets it.
    public var maximumSessions: Int?

    /// Reads a script; a line that cannot be understood is an error naming its line.
    public static func parse(_ text: String) -> Result<DialogueScript, ScriptError> {
        var script = DialogueScript(header: [], turns: [])
        var session = "dialogue"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        func appendLoose(_ line: String) {
            if script.turns.isEmpty { script.header.append(line) } else { script.turns[script.turns.count - 1].trailer.append(line) }
        }
        func addExpectation(_ expectation: Expectation, at number: Int) throws(ScriptError) {
            guard !script.turns.isEmpty else { throw ScriptError(line: number, message: "an expectation needs a turn (`>` or `you:`) above it") }
            guard script.turns[script.turns.count - 1].trailer.isEmpty else {
                throw ScriptError(line: number, message: "expectations must follow their turn directly")
            }
            script.turns[script.turns.count - 1].expectations.append(expectation)
        }
        do throws(ScriptError) {
            while index < lines.count {
                let line = lines[index]
                let number = index + 1
                index += 1
                if line.hasPrefix("max-sessions:") {
                    guard let limit = Int(line.dropFirst(13).trimmingSpaces()), limit > 0 else {
                        throw ScriptError(line: number, message: "`max-sessions:` needs a positive number")
                    }
                    script.maximumSessions = limit
                    appendLoose(line)
                } else if line.hasPrefix("session:") {
                    session = String(line.dropFirst(8)).trimmingSpaces()
                    appendLoose(line)
                } else if line.hasPrefix("you:") {
                    let text = String(line.dropFirst(4)).trimmingSpaces()
                    script.turns.append(Turn(line: number, input: .say(session: session, text: text), expectations: [], open: false, trailer: []))
                } else if line.hasPrefix("you("), let close = line.firstIndex(of: ")"), line[line.index(after: close)...].hasPrefix(":") {
                    let inside = line[line.index(line.startIndex, offsetBy: 4)..<close].split(separator: ",").map { String($0).trimmingSpaces() }
                    guard let name = inside.first, !name.isEmpty, inside.dropFirst().allSatisfy({ $0 == "mentioned" }) else {
                        throw ScriptError(line: number, message: "write `you(Name): text` or `you(Name, mentioned): text`")
                    }
                    let text = String(line[line.index(close, offsetBy: 2)...]).trimmingSpaces()
                    script.turns.append(Turn(line: number, input: .say(session: session, text: text, participant: Participant(id: name.lowercased(), name: name),
                                                                        mentioned: inside.count > 1), expectations: [], open: false, trailer: []))
                } else if line.hasPrefix(">long ") {
                    guard let count = Int(line.dropFirst(6).trimmingSpaces()), (0...Self.longestLine).contains(count) else {
                        throw ScriptError(line: number, message: "`>long` needs a byte count up to \(Self.longestLine)")
                    }
                    script.turns.append(Turn(line: number, input: .raw([UInt8](repeating: UInt8(ascii: "x"), count: count)), expectations: [], open: false, trailer: []))
                } else if line.hasPrefix(">bytes ") {
                    script.turns.append(Turn(line: number, input: .raw(try unescape(String(line.dropFirst(7)), line: number)), expectations: [], open: false, trailer: []))
                } else if line.hasPrefix(">") {
                    let raw = line.dropFirst().first == " " ? String(line.dropFirst(2)) : String(line.dropFirst())
                    script.turns.append(Turn(line: number, input: .raw(Array(raw.utf8)), expectations: [], open: false, trailer: []))
                } else if line.hasPrefix("bot:") {
                    var text = String(line.dropFirst(4)).trimmingSpaces()
                    while index < lines.count, lines[index].hasPrefix("  | ") || lines[index] == "  |" {
                        text += "\n" + String(lines[index].dropFirst(4))
                        index += 1
                    }
                    var options: [String]?
                    if index < lines.count, lines[index].hasPrefix("  [") {
                        options = parseOptions(lines[index])
                        index += 1
                    }
                    try addExpectation(.replyText(text, options: options), at: number)
                } else if line.hasPrefix("bot~") {
                    try addExpectation(.replyContains(String(line.dropFirst(4)).trimmingSpaces()), at: number)
                } else if line.hasPrefix("<~") || line.hasPrefix("<") {
                    let partial = line.hasPrefix("<~")
                    let json = String(line.dropFirst(partial ? 2 : 1))
                    let value: JSONValue
                    do throws(JSONError) { value = try JSONReader.parse(Array(json.utf8)) } catch {
                        throw ScriptError(line: number, message: "the expected event is not valid JSON: \(error.message)")
                    }
                    try addExpectation(partial ? .partial(value) : .exact(value), at: number)
                } else if line.trimmingSpaces() == "..." {
                    guard !script.turns.isEmpty else { throw ScriptError(line: number, message: "`...` needs a turn above it") }
                    script.turns[script.turns.count - 1].open = true
                } else if line.hasPrefix("#") || line.trimmingSpaces().isEmpty {
                    appendLoose(line)
                } else {
                    throw ScriptError(line: number, message: "cannot read this line; see Dialogues/README.md for the format")
                }
            }
        } catch {
            return .failure(error)
        }
        return .success(script)
    }

    /// The longest `>long` line a script may ask for (16 MiB), so a typo cannot exhaust memory.
    static let longestLine = 16 << 20

    static func parseOptions(_ line: String) -> [String] {
        var labels: [String] = []
        var current: String?
        for character in line {
            if character == "[" && current == nil { current = "" }
            else if character == "]" && current != nil { labels.append(current!); current = nil }
            else if current != nil { current!.append(character) }
        }
        return labels
    }

    static func unescape(_ text: String, line: Int) throws(ScriptError) -> [UInt8] {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "\\"), index + 3 < utf8.count + 0, utf8[index + 1] == UInt8(ascii: "x"),
               let byte = UInt8(String(decoding: utf8[index + 2...min(index + 3, utf8.count - 1)], as: UTF8.self), radix: 16) {
                bytes.append(byte)
                index += 4
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return bytes
    }
}

/// A script line that cannot be read.
public struct ScriptError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

import QuadrantKit

/// The traffic the benchmark sends: full walks in Dutch and English with typos, unknown words, coaching
/// turns, commands, and stateless `check` and `suggest` requests, with many sessions interleaved.
struct Workload {
    /// The request lines, each ending in LF.
    var bytes: [UInt8] = []
    var lines = 0
    /// How many lines of each kind, for the report.
    var mix: [String: Int] = [:]

    /// `sessions` conversations run at once, round robin; each ends with `end` and a new one takes its slot.
    /// About one line in ten is a stateless `check` or `suggest`. `prefix` keeps session names of
    /// different batches in one process apart.
    init(turns: Int, sessions: Int, dutchShare: Double, prefix: String = "s", seed: UInt64 = 7) {
        var random = SeededGenerator(seed: seed)
        var slots: [Conversation] = []
        var started = 0
        func newConversation(_ slot: Int) -> Conversation {
            defer { started += 1 }
            let dutch = random.fraction() < dutchShare
            let scripts = dutch ? Scripts.dutch : Scripts.english
            return Conversation(name: "\(prefix)\(slot)-\(started)", language: dutch ? "nl" : "en",
                                script: scripts[random.below(scripts.count)])
        }
        let width = max(1, sessions)
        slots.reserveCapacity(width)
        var slot = 0
        while lines < turns {
            if random.next() % 10 == 0 {
                let dutch = random.fraction() < dutchShare
                let stateless = dutch ? Scripts.dutchStateless : Scripts.englishStateless
                let (kind, body) = stateless[random.below(stateless.count)]
                append(kind, body)
                continue
            }
            if slot == slots.count { slots.append(newConversation(slot)) }
            let (kind, body) = slots[slot].nextLine()
            append(kind, body)
            if slots[slot].finished { slots[slot] = newConversation(slot) }
            slot = (slot + 1) % width
        }
    }

    private mutating func append(_ kind: String, _ body: String) {
        lines += 1
        mix[kind, default: 0] += 1
        bytes.append(contentsOf: "{\(body),\"id\":\(lines)}\n".utf8)
    }
}

/// One walk in progress: which line of its script comes next.
struct Conversation {
    var name: String
    var language: String
    var script: [Scripts.Turn]
    var position = -1

    var finished: Bool { position == script.count }

    /// `start`, then the script's turns, then `end`.
    mutating func nextLine() -> (kind: String, body: String) {
        defer { position += 1 }
        if position == -1 { return ("start", "\"type\":\"start\",\"session\":\(quoted(name)),\"lang\":\"\(language)\"") }
        if position == script.count - 1 && script[position].kind == "end" {
            return ("end", "\"type\":\"end\",\"session\":\(quoted(name))")
        }
        let turn = script[position]
        return (turn.kind, "\"type\":\"say\",\"session\":\(quoted(name)),\"text\":\(quoted(turn.text))")
    }
}

/// JSON string literal for texts without quotes or backslashes (all of ours).
func quoted(_ text: String) -> String { "\"\(text)\"" }

/// The conversations people have with the bot, taken from the dialogue scripts.
enum Scripts {
    struct Turn {
        var kind: String
        var text: String
    }

    static func walk(_ kind: String, _ texts: [String]) -> [Turn] {
        texts.map { Turn(kind: kind, text: $0) } + [Turn(kind: "end", text: "")]
    }

    static let dutch: [[Turn]] = [
        walk("say", ["wij zijn erg klantgericht", "grenzeloos", "duidelijk", "star", "ja",
                     "De debiteurenadministratie werd teruggefloten in het belang van de klant.",
                     "Betalingsafspraken met klanten nakomen, ook als het schuurt."]),
        walk("say-typo", ["klantgerichheid", "grenzelos", "duidelyk", "starheid", "ja", "overslaan", "overslaan"]),
        walk("say-coaching", ["klantgericht", "vriendelijk", "vriendelijk", "duidelijkheid", "star", "nee", "terug", "ja"]),
        walk("say-unknown", ["bourgondisch", "bourgondisch", "pluimstrijkerij", "pluimstrijkerij", "kwetsbaarheid", "afstandelijk", "ja"]),
        walk("say", ["Daadkrachtig!", "we kunnen nogal drammen", "geduld", "passief", "ja", "overslaan", "overslaan"]),
    ]

    static let english: [[Turn]] = [
        walk("say", ["We are very customer-focused", "boundless", "clear", "rigid", "yes", "skip",
                     "Agree one clear rule for refunds this week."]),
        walk("say-typo", ["custmer focus", "boundles", "clarrity", "rigidty", "yes", "skip", "skip"]),
        walk("say-coaching", ["customer focus", "boundless", "clarity", "kindness", "kindness", "maybe", "change", "rigid", "yes"]),
        walk("say-unknown", ["zestfulness", "zestfulness", "overexuberance", "overexuberance", "composure", "recklessness", "yes"]),
        walk("say", ["we are decisive", "we can be pushy", "patience", "passive", "help", "yes", "skip", "skip"]),
    ]

    static let dutchStateless: [(String, String)] = [
        ("suggest", "\"type\":\"suggest\",\"lang\":\"nl\",\"word\":\"grenzeloos\""),
        ("suggest", "\"type\":\"suggest\",\"lang\":\"nl\",\"word\":\"klantgerichtheid\",\"corner\":\"quality\""),
        ("suggest-typo", "\"type\":\"suggest\",\"lang\":\"nl\",\"word\":\"zorgvuldigheit\""),
        ("suggest-unknown", "\"type\":\"suggest\",\"lang\":\"nl\",\"word\":\"bourgondisch\""),
        ("check", "\"type\":\"check\",\"lang\":\"nl\",\"quadrant\":{\"quality\":\"klantgericht\",\"pitfall\":\"grenzeloos\",\"challenge\":\"duidelijk\",\"allergy\":\"star\"}"),
        ("check", "\"type\":\"check\",\"lang\":\"nl\",\"quadrant\":{\"quality\":\"geduld\",\"pitfall\":\"passiviteit\",\"challenge\":\"daadkracht\",\"allergy\":\"drammerigheid\"}"),
    ]

    static let englishStateless: [(String, String)] = [
        ("suggest", "\"type\":\"suggest\",\"lang\":\"en\",\"word\":\"boundless\""),
        ("suggest", "\"type\":\"suggest\",\"lang\":\"en\",\"word\":\"customer focus\",\"corner\":\"quality\""),
        ("suggest-typo", "\"type\":\"suggest\",\"lang\":\"en\",\"word\":\"thoroughnes\""),
        ("suggest-unknown", "\"type\":\"suggest\",\"lang\":\"en\",\"word\":\"zestfulness\""),
        ("check", "\"type\":\"check\",\"lang\":\"en\",\"quadrant\":{\"quality\":\"customer focus\",\"pitfall\":\"boundless\",\"challenge\":\"clarity\",\"allergy\":\"rigid\"}"),
        ("check", "\"type\":\"check\",\"lang\":\"en\",\"quadrant\":{\"quality\":\"patience\",\"pitfall\":\"passivity\",\"challenge\":\"decisiveness\",\"allergy\":\"pushiness\"}"),
    ]
}

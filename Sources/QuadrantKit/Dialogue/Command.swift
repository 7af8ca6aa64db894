/// Something a participant can say at any point instead of an answer, in either language.
enum Command: Equatable {
    case help, back, restart, stop, status
    /// Leave the walk for the four phases of working with customers.
    case phases
    /// Team game: close the round (proposals or votes), show hidden proposals, join, leave.
    case next, reveal, join, leave
    case language(Language)

    /// Whether only the facilitator of a team game may give this command.
    var isFacilitatorOnly: Bool {
        switch self {
        case .next, .reveal, .back, .restart, .stop, .language, .phases: return true
        case .help, .status, .join, .leave: return false
        }
    }

    /// The command `text` is, if the whole message is one (`help`, `/terug`, `in het Engels`, ...).
    /// The team game's own commands count only in a team game.
    init?(_ text: String, team: Bool = false) {
        self.init(folded: TextFolding.key(text), team: team)
    }

    /// A command from text already folded by `TextFolding.key`.
    init?(folded: String, team: Bool = false) {
        var key = folded
        if key.hasPrefix("lang ") { key = String(key.dropFirst(5)) }
        if team, Self.asksToJoin(key) {
            self = .join
            return
        }
        if let command = Self.lookUp(key, team: team) ?? Self.withoutFillers(key).lazy.compactMap({ Self.lookUp($0, team: team) }).first
            ?? Self.inSentence(key) {
            self = command
            return
        }
        return nil
    }

    /// "waar zijn we nu?", "ok we need to stop here, meeting's over", "kun je even samenvatten": a status or a
    /// stop asked for in a sentence, by a phrase that says nothing else. Only short answers holding one of the
    /// phrases' key words are searched.
    private static func inSentence(_ key: String) -> Command? {
        guard key.utf8.count < 80, TextFolding.holdsShape(key, in: signalBits) else { return nil }
        let words = TextFolding.keyWords(key)
        for (command, phrases) in sentencePhrases {
            for phrase in phrases {
                guard let at = TextFolding.firstIndex(of: phrase, in: words) else { continue }
                // A stop is asked for at the start of a message: "we never know when to call it a day" is a pitfall,
                // "we don't call it a day until …" a quality.
                if command == .stop, at > 2 || words[..<at].contains(where: { stopBlockers.contains($0) }) { continue }
                return command
            }
        }
        return nil
    }

    /// One word of each phrase below, the rarest.
    private static let signalBits = TextFolding.shapeBits(["waar", "ver", "samenvatten", "stoppen", "stop", "far", "recap", "remind", "gotta", "genoeg", "where",
                                           "samenvatting", "toe", "waren", "later", "pick", "volgende", "ophouden", "kappen", "tijd",
                                           "leave", "day", "enough", "time", "summary", "sum"])

    private static let stopBlockers: Set<String> = ["dont", "never", "niet", "nooit", "when", "wanneer", "until", "tot"]

    private static let sentencePhrases: [(Command, [[Substring]])] = [
        (.status, ["waar zijn we", "hoe ver zijn we", "wat hebben we tot nu toe", "kun je even samenvatten", "kun je samenvatten",
                   "kun je het even samenvatten", "samenvatting graag", "waar waren we", "wat we tot nu toe hebben", "later verder",
                   "waar staan we nu", "where are we up to", "where are we at", "can you recap", "what have we got so far",
                   "remind me what we said", "what do we have so far", "give us a recap", "where were we", "carry on later",
                   "pick this up", "tot de volgende keer", "summary please", "recap please", "quick recap", "a summary please",
                   "can you sum up", "sum up"].map { $0.split(separator: " ") }),
        (.stop, ["laten we stoppen", "we stoppen ermee", "ik wil stoppen", "we willen stoppen", "we moeten stoppen", "stop maar",
                 "genoeg voor vandaag", "we need to stop", "lets stop", "let s stop", "we have to stop", "we want to stop", "gotta go",
                 "laten we ophouden", "we kappen ermee", "lets leave it there",
                 "leave it there", "call it a day", "enough for today", "run out of time", "out of time", "stop there",
                ].map { $0.split(separator: " ") }),
    ]

    private static func lookUp(_ key: String, team: Bool) -> Command? {
        guard mayBePhrase(key) else { return nil }
        if team, let command = teamPhrases[key] { return command }
        return phrases[key]
    }

    /// "oops, go back one", "wait go back please", "kunnen we terug?": a command with a word of surprise or
    /// asking before it and of politeness after it. Most answers open with no such word and are returned
    /// as they are.
    /// The key without its opening fillers, then without its closing ones too; none when it has neither.
    private static func withoutFillers(_ key: String) -> [String] {
        // Most answers end with a word no command or filler ends with: passed over by their last word.
        guard key.utf8.count < 48 else { return [] }
        let last = key.utf8.lastIndex(of: UInt8(ascii: " ")).map { key[key.utf8.index(after: $0)...] } ?? key[...]
        guard phraseEnds.contains(String(last)) else { return [] }
        var words = key.split(separator: " ")
        guard words.count > 1, words.count <= 7, openingFillers.contains(String(words[0])) || closingFillers.contains(String(words[words.count - 1])) else { return [] }
        while words.count > 1, openingFillers.contains(String(words[0])) { words.removeFirst() }
        let opened = words.joined(separator: " ")
        while words.count > 1, closingFillers.contains(String(words[words.count - 1])) { words.removeLast() }
        return [opened, words.joined(separator: " ")]
    }

    private static let openingFillers: Set<String> = [
        "oops", "sorry", "wait", "hmm", "oh", "ok", "okay", "can", "could", "we", "i", "let", "lets", "us", "please", "just",
        "oeps", "wacht", "oh", "oke", "kunnen", "kan", "mag", "ik", "wij", "even", "graag", "nee", "no", "ga", "eens", "nog",
    ]
    /// The last words of the phrases and the closing fillers.
    private static let phraseEnds: Set<String> = Set(phrases.keys.map { String($0.split(separator: " ").last!) }).union(closingFillers)
    private static let closingFillers: Set<String> = [
        "please", "pls", "one", "a", "step", "bit", "graag", "aub", "alsjeblieft", "even", "een", "stap", "stapje",
    ]

    /// "mag ik ook meedoen?", "hi, can I join?", "sorry late! joining": a short message that asks to join,
    /// not a proposal.
    private static func asksToJoin(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        guard words.count <= 6 else { return false }
        return words.contains { joinWords.contains(String($0)) } || joinPhrases.contains { key.contains($0) }
    }

    private static let joinWords: Set<String> = ["meedoen", "meedoe", "join", "joining", "aansluiten", "aanhaken"]
    private static let joinPhrases = ["doe mee", "doe ook mee", "doen mee", "i m in", "im in", "count me in", "ben er ook"]

    /// Whether some phrase has the length and first byte of `key`: most answers have not, and are told
    /// apart without hashing them (a lookup in both tables was 1% of a turn).
    private static func mayBePhrase(_ key: String) -> Bool {
        let count = key.utf8.count
        guard let first = key.utf8.first, count < 64 else { return false }
        return shapes[Int(first)] & (1 << UInt64(count)) != 0
    }

    /// Per first byte, a bit for the length of each phrase that starts with it.
    private static let shapes: [UInt64] = {
        var shapes = [UInt64](repeating: 0, count: 256)
        for phrase in Array(phrases.keys) + Array(teamPhrases.keys) {
            shapes[Int(phrase.utf8.first!)] |= 1 << UInt64(phrase.utf8.count)
        }
        return shapes
    }()

    private static let teamPhrases: [String: Command] = {
        var table: [String: Command] = [:]
        let groups: [(Command, [String])] = [
            (.next, ["next", "volgende", "verder", "door", "stemmen", "vote", "tellen", "count", "start", "begin", "beginnen", "go"]),
            (.reveal, ["reveal", "onthul", "onthullen", "laat zien", "toon", "show"]),
            (.join, ["join", "meedoen", "ik doe mee", "doe mee", "ik doe ook mee", "i m in", "im in", "count me in"]),
            (.leave, ["leave", "ik ga", "afmelden", "ik haak af", "i m out", "im out"]),
        ]
        for (command, words) in groups {
            for word in words { table[word] = command }
        }
        return table
    }()

    private static let phrases: [String: Command] = {
        var table: [String: Command] = [:]
        let groups: [(Command, [String])] = [
            (.help, ["help", "hulp", "help me", "uitleg", "wat bedoel je", "what do you mean", "hoe werkt dit", "how does this work"]),
            (.back, ["back", "terug", "ga terug", "go back", "vorige", "undo", "ongedaan maken", "een stap terug", "stap terug",
                     "vorige vraag", "undo that", "undo last", "step back", "previous question", "go back one step", "change the last one",
                     "change the last answer", "de vorige aanpassen", "een stapje terug", "stapje terug", "1 stap terug", "vorige stap",
                     "terug naar de vorige stap", "scrap that", "ik wil terug", "we willen terug"]),
            (.restart, ["restart", "opnieuw", "herstart", "back to square one", "terug naar af", "begin opnieuw", "opnieuw beginnen", "start over", "start again",
                        "nog een kwadrant", "nog een keer", "another quadrant", "again"]),
            (.stop, ["stop", "stoppen", "ik stop", "quit", "exit", "einde", "bye", "doei", "tot ziens", "goodbye"]),
            (.phases, ["fasen", "vier fasen", "de vier fasen", "phases", "four phases", "the four phases"]),
            (.status, ["status", "waar zijn we", "waar staan we", "where are we", "overzicht", "overview", "summary", "recap",
                       "samenvatting", "summary please", "recap please"]),
            (.language(.en), ["en", "english", "engels", "in english", "in het engels", "switch to english", "liever engels"]),
            (.language(.nl), ["nl", "dutch", "nederlands", "in dutch", "in het nederlands", "switch to dutch", "liever nederlands"]),
        ]
        for (command, words) in groups {
            for word in words { table[word] = command }
        }
        return table
    }()
}

/// Something a participant can say at any point instead of an answer, in either language.
enum Command: Equatable {
    case help, back, restart, stop, status
    /// Leave the walk for the four phases of working with customers.
    case phases
    case language(Language)

    /// The command `text` is, if the whole message is one (`help`, `/terug`, `in het Engels`, ...).
    init?(_ text: String) {
        var key = TextFolding.key(text)
        if key.hasPrefix("lang ") { key = String(key.dropFirst(5)) }
        guard let command = Command.phrases[key] else { return nil }
        self = command
    }

    private static let phrases: [String: Command] = {
        var table: [String: Command] = [:]
        let groups: [(Command, [String])] = [
            (.help, ["help", "hulp", "help me", "uitleg", "wat bedoel je", "what do you mean", "hoe werkt dit", "how does this work"]),
            (.back, ["back", "terug", "ga terug", "go back", "vorige", "undo", "ongedaan maken"]),
            (.restart, ["restart", "opnieuw", "herstart", "begin opnieuw", "opnieuw beginnen", "start over", "start again",
                        "nog een kwadrant", "nog een keer", "another quadrant", "again"]),
            (.stop, ["stop", "stoppen", "ik stop", "quit", "exit", "einde", "bye", "doei", "tot ziens", "goodbye"]),
            (.phases, ["fasen", "vier fasen", "de vier fasen", "phases", "four phases", "the four phases"]),
            (.status, ["status", "waar zijn we", "waar staan we", "where are we", "overzicht", "overview"]),
            (.language(.en), ["en", "english", "engels", "in english", "in het engels", "switch to english", "liever engels"]),
            (.language(.nl), ["nl", "dutch", "nederlands", "in dutch", "in het nederlands", "switch to dutch", "liever nederlands"]),
        ]
        for (command, words) in groups {
            for word in words { table[word] = command }
        }
        return table
    }()
}

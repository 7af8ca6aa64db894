extension DutchPhrasebook {
    func teamGreeting(facilitator: String, prefix: String, hidden: Bool) -> String {
        "Hoi allemaal! We zoeken samen het kernkwadrant van jullie team. \(facilitator) leidt het spel. Per hoek stelt iedereen woorden voor, daarna stemmen jullie."
    }

    func lobby(facilitator: String, prefix: String, players: [String]) -> String {
        "Wie doet mee? Zeg ‘\(prefix) meedoen’. Nu spelen mee: \(players.joinedAsList(and: "en")). \(facilitator) begint de eerste ronde met ‘\(prefix) start’."
    }

    var joinLabel: String { "meedoen" }

    func players(_ names: [String]) -> String { "We spelen met \(names.joinedAsList(and: "en"))." }

    func proposeHint(prefix: String, hidden: Bool) -> String {
        let base = "Stel een woord voor met ‘\(prefix) …’."
        return hidden ? base + " Voorstellen blijven verborgen tot iedereen er een heeft gedaan." : base
    }

    func teamHelp(facilitator: String, prefix: String) -> String {
        "Begin een bericht aan mij met ‘\(prefix)’. \(facilitator) kan ‘start’, ‘volgende’, ‘onthul’, ‘terug’ en ‘opnieuw’ zeggen; iedereen kan ‘meedoen’, ‘status’ en ‘ik haak af’ zeggen."
    }

    func waitingFor(_ names: [String]) -> String {
        names.isEmpty ? "Iedereen is aan de beurt geweest." : "We wachten nog op \(names.joinedAsList(and: "en"))."
    }

    func welcome(_ name: String, filled: Quadrant<String?>, stage: Stage) -> String {
        let parts = filledCorners(filled)
        let sofar = parts.isEmpty ? "" : " Al gekozen: \(parts.joined(separator: ", "))."
        let now = stage.corner.map { " Nu zoeken we de \(self.name(of: $0))." } ?? ""
        return "Welkom, \(name)! We zoeken samen het kernkwadrant van het team.\(sofar)\(now)"
    }

    func proposedSoFar(_ groups: [ProposalGroup]) -> String {
        groups.isEmpty ? "Nog geen voorstellen." : "Voorstellen tot nu toe: " + groups.map { "\($0.word) (\($0.proposedBy.joinedAsList(and: "en")))" }.joined(separator: ", ") + "."
    }

    func proposedSoFar(hiddenFrom names: [String]) -> String {
        names.isEmpty ? "Nog geen voorstellen." : "\(names.joinedAsList(and: "en")) \(names.count == 1 ? "heeft" : "hebben") al voorgesteld; de voorstellen blijven nog verborgen."
    }

    func notStartedYet(_ facilitator: String, prefix: String) -> String {
        "Je doet mee! We beginnen zodra \(facilitator) ‘\(prefix) start’ zegt; bewaar je woord tot dan."
    }

    func left(_ name: String) -> String { "Tot ziens, \(name). We gaan door zonder jou." }

    func onlyFacilitator(_ facilitator: String) -> String {
        "Dat mag alleen \(facilitator), die leidt het spel. Stel gerust een woord voor!"
    }

    func noProposalsYet() -> String { "Er zijn nog geen voorstellen." }

    func proposals(for corner: Corner, groups: [ProposalGroup], facilitator: String) -> String {
        let lines = groups.enumerated().map { "\($0.offset + 1). \($0.element.word) (\($0.element.proposedBy.joinedAsList(and: "en")))" }
        return (["Dit zijn de voorstellen voor de \(name(of: corner)):"] + lines
            + ["Stem met het nummer. Bij gelijke stand beslist \(facilitator)."]).joined(separator: "\n")
    }

    func voteNudge(_ count: Int) -> String { "We stemmen nu: kies een nummer van 1 tot \(count)." }

    func noVotesYet() -> String { "Er is nog niet gestemd." }

    func tie(_ words: [String], facilitator: String) -> String {
        "Gelijke stand tussen \(words.joinedAsList(and: "en")). \(facilitator), jij beslist: welke wordt het?"
    }

    func tieSettled(by facilitator: String) -> String { "Gelijke stand: \(facilitator) gaf de doorslag." }

    func tieWaiting(_ facilitator: String) -> String { "De stemmen zijn geteld en het is gelijk: \(facilitator) beslist nu." }

    func decided(_ result: TeamResult, corner: Corner) -> String {
        let who = result.proposedBy.joinedAsList(and: "en")
        let votes = result.totalVotes == 0 ? "iedereen was het eens" : "\(result.votes) van \(result.totalVotes) stemmen"
        return "\(name(of: corner).capitalisedFirst): \(result.word) (voorgesteld door \(who); \(votes))."
    }

    func attributed(_ word: String, _ result: TeamResult?) -> String {
        guard let result else { return word }
        let votes = result.totalVotes == 0 ? "unaniem" : "\(result.votes) van \(result.totalVotes) stemmen"
        return "\(word) (\(result.proposedBy.joinedAsList(and: "en")); \(votes))"
    }
}

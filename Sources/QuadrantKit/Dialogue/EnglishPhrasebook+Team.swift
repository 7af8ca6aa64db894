extension EnglishPhrasebook {
    func teamGreeting(facilitator: String, prefix: String, hidden: Bool) -> String {
        "Hi everyone! Let’s find your team’s core quadrant together. \(facilitator) leads the game. For each corner you propose words, then you vote."
    }

    func lobby(facilitator: String, prefix: String, players: [String]) -> String {
        "Who’s in? Say ‘\(prefix) join’. Playing so far: \(players.joinedAsList(and: "and")). \(facilitator) starts the first round with ‘\(prefix) start’."
    }

    var joinLabel: String { "join" }

    func players(_ names: [String]) -> String { "Playing: \(names.joinedAsList(and: "and"))." }

    func proposeHint(prefix: String, hidden: Bool) -> String {
        let base = "Propose a word with ‘\(prefix) …’."
        return hidden ? base + " Proposals stay hidden until everyone has made one." : base
    }

    func teamHelp(facilitator: String, prefix: String) -> String {
        "Start a message to me with ‘\(prefix)’. \(facilitator) can say ‘start’, ‘next’, ‘reveal’, ‘back’ and ‘restart’; everyone can say ‘join’, ‘status’ and ‘leave’."
    }

    func waitingFor(_ names: [String]) -> String {
        names.isEmpty ? "Everyone has had their turn." : "We’re still waiting for \(names.joinedAsList(and: "and"))."
    }

    func welcome(_ name: String, filled: Quadrant<String?>, stage: Stage) -> String {
        let parts = filledCorners(filled)
        let sofar = parts.isEmpty ? "" : " Chosen so far: \(parts.joined(separator: ", "))."
        let now = stage.corner.map { " Now we’re looking for the \(self.name(of: $0))." } ?? ""
        return "Welcome, \(name)! We’re finding the team’s core quadrant together.\(sofar)\(now)"
    }

    func proposedSoFar(_ groups: [ProposalGroup]) -> String {
        groups.isEmpty ? "No proposals yet." : "Proposals so far: " + groups.map { "\($0.word) (\($0.proposedBy.joinedAsList(and: "and")))" }.joined(separator: ", ") + "."
    }

    func proposedSoFar(hiddenFrom names: [String]) -> String {
        names.isEmpty ? "No proposals yet." : "\(names.joinedAsList(and: "and")) \(names.count == 1 ? "has" : "have") proposed; the proposals stay hidden for now."
    }

    func notStartedYet(_ facilitator: String, prefix: String) -> String {
        "You’re in! We start as soon as \(facilitator) says ‘\(prefix) start’; hold on to your word until then."
    }

    func left(_ name: String) -> String { "Goodbye, \(name). We’ll carry on without you." }

    func onlyFacilitator(_ facilitator: String) -> String {
        "Only \(facilitator) can do that, as the game’s lead. Do propose a word!"
    }

    func noProposalsYet() -> String { "There are no proposals yet." }

    func proposals(for corner: Corner, groups: [ProposalGroup], facilitator: String) -> String {
        let lines = groups.enumerated().map { "\($0.offset + 1). \($0.element.word) (\($0.element.proposedBy.joinedAsList(and: "and")))" }
        return (["These are the proposals for the \(name(of: corner)):"] + lines
            + ["Vote with the number. If it’s a tie, \(facilitator) decides."]).joined(separator: "\n")
    }

    func voteNudge(_ count: Int) -> String { "We’re voting now: pick a number from 1 to \(count)." }

    func noVotesYet() -> String { "Nobody has voted yet." }

    func tie(_ words: [String], facilitator: String) -> String {
        "It’s a tie between \(words.joinedAsList(and: "and")). \(facilitator), you decide: which one?"
    }

    func tieSettled(by facilitator: String) -> String { "A tie: \(facilitator) had the casting vote." }

    func tieWaiting(_ facilitator: String) -> String { "The votes are counted and it’s a tie: \(facilitator) decides now." }

    func decided(_ result: TeamResult, corner: Corner) -> String {
        let who = result.proposedBy.joinedAsList(and: "and")
        let votes = result.totalVotes == 0 ? "everyone agreed" : "\(result.votes) of \(result.totalVotes) votes"
        return "\(name(of: corner).capitalisedFirst): \(result.word) (proposed by \(who); \(votes))."
    }

    func attributed(_ word: String, _ result: TeamResult?) -> String {
        guard let result else { return word }
        let votes = result.totalVotes == 0 ? "unanimous" : "\(result.votes) of \(result.totalVotes) votes"
        return "\(word) (\(result.proposedBy.joinedAsList(and: "and")); \(votes))"
    }
}

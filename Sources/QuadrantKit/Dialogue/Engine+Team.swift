extension Engine {
    /// Opens a team game in a group chat; `facilitator` started it and steers it.
    public func startTeam(language: Language, facilitator: Participant, hidden: Bool = false, prefix: String? = nil,
                          audience: Audience? = nil) -> (Session, [Output]) {
        var session = Session(language: language, audience: audience)
        session.stage = .lobby
        let name = facilitator.name ?? facilitator.id
        session.team = TeamState(facilitator: facilitator.id, prefix: prefix ?? TeamState.defaultPrefix, hidden: hidden,
                                 members: [TeamMember(id: facilitator.id, name: name, active: true)])
        let book = phrasebook(language)
        return (session, [.reply(prompt(session, preface: book.teamGreeting(facilitator: name, prefix: session.team!.prefix, hidden: hidden)))])
    }

    /// One message in the room of a team game. A message not meant for the bot produces nothing; the
    /// rest is a command, a proposal, a vote, or an answer at the check and reflection.
    func teamSaid(_ raw: String, from participant: Participant?, mentioned: Bool, in session: inout Session) -> [Output] {
        guard var team = session.team else { return [] }
        guard let text = addressedText(raw, prefix: team.prefix, mentioned: mentioned) else { return [] }
        let book = phrasebook(session.language)
        let speaker = participant ?? Participant(id: team.facilitator, name: nil)

        var welcome: Output?
        if let index = team.members.firstIndex(where: { $0.id == speaker.id }) {
            team.members[index].active = true
        } else {
            team.members.append(TeamMember(id: speaker.id, name: speaker.name ?? speaker.id, active: true))
            if team.started || team.voting || Command(text, team: true) == .join {
                welcome = .reply(directed(book.welcome(team.name(speaker.id), filled: session.quadrantWords, stage: session.stage), to: speaker.id, session))
            }
        }
        session.team = team

        guard !text.isEmpty else { return [welcome ?? .reply(prompt(session))] }
        if session.audience == nil { session.audience = Audience.heard(in: TextFolding.key(text), session.language) }
        var outputs: [Output]
        if let command = Command(text, team: true) {
            outputs = teamCommand(command, from: speaker.id, in: &session)
            if command == .join, welcome != nil { outputs = [] }
        } else {
            switch session.stage {
            case .lobby:
                outputs = [.reply(directed(book.notStartedYet(team.name(team.facilitator), prefix: team.prefix), to: speaker.id, session))]
            case .quality, .pitfall, .challenge, .allergy:
                outputs = session.team!.voting ? vote(text, from: speaker.id, in: &session) : propose(text, from: speaker.id, in: &session)
            case .check:
                outputs = teamCheck(text, in: &session)
            default:
                outputs = soloSaid(text, in: &session)
            }
        }
        return (welcome.map { [$0] } ?? []) + outputs
    }

    /// The text of a message meant for the bot, without its prefix; nil when it is not meant for the bot.
    func addressedText(_ raw: String, prefix: String, mentioned: Bool) -> String? {
        let text = raw.collapsingWhitespace
        let folded = TextFolding.key(prefix)
        let words = text.split(separator: " ")
        if !folded.isEmpty, let first = words.first, TextFolding.key(first) == folded {
            return words.dropFirst().joined(separator: " ").trimmingLeading(":,")
        }
        return mentioned ? text : nil
    }

    /// A reply for one participant only (coaching, a refusal, a welcome).
    func directed(_ text: String, options: [Option] = [], to participant: String, _ session: Session) -> Reply {
        Reply(text: text, options: options, stage: session.stage, quadrant: session.quadrantWords, language: session.language, to: participant)
    }

    private func teamCommand(_ command: Command, from speaker: String, in session: inout Session) -> [Output] {
        let book = phrasebook(session.language)
        let team = session.team!
        if command.isFacilitatorOnly && speaker != team.facilitator {
            // Anyone else saying stop leaves the game; the other commands steer it and are the facilitator's.
            guard command == .stop else {
                return [.reply(directed(book.onlyFacilitator(team.name(team.facilitator)), to: speaker, session))]
            }
            return teamCommand(.leave, from: speaker, in: &session)
        }
        switch command {
        case .help:
            return [.reply(directed(help(session.stage, in: session) + " " + book.teamHelp(facilitator: team.name(team.facilitator), prefix: team.prefix), to: speaker, session))]
        case .status:
            var parts = [book.status(session.stage, filled: session.quadrantWords)]
            if session.stage.corner != nil && !team.voting {
                parts.append(team.hidden
                    ? book.proposedSoFar(hiddenFrom: Array(Set(team.proposals.map(\.participant))).sorted().map(team.name))
                    : book.proposedSoFar(proposalGroups(session)))
            }
            parts.append(book.waitingFor(waiting(team).map(team.name)))
            return [.reply(directed(parts.joined(separator: " "), to: speaker, session))]
        case .join:
            return [.reply(directed(book.welcome(team.name(speaker), filled: session.quadrantWords, stage: session.stage), to: speaker, session))]
        case .leave:
            if let index = session.team!.members.firstIndex(where: { $0.id == speaker }) { session.team!.members[index].active = false }
            return [.reply(directed(book.left(team.name(speaker)), to: speaker, session))] + closeIfEveryoneDone(&session)
        case .next where session.stage == .lobby, .reveal where session.stage == .lobby:
            session.stage = .quality
            return [.reply(prompt(session, preface: book.players(team.active.map(\.name))))]
        case .reveal where session.team!.voting:
            return [.reply(votePrompt(session, groups: proposalGroups(session)))]
        case .next, .reveal:
            guard session.stage.corner != nil else { return [.reply(prompt(session))] }
            return session.team!.voting ? closeVote(&session, forced: true) : closeProposals(&session, forced: true)
        case .restart:
            var fresh = session.team!
            (fresh.proposals, fresh.votes, fresh.voting, fresh.tie, fresh.results) = ([], [:], false, nil, [:])
            session = Session(language: session.language)
            session.team = fresh
            session.stage = .quality
            return [.reply(prompt(session, preface: book.restarted()))]
        case .back, .stop, .language, .phases:
            return perform(command, in: &session)
        }
    }

    /// Participants who have not yet proposed (or voted, during a vote).
    func waiting(_ team: TeamState) -> [String] {
        team.active.map(\.id).filter { id in team.voting ? team.votes[id] == nil : !team.proposals.contains { $0.participant == id } }
    }

    /// Takes a proposal: understood and coached as in a solo walk, counted without a reply when it fits.
    private func propose(_ text: String, from speaker: String, in session: inout Session) -> [Output] {
        let book = phrasebook(session.language)
        let corner = session.stage.corner!
        let lexicon = lexicon(session)
        var proposal: Proposal
        switch interpret(text, for: corner, in: session) {
        case .tooLong:
            return [.reply(directed(book.askShorter(), to: speaker, session))]
        case .unknown:
            let key = TextFolding.key(text)
            if Int(key) != nil || book.yesWords.contains(key) || book.noWords.contains(key) {
                return [.reply(directed(book.askOwnWords(for: corner), to: speaker, session))]
            }
            proposal = Proposal(participant: speaker, word: text, lemma: nil)
        case .ambiguous(let candidates):
            return [.reply(directed(book.askWhich(text, candidates: candidates), options: candidates.map(Option.init), to: speaker, session))]
        case .misfit(let match, let misfit):
            let word = lexicon.lemmas[match.lemma].word
            proposal = Proposal(participant: speaker, word: word, lemma: word)
            if !session.team!.coached.contains(speaker + "\u{1F}" + TextFolding.key(word)) {
                session.team!.coached.append(speaker + "\u{1F}" + TextFolding.key(word))
                let better = betterWords(than: match.lemma, for: corner, in: session)
                let options = better.map(Option.init) + [Option(label: book.keepLabel(word), value: text)]
                return [.reply(directed(book.coach(word, corner: corner, misfit: misfit, known: session.quadrantWords, withWords: !better.isEmpty),
                                        options: options, to: speaker, session))]
            }
        case .fits(let match):
            let word = lexicon.lemmas[match.lemma].word
            proposal = Proposal(participant: speaker, word: word, lemma: word)
        }
        if !session.team!.proposals.contains(proposal) { session.team!.proposals.append(proposal) }
        return closeIfEveryoneDone(&session)
    }

    /// Closes the round when every active member has proposed (or voted), once at least two people play;
    /// before that, and at any time, the facilitator closes it with `next`.
    private func closeIfEveryoneDone(_ session: inout Session) -> [Output] {
        guard let team = session.team, session.stage.corner != nil, waiting(team).isEmpty, team.active.count >= 2 else { return [] }
        return team.voting ? closeVote(&session, forced: false) : closeProposals(&session, forced: false)
    }

    /// The proposals grouped where they mean the same: one option per group, in order of first proposal.
    func proposalGroups(_ session: Session) -> [ProposalGroup] {
        let lexicon = lexicon(session)
        var groups: [ProposalGroup] = []
        for proposal in session.team!.proposals {
            let name = session.team!.name(proposal.participant)
            let id = proposal.lemma.flatMap { lexicon.lemmaID(named: $0) }
            if let index = groups.firstIndex(where: { group in
                if let id, let other = group.lemma.flatMap({ lexicon.lemmaID(named: $0) }) {
                    return other == id || lexicon.synonymLemmas(of: id).contains(other)
                }
                return TextFolding.key(group.word) == TextFolding.key(proposal.word)
            }) {
                if !groups[index].proposedBy.contains(name) { groups[index].proposedBy.append(name) }
                if !groups[index].variants.contains(proposal.word) { groups[index].variants.append(proposal.word) }
            } else {
                groups.append(ProposalGroup(word: proposal.word, lemma: proposal.lemma, proposedBy: [name], variants: [proposal.word]))
            }
        }
        return groups
    }

    /// Shows the proposals together and opens the vote; one group is decided at once.
    private func closeProposals(_ session: inout Session, forced: Bool) -> [Output] {
        let book = phrasebook(session.language)
        let groups = proposalGroups(session)
        guard !groups.isEmpty else {
            return forced ? [.reply(prompt(session, preface: book.noProposalsYet()))] : []
        }
        if groups.count == 1 { return decide(0, groups: groups, votes: [0], in: &session) }
        session.team!.voting = true
        return [.reply(votePrompt(session, groups: groups))]
    }

    /// The message that lists the proposals and asks for votes.
    func votePrompt(_ session: Session, groups: [ProposalGroup], preface: String? = nil) -> Reply {
        let book = phrasebook(session.language)
        let team = session.team!
        let text = [preface, book.proposals(for: session.stage.corner!, groups: groups, facilitator: team.name(team.facilitator))]
            .compactMap { $0 }.joined(separator: " ")
        let options = groups.enumerated().map { Option(label: $0.element.word, value: String($0.offset + 1)) }
        return Reply(text: text, options: options, stage: session.stage, quadrant: session.quadrantWords, language: session.language)
    }

    /// Takes a vote, by number or by word; the facilitator's vote settles a tie.
    private func vote(_ text: String, from speaker: String, in session: inout Session) -> [Output] {
        let book = phrasebook(session.language)
        let groups = proposalGroups(session)
        let key = TextFolding.key(text)
        let number = Int(key) ?? groups.firstIndex { group in group.variants.contains { TextFolding.key($0) == key } }.map { $0 + 1 }
        guard let number, (1...groups.count).contains(number) else {
            return [.reply(directed(book.voteNudge(groups.count), options: votePrompt(session, groups: groups).options, to: speaker, session))]
        }
        let team = session.team!
        if team.tie != nil && speaker != team.facilitator {
            // The votes are counted: during a tie only the facilitator's choice settles it.
            return [.reply(directed(book.tieWaiting(team.name(team.facilitator)), to: speaker, session))]
        }
        session.team!.votes[speaker] = number
        if let tie = team.tie, tie.contains(number) {
            return decide(number - 1, groups: groups, votes: tally(session.team!, groups), settledBy: team.name(team.facilitator), in: &session)
        }
        return team.tie == nil ? closeIfEveryoneDone(&session) : []
    }

    private func tally(_ team: TeamState, _ groups: [ProposalGroup]) -> [Int] {
        var counts = [Int](repeating: 0, count: groups.count)
        for (_, number) in team.votes where (1...groups.count).contains(number) { counts[number - 1] += 1 }
        return counts
    }

    /// Counts the votes: a clear winner is chosen; a tie goes to the facilitator's vote, or to the facilitator.
    private func closeVote(_ session: inout Session, forced: Bool) -> [Output] {
        let book = phrasebook(session.language)
        let team = session.team!
        let groups = proposalGroups(session)
        let counts = tally(team, groups)
        guard let best = counts.max(), best > 0 else {
            return forced ? [.reply(votePrompt(session, groups: groups, preface: book.noVotesYet()))] : []
        }
        let leaders = counts.indices.filter { counts[$0] == best }
        if leaders.count == 1 { return decide(leaders[0], groups: groups, votes: counts, in: &session) }
        if let choice = team.votes[team.facilitator], leaders.contains(choice - 1) {
            return decide(choice - 1, groups: groups, votes: counts, settledBy: team.name(team.facilitator), in: &session)
        }
        session.team!.tie = leaders.map { $0 + 1 }
        let options = leaders.map { Option(label: groups[$0].word, value: String($0 + 1)) }
        return [.reply(Reply(text: book.tie(leaders.map { groups[$0].word }, facilitator: team.name(team.facilitator)), options: options,
                             stage: session.stage, quadrant: session.quadrantWords, language: session.language, to: team.facilitator))]
    }

    /// Records the round's word with who proposed it and its votes, and moves to the next corner or the check.
    /// `settledBy` names the facilitator whose vote broke a tie.
    private func decide(_ index: Int, groups: [ProposalGroup], votes: [Int], settledBy: String? = nil, in session: inout Session) -> [Output] {
        let book = phrasebook(session.language)
        let corner = session.stage.corner!
        let group = groups[index]
        remember(&session)
        let result = TeamResult(word: group.word, proposedBy: group.proposedBy, votes: votes[index], totalVotes: votes.reduce(0, +))
        session.team!.results[corner] = result
        (session.team!.proposals, session.team!.votes, session.team!.voting, session.team!.tie, session.team!.coached) = ([], [:], false, nil, [])
        let outputs = accept(Answer(text: group.word, lemma: group.lemma, ownChoice: group.lemma == nil), for: corner, in: &session,
                             ack: (settledBy.map { book.tieSettled(by: $0) + " " } ?? "") + book.decided(result, corner: corner))
        return outputs.map { output in
            guard case .quadrantComplete(let words, let closed, let language, _) = output else { return output }
            return .quadrantComplete(words, closed: closed, language: language, team: teamResults(session))
        }
    }

    /// Who proposed each corner's word and how the vote went.
    func teamResults(_ session: Session) -> Quadrant<TeamResult?>? {
        guard let team = session.team else { return nil }
        return Quadrant(quality: team.results[.quality], pitfall: team.results[.pitfall],
                        challenge: team.results[.challenge], allergy: team.results[.allergy])
    }

    /// The check in a team game: yes moves on; revising a corner opens a new round for it.
    private func teamCheck(_ text: String, in session: inout Session) -> [Output] {
        let check = quadrantCheck(session)
        guard CheckReply(text, language: session.language, asksToChange: asksToChange(check)) == .revise else { return respondToCheck(text, in: &session) }
        let corner = check.firstBroken.map(corner(toRevise:)) ?? .allergy
        reopen(corner, in: &session)
        for later in session.order.drop(while: { $0 != corner }) { session.team!.results[later] = nil }
        return [.reply(prompt(session))]
    }
}

/// Proposals that mean the same, shown as one option in a vote.
struct ProposalGroup: Equatable {
    /// The word shown: the first proposal's.
    var word: String
    var lemma: String?
    var proposedBy: [String]
    /// Every word proposed in this group, for votes by word.
    var variants: [String]
}

extension TeamState {
    /// The prefix a message starts with to be meant for the bot, unless the bridge marks it `mentioned`.
    public static let defaultPrefix = "@quadrant"
}

extension String {
    /// The text without leading characters from `characters` and spaces.
    func trimmingLeading(_ characters: String) -> String {
        String(drop { characters.contains($0) || $0 == " " })
    }
}

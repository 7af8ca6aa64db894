/// The team game of one group chat: who plays, the current round, and what each round decided.
public struct TeamState: Sendable, Equatable, Codable {
    /// The participant who started the game; only they can move it on (`next`, `reveal`, `back`, ...).
    public var facilitator: String
    /// A message is meant for the bot when it starts with this (or the bridge says `mentioned`).
    public var prefix: String
    /// Proposals stay hidden until everyone has proposed or the facilitator reveals them.
    public var hidden: Bool
    /// Everyone who joined, in the order they joined.
    public var members: [TeamMember]
    /// The proposals of the current round, in the order they came.
    public var proposals: [Proposal] = []
    /// True once the proposals are shown and the team votes on them.
    public var voting = false
    /// Votes of the current round: participant id -> the number of the option voted for.
    public var votes: [String: Int] = [:]
    /// A tie waiting for the facilitator: the numbers of the tied options.
    public var tie: [Int]?
    /// Proposals already coached this round (participant and word), so a repeat keeps the word.
    public var coached: [String] = []
    /// What each finished round decided.
    public var results: [Corner: TeamResult] = [:]
    /// True once a round has been decided: later joiners are caught up.
    public var started: Bool { !results.isEmpty }

    /// The members still playing.
    var active: [TeamMember] { members.filter(\.active) }

    func member(_ id: String) -> TeamMember? { members.first { $0.id == id } }

    func name(_ id: String) -> String { member(id)?.name ?? id }
}

/// One player of a team game.
public struct TeamMember: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var active: Bool
}

/// A word one participant proposed for the current corner.
public struct Proposal: Sendable, Equatable, Codable {
    public var participant: String
    /// The lemma when recognised, else the participant's own words.
    public var word: String
    public var lemma: String?
}

/// What a round decided: the word, who proposed it, and how the vote went.
public struct TeamResult: Sendable, Equatable, Codable {
    public var word: String
    /// Names of the participants who proposed this word (or a synonym of it).
    public var proposedBy: [String]
    public var votes: Int
    /// Votes cast in the round.
    public var totalVotes: Int
}

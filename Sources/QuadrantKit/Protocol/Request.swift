/// How a session is opened: by `start`, or implicitly by a first `say`.
public struct StartOptions: Sendable, Equatable {
    /// `nil` means `auto`: guessed from the participant's first words, Dutch when in doubt.
    public var language: Language?
    public var flow: Flow = .quadrant
    public var from: Corner = .quality
    public var participant: Participant?
    /// `team`: a group chat builds one quadrant together; `participant` is the facilitator.
    public var team = false
    /// Team game: proposals stay hidden until everyone has proposed or the facilitator reveals them.
    public var hidden = false
    /// Team game: what a message starts with to be meant for the bot (default `@quadrant`).
    public var prefix: String?
    /// The people the team works for, when the host knows: the questions name them. `nil`: heard from the team.
    public var audience: Audience?

    public init(language: Language? = nil, flow: Flow = .quadrant, from: Corner = .quality, participant: Participant? = nil,
                team: Bool = false, hidden: Bool = false, prefix: String? = nil, audience: Audience? = nil) {
        self.language = language
        self.flow = flow
        self.from = from
        self.participant = participant
        self.team = team
        self.hidden = hidden
        self.prefix = prefix
        self.audience = audience
    }
}

/// Who said something, as a chat bridge knows them.
public struct Participant: Sendable, Equatable, Codable {
    public var id: String
    public var name: String?

    public init(id: String, name: String?) {
        self.id = id
        self.name = name
    }
}

/// A request from the host, decoded and validated.
public enum Request: Sendable, Equatable {
    case start(session: String, StartOptions)
    case say(session: String, text: String, participant: Participant?, mentioned: Bool = false)
    case end(session: String)
    case suggest(word: String, language: Language?, corner: Corner?)
    case check(Quadrant<String>, language: Language?)
    case render(session: String, format: QuadrantCard.Format)
    /// The session as a portable state string (`exported`).
    case export(session: String)
    /// A session brought back from a state string, replacing one of the same name.
    indirect case restore(session: String, state: Session)
    case ping

    /// The request's `type` on the wire.
    public var type: String {
        switch self {
        case .start: return "start"
        case .say: return "say"
        case .end: return "end"
        case .suggest: return "suggest"
        case .check: return "check"
        case .render: return "render"
        case .export: return "export"
        case .restore: return "restore"
        case .ping: return "ping"
        }
    }

    /// Every `type` quadrant accepts, for the `unknown_type` message.
    public static let types = ["start", "say", "end", "suggest", "check", "render", "export", "restore", "ping"]
}

/// A request with the `id` the host gave it, which every event it causes echoes.
public struct Envelope: Sendable, Equatable {
    public var id: JSONValue?
    public var request: Request

    public init(id: JSONValue? = nil, _ request: Request) {
        self.id = id
        self.request = request
    }
}

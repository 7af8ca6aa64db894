/// How a session is opened: by `start`, or implicitly by a first `say`.
public struct StartOptions: Sendable, Equatable {
    /// `nil` means `auto`: guessed from the participant's first words, Dutch when in doubt.
    public var language: Language?
    public var flow: Flow = .quadrant
    public var from: Corner = .quality
    public var participant: Participant?

    public init(language: Language? = nil, flow: Flow = .quadrant, from: Corner = .quality, participant: Participant? = nil) {
        self.language = language
        self.flow = flow
        self.from = from
        self.participant = participant
    }
}

/// Who said something, as a chat bridge knows them.
public struct Participant: Sendable, Equatable, Codable {
    public var id: String
    public var name: String?
}

/// A request from the host, decoded and validated.
public enum Request: Sendable, Equatable {
    case start(session: String, StartOptions)
    case say(session: String, text: String, participant: Participant?)
    case end(session: String)
    case suggest(word: String, language: Language?, corner: Corner?)
    case check(Quadrant<String>, language: Language?)
    case render(session: String, format: QuadrantCard.Format)
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
        case .ping: return "ping"
        }
    }

    /// Every `type` quadrant accepts, for the `unknown_type` message.
    public static let types = ["start", "say", "end", "suggest", "check", "render", "ping"]
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

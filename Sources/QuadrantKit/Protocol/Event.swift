/// What `suggest` answers: what the lexicon knows of one word.
public struct Suggestion: Sendable, Equatable {
    public var word: String
    public var language: Language
    public var lemma: String?
    /// The corner the word usually fills: a quality is a core quality, a distortion a pitfall.
    public var corner: Corner?
    public var synonyms: [String]
    public var quadrants: [Quadrant<String>]
    /// Other lemmas the word could mean, when it is ambiguous.
    public var alternatives: [String]
    /// The event body once written (suggestions are remembered, so this is written once per word asked).
    let written = WrittenBytes()

    /// Whether the lexicon understood the word.
    public var known: Bool { lemma != nil }
}

/// What `check` answers: each arrow's verdict with a reason, and whether the quadrant closes.
public struct CheckResult: Sendable, Equatable {
    public var language: Language
    public var check: QuadrantCheck
    public var reasons: [String]
    public var lemmas: Quadrant<String?>
    /// The event body once written (check answers are remembered, so this is written once per quadrant).
    let written = WrittenBytes()
}

/// A message from quadrant to the host.
public enum Event: Sendable, Equatable {
    case ready(version: String, languages: [Language])
    case reply(session: String, Reply)
    indirect case quadrant(session: String, words: Quadrant<String>, closed: Bool, language: Language, team: Quadrant<TeamResult?>? = nil)
    case suggestion(Suggestion)
    indirect case checked(CheckResult)
    case rendered(session: String, format: QuadrantCard.Format, content: String)
    case ended(session: String)
    /// The answer to `export`: the session as a portable state string.
    case exported(session: String, state: String)
    /// The answer to `restore`; a `reply` saying where the conversation stands follows.
    case restored(session: String)
    case pong
    case error(ProtocolError, line: Int?)

    /// The `protocol` number announced in `ready`.
    public static let protocolVersion = 1

    /// Whether this is `ended`, the end of a session.
    var isEnd: Bool {
        if case .ended = self { return true }
        return false
    }
}

/// An event with the `id` of the request that caused it.
public struct AddressedEvent: Sendable, Equatable {
    public var id: JSONValue?
    public var event: Event

    public init(id: JSONValue?, _ event: Event) {
        self.id = id
        self.event = event
    }
}

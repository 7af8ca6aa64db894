/// A button a host may show; sending its `value` as text answers the question.
public struct Option: Sendable, Equatable, Codable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }

    /// An option whose label is its value.
    public init(_ word: String) {
        self.init(label: word, value: word)
    }
}

/// A message from the bot to the participant.
public struct Reply: Sendable, Equatable {
    public var text: String
    public var options: [Option]
    public var stage: Stage
    /// The corners filled so far.
    public var quadrant: Quadrant<String?>
    public var language: Language
    /// In a team game, the participant this reply is for (a refusal, coaching); nil for everyone.
    public var to: String?
    /// The options as written once for a remembered question, so most replies copy them.
    var writtenOptions = WrittenOptions()

    public init(text: String, options: [Option], stage: Stage, quadrant: Quadrant<String?>, language: Language, to: String? = nil) {
        self.init(text: text, options: options, writtenOptions: WrittenOptions(), stage: stage, quadrant: quadrant, language: language, to: to)
    }

    init(text: String, options: [Option], writtenOptions: WrittenOptions, stage: Stage, quadrant: Quadrant<String?>, language: Language, to: String? = nil) {
        self.text = text
        self.options = options
        self.writtenOptions = writtenOptions
        self.stage = stage
        self.quadrant = quadrant
        self.language = language
        self.to = to
    }
}

/// What one step of the engine produces, in order.
public enum Output: Sendable, Equatable {
    case reply(Reply)
    /// All four corners are filled: the quadrant, whether it closes, and in a team game who proposed
    /// each word and how the vote went.
    indirect case quadrantComplete(Quadrant<String>, closed: Bool, language: Language, team: Quadrant<TeamResult?>? = nil)
    /// The conversation is over; the host may forget the session.
    case ended
}

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
    /// What the bot says: the preface, then the question, joined by a space.
    public var text: String {
        get {
            if preface.isEmpty { return question }
            if question.isEmpty { return preface }
            // One allocation of the right size: appending to the preface as it is copies it twice.
            var joined = String()
            joined.reserveCapacity(preface.utf8.count + 1 + question.utf8.count)
            joined += preface
            joined += " "
            joined += question
            return joined
        }
        set {
            preface = newValue
            question = ""
            written = WrittenQuestion()
        }
    }
    /// The text in two parts, joined only when `text` is read: the first sentence(s) of this turn, and the
    /// question, which a remembered question's reply writes from its cache (`written`).
    private(set) var preface: String
    private(set) var question: String
    public var options: [Option]
    public var stage: Stage
    /// The corners filled so far.
    public var quadrant: Quadrant<String?>
    public var language: Language
    /// In a team game, the participant this reply is for (a refusal, coaching); nil for everyone.
    public var to: String?
    /// The question's text and options as written once for a remembered question, so most replies copy them.
    var written = WrittenQuestion()

    public init(text: String, options: [Option], stage: Stage, quadrant: Quadrant<String?>, language: Language, to: String? = nil) {
        self.init(preface: text, question: "", options: options, written: WrittenQuestion(), stage: stage, quadrant: quadrant, language: language, to: to)
    }

    init(preface: String, question: String, options: [Option], written: WrittenQuestion, stage: Stage, quadrant: Quadrant<String?>,
         language: Language, to: String? = nil) {
        self.preface = preface
        self.question = question
        self.options = options
        self.written = written
        self.stage = stage
        self.quadrant = quadrant
        self.language = language
        self.to = to
    }

    /// Equal when they say the same, however the text is split.
    public static func == (a: Reply, b: Reply) -> Bool {
        a.text == b.text && a.options == b.options && a.stage == b.stage && a.quadrant == b.quadrant
            && a.language == b.language && a.to == b.to
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

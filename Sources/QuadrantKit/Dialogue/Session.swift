/// Which conversation a session is having.
public enum Flow: String, Sendable, Codable, CaseIterable {
    /// The core quadrant walk.
    case quadrant
    /// The four phases of working with customers (onwetend ... klantbekwaam).
    case phases
}

/// Where a conversation stands; sent to hosts as `stage`.
public enum Stage: String, Sendable, Codable {
    case quality, pitfall, challenge, allergy
    /// The quadrant is complete: is it round?
    case check
    /// A concrete example of the pitfall, then one small step toward the challenge.
    case reflect
    /// Questions of the phases flow.
    case phases
    /// A team game before its first round: players join, the facilitator starts.
    case lobby
    case done

    /// The stage that asks for `corner`.
    init(_ corner: Corner) {
        switch corner {
        case .quality: self = .quality
        case .pitfall: self = .pitfall
        case .challenge: self = .challenge
        case .allergy: self = .allergy
        }
    }

    /// The corner this stage asks for, if it asks for one.
    public var corner: Corner? {
        switch self {
        case .quality: return .quality
        case .pitfall: return .pitfall
        case .challenge: return .challenge
        case .allergy: return .allergy
        case .check, .reflect, .phases, .lobby, .done: return nil
        }
    }
}

/// What a participant chose for one corner.
public struct Answer: Sendable, Hashable, Codable {
    /// The word shown in the quadrant: the lemma when recognised, else the participant's own words.
    public var text: String
    /// The lexicon lemma, when the answer was recognised.
    public var lemma: String?
    /// True when the participant kept a word that the lexicon does not know or that did not fit.
    public var ownChoice: Bool
}

/// A question the bot asked that the next answer may respond to.
public enum Pending: Sendable, Equatable, Codable {
    /// "Which did you mean?" among several lemmas; `original` is what was typed.
    case choose(candidates: [String], original: String)
    /// The answer did not fit its corner; typing it again keeps it as the participant's own choice.
    case coached(original: String, lemma: String?)
    /// The check found a side that does not close; the participant may revise that corner.
    case revise(Corner)
}

/// One conversation: everything the engine needs to continue it, and nothing else.
///
/// A plain value: the engine returns a new one for every input, so `back` is a stack of earlier values,
/// and journalling or exporting a session is writing this value down.
public struct Session: Sendable, Equatable, Codable {
    public var language: Language
    public var flow: Flow
    public var stage: Stage
    /// The corner the walk started from; the order of the rest follows from it.
    public var start: Corner
    /// The people the team works for, once known; the questions name them. It outlives `back` and `again`:
    /// the team is the same.
    public var audience: Audience?
    public var answers = Answers()
    public var pending: Pending?
    /// The reflection after the check: a concrete moment the pitfall showed, and one small next step.
    public var example: String?
    public var nextStep: String?
    /// Answers to the phases flow, in order.
    public var phaseAnswers: [Int] = []
    /// The team game, when the session is a team session.
    public var team: TeamState?
    /// Earlier states, most recent last, for `back`: at most `historyLimit`, so a session that revises its
    /// quadrant without end still keeps a bounded size.
    public var history: [SessionSnapshot] = []

    /// The most steps `back` can go: a walk takes about ten, and a few rounds of revising more.
    public static let historyLimit = 32

    public init(language: Language, flow: Flow = .quadrant, start: Corner = .quality, audience: Audience? = nil) {
        self.language = language
        self.flow = flow
        self.start = start
        self.audience = audience
        self.stage = flow == .phases ? .phases : Stage(start)
    }

    /// The corners in the order this walk asks them.
    public var order: [Corner] {
        switch start {
        case .quality: return Self.orders[0]
        case .pitfall: return Self.orders[1]
        case .challenge: return Self.orders[2]
        case .allergy: return Self.orders[3]
        }
    }

    /// The orders, built once: an array literal in `order` allocated on every turn.
    private static let orders: [[Corner]] = [
        [.quality, .pitfall, .challenge, .allergy], [.pitfall, .quality, .challenge, .allergy],
        [.challenge, .allergy, .quality, .pitfall], [.allergy, .quality, .pitfall, .challenge],
    ]

    /// The words filled in so far, per corner.
    public var quadrantWords: Quadrant<String?> {
        Quadrant(quality: answers[.quality]?.text, pitfall: answers[.pitfall]?.text,
                 challenge: answers[.challenge]?.text, allergy: answers[.allergy]?.text)
    }

    /// The words filled in so far as the bot's questions say them: a lexicon word as it is, the team's own
    /// words in quotes, so a sentence reads as theirs ("het positieve tegenovergestelde van ‘we nemen alles
    /// over’").
    var spokenWords: Quadrant<String?> {
        func spoken(_ corner: Corner) -> String? {
            guard let answer = answers[corner] else { return nil }
            return answer.lemma == nil ? "‘\(answer.text)’" : answer.text
        }
        return Quadrant(quality: spoken(.quality), pitfall: spoken(.pitfall), challenge: spoken(.challenge), allergy: spoken(.allergy))
    }

    /// The first corner of the walk still empty.
    var nextOpenCorner: Corner? { order.first { answers[$0] == nil } }
}

/// A session as it was before one answer, without its own history.
public struct SessionSnapshot: Sendable, Equatable, Codable {
    public var stage: Stage
    public var answers: Answers
    public var pending: Pending?
    public var example: String?
    public var nextStep: String?
    public var phaseAnswers: [Int]
    public var team: TeamState?
}

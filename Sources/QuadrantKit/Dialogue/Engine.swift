/// The facilitator: a pure state machine from (session, what was said) to (new session, what to say).
///
/// No clocks, no randomness, no I/O: the same inputs always give the same outputs, which is what makes
/// dialogues replayable and journals recoverable.
public struct Engine: Sendable {
    public let lexicons: Lexicons
    /// Recent checks of a session's quadrant, by language and answers (see `quadrantCheck`).
    private let checks = Memo<CheckKey, QuadrantCheck>(capacity: 4096)
    /// Recent answers to `check` requests.
    private let checkRequests = Memo<CheckRequestKey, CheckResult>(capacity: 4096)
    /// Recent answers to `suggest` requests, each with its event body once written.
    private let suggestions = Memo<SuggestKey, Suggestion>(capacity: 4096)
    /// Recent questions of solo walks, by language, stage and answers (see `currentQuestion`).
    let questions = Memo<QuestionKey, Question>(capacity: 4096)

    public init(lexicons: Lexicons) {
        self.lexicons = lexicons
    }

    /// The check of the session's quadrant, empty corners as "". A turn asks for it more than once (is it
    /// closed, which arrow breaks) and walks meet the same quadrants, so it is remembered: the check is a
    /// pure function of the language and the answers, and remembering it changes no output.
    func quadrantCheck(_ session: Session) -> QuadrantCheck {
        checks.value(for: CheckKey(language: session.language, answers: session.answers)) {
            lexicon(session).check(words: session.quadrantWords.map { $0 ?? "" }, lemmas: lemmaIDs(session))
        }
    }

    /// Answers `suggest`: what the lexicon knows of `word`, in `language` or the one that knows it.
    /// Remembered per request, like `check`: it depends on nothing else.
    public func suggest(_ word: String, language: Language?, corner: Corner?) -> Suggestion {
        suggestions.value(for: SuggestKey(word: word, language: language, corner: corner)) { suggestAfresh(word, language: language, corner: corner) }
    }

    /// Answers `check`: each arrow's verdict and a reason in the language of the words.
    public func check(_ words: Quadrant<String>, language: Language?) -> CheckResult {
        checkRequests.value(for: CheckRequestKey(words: words, language: language)) { checkAfresh(words, language: language) }
    }

    /// Opens a conversation and asks its first question.
    public func start(language: Language, flow: Flow = .quadrant, from corner: Corner = .quality, audience: Audience? = nil) -> (Session, [Output]) {
        let session = Session(language: language, flow: flow, start: corner, audience: audience)
        let book = phrasebook(language)
        let opening = flow == .phases ? nil : book.greeting(from: corner)
        return (session, [.reply(prompt(session, preface: opening))])
    }

    /// One message from a participant: a command, an answer, or the value of an option. In a team game
    /// `participant` says who spoke and `mentioned` whether the bridge saw the bot addressed.
    public func participantSaid(_ raw: String, from participant: Participant? = nil, mentioned: Bool = false, in session: inout Session) -> [Output] {
        if session.team != nil {
            return teamSaid(raw, from: participant, mentioned: mentioned, in: &session)
        }
        return soloSaid(raw, in: &session)
    }

    /// The solo walk's handling of one message.
    func soloSaid(_ raw: String, in session: inout Session) -> [Output] {
        // "vriendelijk 😊" is "vriendelijk"; a thumbs-up alone is a yes.
        let (text, reaction) = EmojiReaction.split(raw.collapsingWhitespace)
        switch reaction {
        case .yes?: return soloSaid(phrasebook(session.language).plainYes, in: &session)
        case .no?: return soloSaid(phrasebook(session.language).plainNo, in: &session)
        case .other?: return [.reply(prompt(session, preface: phrasebook(session.language).askForWords()))]
        case nil: break
        }
        guard !text.isEmpty else {
            return [.reply(prompt(session, preface: phrasebook(session.language).askAgain()))]
        }
        let key = TextFolding.key(text)
        if session.audience == nil { session.audience = Audience.heard(in: key, session.language) }
        if let command = Command(folded: key) {
            return perform(command, in: &session)
        }
        if session.stage.corner != nil || session.stage == .check, let number = Self.number(key) {
            // "2" picks the second option on offer, as a chat that numbers its options invites.
            let options = optionsOnOffer(session)
            if !options.isEmpty {
                guard (1...options.count).contains(number) else {
                    return [.reply(prompt(session, preface: phrasebook(session.language).pickNumber(upTo: options.count)))]
                }
                return soloSaid(options[number - 1].value, in: &session)
            }
        }
        // "de eerste", "the 2nd", "the one in the middle": an option on offer by its place, as a number picks it.
        // (Most answers are no word of place: told apart before the options are made.)
        if session.stage.corner != nil, key.utf8.count < 40, TextFolding.holdsShape(key, in: Self.placeBits), Self.place(in: key, of: 4) != nil {
            let book = phrasebook(session.language)
            let options = optionsOnOffer(session).filter { TextFolding.key($0.value) != book.somethingElse }
            if !options.isEmpty, let place = Self.place(in: key, of: options.count) {
                return soloSaid(options[place].value, in: &session)
            }
        }
        switch session.stage {
        case .quality, .pitfall, .challenge, .allergy:
            return answer(text, folded: key, for: session.stage.corner!, in: &session)
        case .check:
            return respondToCheck(text, in: &session)
        case .reflect:
            return reflect(text, in: &session)
        case .phases:
            return answerPhase(text, in: &session)
        case .lobby:
            return [.reply(prompt(session))]
        case .done where session.flow == .phases:
            return afterPhases(text, in: &session)
        case .done:
            let book = phrasebook(session.language)
            // A thank-you gets a word back and the way on, not the whole summary again.
            if book.thanksWords.contains(key) {
                let (_, options) = composeQuestion(session)
                return [.reply(Reply(text: book.welcome(), options: options, stage: session.stage,
                                     quadrant: session.quadrantWords, language: session.language))]
            }
            // "wat zijn die vier fasen?": the phases explained, and the way on.
            if Self.phaseWords.contains(where: { TextFolding.holdsWord(key, $0) }) {
                let (_, options) = composeQuestion(session)
                return [.reply(Reply(text: help(.phases, in: session), options: options, stage: session.stage,
                                     quadrant: session.quadrantWords, language: session.language))]
            }
            return [.reply(prompt(session, preface: book.finished()))]
        }
    }

    /// Words that ask about the four phases after a walk: "wat zijn die vier fasen?", "which phase are we in?".
    static let phaseWords: [Substring] = ["fasen", "fase", "phases", "phase"]

    /// A short bare number ("2"), as a participant picks an option by its place.
    private static func number(_ key: String) -> Int? {
        guard (1...2).contains(key.utf8.count), key.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return Int(key)
    }

    /// The lexicon of the session's language.
    func lexicon(_ session: Session) -> Lexicon { lexicons[session.language] }

    /// Builds a reply with the session's current question, after an optional first sentence.
    func prompt(_ session: Session, preface: String? = nil) -> Reply {
        let asked = currentQuestion(session)
        return Reply(preface: preface ?? "", question: asked.text, options: asked.options, written: asked.written,
                     stage: session.stage, quadrant: session.quadrantWords, language: session.language)
    }

    /// Records the state before a change, so `back` can return to it; the oldest goes past the limit.
    func remember(_ session: inout Session) {
        if session.history.count >= Session.historyLimit { session.history.removeFirst() }
        session.history.append(SessionSnapshot(
            stage: session.stage, answers: session.answers, pending: session.pending,
            example: session.example, nextStep: session.nextStep, phaseAnswers: session.phaseAnswers, team: session.team))
    }
}

/// What a session's quadrant check depends on.
private struct CheckKey: Hashable, Sendable {
    var language: Language
    var answers: Answers

    /// The words are enough to tell keys apart (equality still compares whole answers), and hashing
    /// half as many strings is a tenth of a turn.
    func hash(into hasher: inout Hasher) {
        hasher.combine(language)
        answers.hashWords(into: &hasher)
    }
}

/// What the answer to a `suggest` request depends on.
private struct SuggestKey: Hashable, Sendable {
    var word: String
    var language: Language?
    var corner: Corner?
}

/// What the answer to a `check` request depends on.
private struct CheckRequestKey: Hashable, Sendable {
    var words: Quadrant<String>
    var language: Language?
}

/// What a solo walk's question for a corner, or for the check, depends on.
struct QuestionKey: Hashable, Sendable {
    var language: Language
    /// Whom the questions name: a session that has named no one is asked as one of customers.
    var audience: Audience
    var stage: Stage
    var answers: Answers

    func hash(into hasher: inout Hasher) {
        hasher.combine(language)
        hasher.combine(audience)
        hasher.combine(stage)
        answers.hashWords(into: &hasher)
    }
}

/// A question with its options; a remembered one also keeps its options as written.
struct Question: Sendable {
    var text: String
    var options: [Option]
    var written = WrittenQuestion()
}

extension Engine {
    /// The current question of the phases flow, or its outcome once every question is answered.
    func phaseQuestion(_ session: Session, introduced: Bool = false) -> (String, [Option]) {
        let book = phrasebook(session.language, audience: session.audience)
        let index = session.phaseAnswers.count
        let intro = index == 0 && !introduced ? book.phaseIntroduction() + " " : ""
        return (intro + book.phaseQuestions[index], book.phaseAnswerLabels.map(Option.init))
    }

    /// Takes an answer to a phase question: yes, partly or no, by word or by option.
    func answerPhase(_ text: String, in session: inout Session) -> [Output] {
        let book = phrasebook(session.language, audience: session.audience)
        let score: Int
        // "weet ik niet" holds a "niet" but says neither yes nor no: ask again.
        let agreement = book.notSureWords.contains(TextFolding.key(text)) ? nil : Agreement(text, book)
        switch agreement {
        case .yes?: score = 2
        case .partly?: score = 1
        case .no?: score = 0
        case nil:
            let (question, options) = phaseQuestion(session, introduced: true)
            // "wat zijn die fasen dan?": the four phases explained, and the question again.
            if text.hasSuffix("?") || asksAboutQuestion(TextFolding.key(text), book) {
                return [.reply(Reply(text: help(.phases, in: session) + " " + question, options: options, stage: session.stage,
                                     quadrant: session.quadrantWords, language: session.language))]
            }
            return [.reply(Reply(text: book.askYesPartlyNo() + " " + question, options: options, stage: session.stage,
                                 quadrant: session.quadrantWords, language: session.language))]
        }
        remember(&session)
        session.phaseAnswers.append(score)
        guard session.phaseAnswers.count == book.phaseQuestions.count else { return [.reply(prompt(session))] }
        session.stage = .done
        return [.reply(phaseOutcome(session))]
    }

    /// The phase the team is in, and the offer of the quadrant walk as the next step; a team whose quadrant is
    /// complete is offered another.
    func phaseOutcome(_ session: Session) -> Reply {
        let book = phrasebook(session.language, audience: session.audience)
        let complete = Corner.allCases.allSatisfy { session.answers[$0] != nil }
        return Reply(text: book.phaseResult(CustomerPhase(answers: session.phaseAnswers), offerWalk: !complete),
                     options: complete ? [Option(book.againLabel)] : [Option(book.walkOfferLabel), Option(book.skipLabel)],
                     stage: .done, quadrant: session.quadrantWords, language: session.language)
    }

    /// After the phases outcome: yes starts the quadrant walk in the same session.
    func afterPhases(_ text: String, in session: inout Session) -> [Output] {
        let book = phrasebook(session.language)
        // "bedankt!", "cheers": a word back and the way on, not the whole outcome again.
        if let reply = chatter(TextFolding.key(text), book) {
            var outcome = phaseOutcome(session)
            outcome.text = reply
            return [.reply(outcome)]
        }
        // A complete quadrant is not offered again: the outcome stands, with 'again' for another.
        guard !Corner.allCases.allSatisfy({ session.answers[$0] != nil }) else { return [.reply(phaseOutcome(session))] }
        guard Agreement(text, book) == .yes || TextFolding.key(text) == TextFolding.key(book.walkOfferLabel) else {
            let declined = Agreement(text, book) == .no || book.skipWords.contains(TextFolding.key(text))
            var outcome = phaseOutcome(session)
            if declined { outcome.text = book.phasesDeclined() }
            return [.reply(outcome)]
        }
        if !session.answers.isEmpty {
            // Back to the walk the phases interrupted, where it was.
            let phaseAnswers = session.phaseAnswers
            var walk = Session(language: session.language, flow: .quadrant, start: session.start, audience: session.audience)
            walk.answers = session.answers
            walk.phaseAnswers = phaseAnswers
            walk.stage = walk.nextOpenCorner.map(Stage.init) ?? .check
            session = walk
            return [.reply(prompt(session, preface: book.status(session.stage, filled: session.quadrantWords)))]
        }
        session = Session(language: session.language, flow: .quadrant, start: .quality, audience: session.audience)
        return [.reply(prompt(session, preface: book.greeting(from: .quality)))]
    }
}

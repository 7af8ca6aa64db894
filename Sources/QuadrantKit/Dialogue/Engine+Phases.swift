extension Engine {
    /// The current question of the phases flow, or its outcome once every question is answered.
    func phaseQuestion(_ session: Session) -> (String, [Option]) {
        let book = phrasebook(session.language)
        let index = session.phaseAnswers.count
        let intro = index == 0 ? book.phaseIntroduction() + " " : ""
        return (intro + book.phaseQuestions[index], book.phaseAnswerLabels.map(Option.init))
    }

    /// Takes an answer to a phase question: yes, partly or no, by word or by option.
    func answerPhase(_ text: String, in session: inout Session) -> [Output] {
        let book = phrasebook(session.language)
        let key = TextFolding.key(text)
        let score: Int
        if book.yesWords.contains(key) || key == TextFolding.key(book.phaseAnswerLabels[0]) {
            score = 2
        } else if key == TextFolding.key(book.phaseAnswerLabels[1]) || book.partlyWords.contains(key) {
            score = 1
        } else if book.noWords.contains(key) || key == TextFolding.key(book.phaseAnswerLabels[2]) {
            score = 0
        } else {
            return [.reply(prompt(session, preface: book.askYesPartlyNo()))]
        }
        remember(&session)
        session.phaseAnswers.append(score)
        guard session.phaseAnswers.count == book.phaseQuestions.count else { return [.reply(prompt(session))] }
        session.stage = .done
        return [.reply(phaseOutcome(session))]
    }

    /// The phase the team is in, and the offer of the quadrant walk as the next step.
    func phaseOutcome(_ session: Session) -> Reply {
        let book = phrasebook(session.language)
        return Reply(text: book.phaseResult(CustomerPhase(answers: session.phaseAnswers)),
                     options: [Option(book.walkOfferLabel), Option(book.skipLabel)],
                     stage: .done, quadrant: session.quadrantWords, language: session.language)
    }

    /// After the phases outcome: yes starts the quadrant walk in the same session.
    func afterPhases(_ text: String, in session: inout Session) -> [Output] {
        let book = phrasebook(session.language)
        let key = TextFolding.key(text)
        guard book.yesWords.contains(key) || key == TextFolding.key(book.walkOfferLabel) else {
            return [.reply(phaseOutcome(session))]
        }
        session = Session(language: session.language, flow: .quadrant, start: .quality)
        return [.reply(prompt(session, preface: book.greeting(from: .quality)))]
    }
}

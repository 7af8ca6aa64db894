extension Engine {
    /// Carries out help, back, restart, stop, status or a language switch, at any point.
    func perform(_ command: Command, in session: inout Session) -> [Output] {
        let book = phrasebook(session.language)
        switch command {
        case .help:
            return [.reply(prompt(session, preface: help(session.stage, in: session)))]
        case .status:
            return [.reply(prompt(session, preface: book.status(session.stage, filled: session.quadrantWords)))]
        case .back:
            guard let snapshot = session.history.popLast() else {
                // Nothing filled in: the start. Otherwise the oldest steps went past `Session.historyLimit`.
                let atStart = session.answers.isEmpty && session.phaseAnswers.isEmpty
                return [.reply(prompt(session, preface: atStart ? book.nothingToUndo() : book.noFurtherBack(Session.historyLimit)))]
            }
            session.stage = snapshot.stage
            session.answers = snapshot.answers
            session.pending = snapshot.pending
            session.example = snapshot.example
            session.nextStep = snapshot.nextStep
            session.phaseAnswers = snapshot.phaseAnswers
            session.team = snapshot.team
            return [.reply(prompt(session, preface: book.undone()))]
        case .restart:
            // After the phases' outcome, "again" is another quadrant, as the outcome offers.
            let anotherQuadrant = session.flow == .phases && session.stage == .done
            session = Session(language: session.language, flow: anotherQuadrant ? .quadrant : session.flow,
                              start: anotherQuadrant ? .quality : session.start, audience: session.audience)
            return [.reply(prompt(session, preface: book.restarted()))]
        case .stop:
            let reply = Reply(text: book.goodbye(session.quadrantWords), options: [], stage: .done,
                              quadrant: session.quadrantWords, language: session.language)
            session.stage = .done
            return [.reply(reply), .ended]
        case .phases:
            // A walk under way waits for the phases: its corners are kept and it goes on after them. A finished
            // one is kept too, so the phases do not offer it again; and the team's people stay who they were.
            let waiting = session.flow == .quadrant && session.team == nil ? session.answers : Answers()
            let start = session.start
            session = Session(language: session.language, flow: .phases, audience: session.audience)
            session.answers = waiting
            session.start = start
            return [.reply(prompt(session))]
        case .language(let language):
            translate(&session, to: language)
            return [.reply(prompt(session, preface: phrasebook(language).switchedLanguage()))]
        case .next, .reveal, .join, .leave:
            return [.reply(prompt(session))]
        }
    }
}

extension Engine {
    /// Switches the session's language, carrying the filled corners over where the translation table
    /// knows their lemma; the participant's own words stay as they were typed.
    func translate(_ session: inout Session, to language: Language) {
        guard language != session.language else { return }
        let table = lexicons.translations
        for (corner, answer) in session.answers {
            guard let lemma = answer.lemma, let translated = table.translate(lemma, to: language) else { continue }
            session.answers[corner] = Answer(text: translated, lemma: translated, ownChoice: answer.ownChoice)
            if let result = session.team?.results[corner] {
                session.team?.results[corner]?.word = result.word == answer.text ? translated : result.word
            }
        }
        session.language = language
    }
}

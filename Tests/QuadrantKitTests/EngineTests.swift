import Testing
@testable import QuadrantKit

/// Step-by-step assertions on the engine: the whole session and the whole output after each step.
@Suite("The dialogue engine")
struct EngineTests {
    let engine = Fixtures.engine

    func replies(_ outputs: [Output]) -> [Reply] {
        outputs.compactMap { if case .reply(let reply) = $0 { return reply } else { return nil } }
    }

    func say(_ text: String, _ session: inout Session) -> Reply {
        let outputs = engine.participantSaid(text, in: &session)
        return replies(outputs).last!
    }

    @Test("the seed's walk, step by step, to a closed quadrant")
    func seedWalk() {
        var (session, outputs) = engine.start(language: .nl)
        #expect(session.stage == .quality)
        let first = replies(outputs)[0]
        #expect(first.options.map(\.label) == ["klantgerichtheid", "daadkracht", "efficiëntie", "iets anders"])
        #expect(first.text.hasPrefix("Hoi!"))

        let pitfall = say("wij zijn erg klantgericht", &session)
        #expect(session.answers[.quality] == Answer(text: "klantgerichtheid", lemma: "klantgerichtheid", ownChoice: false))
        #expect(pitfall.stage == .pitfall)
        #expect(pitfall.text.hasPrefix("Klantgerichtheid, mooi. En als jullie doorschieten in klantgerichtheid"))
        #expect(pitfall.options.map(\.label) == ["grenzeloosheid", "meegaandheid", "iets anders"])

        let challenge = say("grenzeloos", &session)
        #expect(challenge.stage == .challenge)
        #expect(challenge.options.map(\.label) == ["duidelijkheid", "iets anders"])
        let allergy = say("duidelijk", &session)
        #expect(allergy.options.map(\.label) == ["hardheid", "starheid", "iets anders"])

        let outputs4 = engine.participantSaid("star", in: &session)
        #expect(outputs4.first == .quadrantComplete(
            Quadrant(quality: "klantgerichtheid", pitfall: "grenzeloosheid", challenge: "duidelijkheid", allergy: "starheid"),
            closed: true, language: .nl))
        #expect(session.stage == .check)
        #expect(replies(outputs4)[0].options.map(\.label) == ["Ja, dat klopt", "Allergie aanpassen"])

        #expect(say("ja", &session).stage == .reflect)
        _ = say("De debiteurenadministratie werd teruggefloten.", &session)
        let summary = say("Betalingsafspraken nakomen", &session)
        #expect(session.stage == .done)
        #expect(summary.text.contains("Voorbeeld: De debiteurenadministratie werd teruggefloten."))
        #expect(summary.text.contains("Volgende stap: Betalingsafspraken nakomen"))
        #expect(session.history.count == 7)
    }

    @Test("an unknown word is kept and the walk goes on")
    func unknownKept() {
        var (session, _) = engine.start(language: .nl)
        let reply = say("gastvrijheid", &session)
        #expect(session.answers[.quality] == Answer(text: "gastvrijheid", lemma: nil, ownChoice: true))
        #expect(reply.stage == .pitfall)
        #expect(reply.text.hasPrefix("‘gastvrijheid’ staat niet in mijn woordenlijst"))
    }

    @Test("a positive word as pitfall is coached; saying it again keeps it")
    func coachingAndInsisting() {
        var (session, _) = engine.start(language: .nl)
        _ = say("klantgericht", &session)
        let coached = say("vriendelijk", &session)
        #expect(session.stage == .pitfall)
        #expect(session.answers[.pitfall] == nil)
        #expect(coached.text.hasPrefix("Vriendelijkheid is eerder een kwaliteit dan een valkuil."))
        #expect(coached.options.map(\.label) == ["grenzeloosheid", "meegaandheid", "Toch ‘vriendelijkheid’"])
        let kept = say(coached.options.last!.value, &session)
        #expect(session.answers[.pitfall] == Answer(text: "vriendelijkheid", lemma: "vriendelijkheid", ownChoice: true))
        #expect(kept.stage == .challenge)
    }

    @Test("an ambiguous answer gets a question with options")
    func ambiguous() {
        var (session, _) = engine.start(language: .nl)
        let question = say("kalmte", &session)
        #expect(session.pending == .choose(candidates: ["rust", "spontaniteit"], original: "kalmte"))
        #expect(question.options.map(\.label) == ["rust", "spontaniteit", "iets anders"])
        _ = say("spontaniteit", &session)
        #expect(session.answers[.quality]?.text == "spontaniteit")
    }

    @Test("back three times returns to the right question with the right state")
    func backThreeTimes() {
        var (session, _) = engine.start(language: .nl)
        for word in ["klantgericht", "grenzeloos", "duidelijk"] { _ = say(word, &session) }
        #expect(session.stage == .allergy)
        _ = say("terug", &session)
        #expect(session.stage == .challenge)
        let second = say("/terug", &session)
        #expect(session.stage == .pitfall)
        #expect(session.answers == [.quality: Answer(text: "klantgerichtheid", lemma: "klantgerichtheid", ownChoice: false)])
        #expect(second.text.hasPrefix("Oké, een stap terug. En als jullie doorschieten in klantgerichtheid"))
        let third = say("back", &session)
        #expect(session.stage == .quality)
        #expect(session.answers.isEmpty)
        #expect(third.text.hasPrefix("Oké, een stap terug. Waar is jullie team echt goed in?"))
        let start = say("back", &session)
        #expect(start.text.hasPrefix("We staan al aan het begin."))
    }

    @Test("revising without end keeps the last steps for back, no more")
    func historyIsBounded() {
        var (session, _) = engine.start(language: .nl)
        for word in ["klantgericht", "grenzeloos", "duidelijk", "hard"] { _ = say(word, &session) }
        #expect(session.stage == .check)
        for _ in 0..<40 {
            _ = say("Allergie aanpassen", &session)
            #expect(session.stage == .allergy)
            _ = say("hard", &session)
            #expect(session.stage == .check)
        }
        #expect(session.history.count == Session.historyLimit)
        _ = say("terug", &session)
        #expect(session.stage == .allergy)
        for _ in 1..<Session.historyLimit { _ = say("terug", &session) }
        #expect(session.history.isEmpty)
        #expect(say("terug", &session).text.hasPrefix("Verder terug kan niet: ik onthoud de laatste 32 stappen."))
    }

    @Test("help, status, language switch and stop mid-walk")
    func commands() {
        var (session, _) = engine.start(language: .nl)
        _ = say("klantgericht", &session)
        #expect(say("help", &session).text.hasPrefix("De valkuil is te veel van het goede"))
        #expect(say("status", &session).text.hasPrefix("We zoeken de valkuil. Ingevuld: kernkwaliteit klantgerichtheid."))
        let english = say("in English", &session)
        #expect(english.language == .en)
        #expect(english.text.hasPrefix("Fine, let’s carry on in English. And when you overdo klantgerichtheid"))
        #expect(say("help", &session).text.hasPrefix("The pitfall is too much of a good thing"))
        let outputs = engine.participantSaid("stop", in: &session)
        #expect(outputs.last == .ended)
    }

    @Test("starting from the allergy derives the other corners and still ends with the check")
    func fromAllergy() {
        var (session, outputs) = engine.start(language: .nl, from: .allergy)
        #expect(replies(outputs)[0].stage == .allergy)
        #expect(say("passief", &session).options.map(\.label).first == "daadkracht")
        #expect(say("daadkracht", &session).stage == .pitfall)
        #expect(say("drammen", &session).stage == .challenge)
        let last = engine.participantSaid("geduld", in: &session)
        #expect(last.first == .quadrantComplete(
            Quadrant(quality: "daadkracht", pitfall: "drammerigheid", challenge: "geduld", allergy: "passiviteit"), closed: true, language: .nl))
    }

    @Test("the phases flow places clear answers in each phase", arguments: [
        (["nee", "nee", "nee", "nee"], CustomerPhase.onwetend),
        (["ja", "ja", "nee", "nee"], CustomerPhase.klantgericht),
        (["ja", "deels", "ja", "nee"], CustomerPhase.klantbewust),
        (["ja", "ja", "ja", "ja"], CustomerPhase.klantbekwaam),
    ])
    func phases(answers: [String], phase: CustomerPhase) {
        var (session, _) = engine.start(language: .nl, flow: .phases)
        var last: Reply?
        for answer in answers { last = say(answer, &session) }
        #expect(session.stage == .done)
        #expect(last!.text.contains("fase onwetend") == (phase == .onwetend))
        #expect(last!.text.hasPrefix("Jullie zijn \(phase.rawValue)") || phase == .onwetend)
        let walk = say("ja", &session)
        #expect(walk.stage == .quality)
        #expect(session.flow == .quadrant)
    }
}

@Suite("Bot texts")
struct BotTextTests {
    @Test("a word that opens a sentence is capitalised, Dutch ij as one letter", arguments: [
        ("ijver", "IJver"), ("ijdelheid", "IJdelheid"), ("geduld", "Geduld"), ("", ""),
    ])
    func capitalised(word: String, expected: String) {
        #expect(word.capitalisedFirst == expected)
    }
}

@Suite("Picking an option by its place")
struct PlaceTests {
    @Test("words of place pick an option; other words do not", arguments: [
        ("de 2e", 4, Int?.some(1)), ("die laatste", 3, 2), ("the middle one", 3, 1), ("number 3", 3, 2), ("the first one", 2, 0),
        ("third one sounds like us", 4, 2), ("de middelste", 4, nil), ("number 5", 4, nil), ("we are patient", 4, nil),
    ])
    func place(text: String, count: Int, expected: Int?) {
        #expect(Engine.place(in: TextFolding.key(text), of: count) == expected)
    }
}

@Suite("Commands")
struct CommandTests {
    @Test("asking to join in one's own words joins a team game; a proposal does not", arguments: [
        ("mag ik ook meedoen?", true), ("hi, can I join?", true), ("sorry late! joining", true), ("hey, I'm in", true),
        ("ik doe ook mee", true), ("daadkracht", false), ("we willen meer samenwerken", false),
        ("we joinen nooit een project op tijd en dat is echt een probleem", false),
    ])
    func join(text: String, joins: Bool) {
        #expect((Command(text, team: true) == .join) == joins)
        #expect(Command(text, team: false) != .join, "outside a team game there is nothing to join")
    }

    @Test("a step back with words around it is a step back; an answer with such words is none", arguments: [
        ("oops, go back one", true), ("wait go back", true), ("can we go back?", true), ("sorry can I change the last one", true),
        ("kunnen we terug?", true), ("een stap terug graag", true), ("go back please", true),
        ("we go back a long way", false), ("wait for backup", false), ("terugbellen doen we altijd", false),
    ])
    func back(text: String, isBack: Bool) {
        #expect((Command(text) == .back) == isBack)
    }

    @Test("a status or a stop asked for in a sentence; a sentence that only holds the words is neither", arguments: [
        ("waar zijn we nu?", Command?.some(.status)), ("can you recap", .status), ("where are we up to?", .status),
        ("we moeten stoppen, de lunch begint", .stop), ("ok we need to stop here, meeting's over", .stop), ("stop maar", .stop),
        ("we stoppen nooit", nil), ("we never stop", nil), ("we are far too quick", nil), ("we zijn goed in samenvatten", nil),
    ])
    func inSentence(text: String, command: Command?) {
        #expect(Command(text) == command)
    }
}

@Suite("Reading yes, partly and no")
struct AgreementTests {
    @Test("how people answer", arguments: [
        ("ja", Language.nl, Agreement.yes), ("ja hoor", .nl, .yes), ("Ja, dat klopt!", .nl, .yes), ("zeker niet", .nl, .no),
        ("nee, helemaal niet", .nl, .no), ("een beetje", .nl, .partly), ("ja, een beetje", .nl, .partly), ("niet echt", .nl, .no),
        ("yes of course", .en, .yes), ("not really", .en, .no), ("partly", .en, .partly), ("not at all", .en, .no),
        // Drawn out, or said in other words.
        ("jaaa!", .nl, .yes), ("neee", .nl, .no), ("jup", .nl, .yes), ("inderdaad", .nl, .yes), ("min of meer", .nl, .partly),
        ("yesss", .en, .yes), ("nah", .en, .no), ("sort of", .en, .partly), ("yup", .en, .yes),
    ])
    func reads(text: String, language: Language, expected: Agreement) {
        #expect(Agreement(text, phrasebook(language)) == expected)
    }

    @Test("anything else is not an answer", arguments: ["hmm", "klantgerichtheid", "misschien later", "", "de klant kreeg korting die niet mocht"])
    func unclear(text: String) {
        #expect(Agreement(text, phrasebook(.nl)) == nil)
    }
}

import Testing
@testable import QuadrantKit

@Suite("The team game")
struct TeamTests {
    let engine = Fixtures.engine
    let anna = Participant(id: "anna", name: "Anna")
    let ben = Participant(id: "ben", name: "Ben")
    let cees = Participant(id: "cees", name: "Cees")

    func say(_ text: String, _ who: Participant, _ session: inout Session, mentioned: Bool = false) -> [Output] {
        engine.participantSaid(text, from: who, mentioned: mentioned, in: &session)
    }

    func started() -> Session {
        var (session, _) = engine.startTeam(language: .nl, facilitator: anna)
        _ = say("@quadrant meedoen", ben, &session)
        _ = say("@quadrant meedoen", cees, &session)
        _ = say("@quadrant start", anna, &session)
        return session
    }

    @Test("messages not meant for the bot produce nothing and change nothing")
    func chatter() {
        var session = started()
        let before = session
        #expect(say("klantgericht zijn we wel", ben, &session).isEmpty)
        #expect(say("@quadrantje klantgericht", ben, &session).isEmpty)
        #expect(session == before)
        _ = say("klantgericht", ben, &session, mentioned: true)
        #expect(session.team?.proposals == [Proposal(participant: "ben", word: "klantgerichtheid", lemma: "klantgerichtheid")],
                "mentioned by the bridge counts as addressed")
    }

    @Test("a round closes when all have proposed, groups synonyms, and a vote decides with attribution")
    func round() {
        var session = started()
        #expect(say("@quadrant klantgericht", anna, &session).isEmpty, "a fitting proposal gets no reply")
        #expect(say("@quadrant servicegerichtheid", ben, &session).isEmpty)
        let list = say("@quadrant daadkracht", cees, &session)
        guard case .reply(let vote)? = list.last else { Issue.record("expected the vote message"); return }
        #expect(vote.options.map(\.label) == ["klantgerichtheid", "daadkracht"])
        #expect(vote.options.map(\.value) == ["1", "2"])
        #expect(vote.text.contains("1. klantgerichtheid (Anna en Ben)"))
        _ = say("@quadrant 1", anna, &session)
        _ = say("@quadrant 1", ben, &session)
        _ = say("@quadrant 2", cees, &session)
        #expect(session.answers[.quality]?.text == "klantgerichtheid")
        #expect(session.team?.results[.quality] == TeamResult(word: "klantgerichtheid", proposedBy: ["Anna", "Ben"], votes: 2, totalVotes: 3))
        #expect(session.stage == .pitfall)
    }

    @Test("steering commands are the facilitator's: others get a friendly reply addressed to them")
    func facilitatorOnly() {
        var session = started()
        let refusal = say("@quadrant volgende", ben, &session)
        guard case .reply(let reply)? = refusal.first else { Issue.record("expected a reply"); return }
        #expect(reply.to == "ben")
        #expect(reply.text.hasPrefix("Dat mag alleen Anna"))
        #expect(session.stage == .quality)
    }

    @Test("a tie goes to the facilitator")
    func tie() {
        var session = started()
        _ = say("@quadrant klantgericht", anna, &session)
        _ = say("@quadrant daadkracht", ben, &session)
        _ = say("@quadrant efficiënt", cees, &session)
        _ = say("@quadrant 1", ben, &session)
        _ = say("@quadrant 2", cees, &session)
        let outputs = say("@quadrant volgende", anna, &session)
        #expect(session.team?.tie == [1, 2])
        guard case .reply(let ask)? = outputs.last else { Issue.record("expected the tie question"); return }
        #expect(ask.to == "anna")
        _ = say("@quadrant 2", anna, &session)
        #expect(session.answers[.quality]?.text == "daadkracht")
    }

    @Test("a late joiner is caught up in one message")
    func lateJoiner() {
        var session = started()
        _ = say("@quadrant klantgericht", anna, &session)
        _ = say("@quadrant klantgericht", ben, &session)
        _ = say("@quadrant klantgericht", cees, &session)
        let outputs = say("@quadrant meedoen", Participant(id: "dirk", name: "Dirk"), &session)
        #expect(outputs.count == 1)
        guard case .reply(let welcome)? = outputs.first else { Issue.record("expected a welcome"); return }
        #expect(welcome.text == "Welkom, Dirk! We zoeken samen het kernkwadrant van het team. Al gekozen: kernkwaliteit klantgerichtheid. Nu zoeken we de valkuil.")
    }
}

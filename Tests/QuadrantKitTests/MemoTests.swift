import Testing
@testable import QuadrantKit

@Suite("Memos of lexicon answers")
struct MemoTests {
    @Test func remembersUntilFullThenStartsAfresh() {
        let memo = Memo<Int, Int>(capacity: 3)
        var computed = 0
        func square(_ key: Int) -> Int { memo.value(for: key) { computed += 1; return key * key } }
        #expect([1, 2, 1, 2].map(square) == [1, 4, 1, 4])
        #expect(computed == 2)
        _ = square(3)
        _ = square(4)  // the fourth key: the memo starts afresh, so 1 is computed again
        _ = square(1)
        #expect(computed == 5)
    }

    @Test func rememberedRecognitionIsTheSameAsAFreshOne() {
        let fresh = Lexicons.standard().0[.nl]
        let words = ["klantgericht", "grenzelos", "te veel klantgericht", "niet flexibel", "bourgondisch", "klantgericht"]
        let first = words.map { fresh.recognise($0) }
        #expect(words.map { fresh.recognise($0) } == first)
        let other = Lexicons.standard().0[.nl]
        #expect(words.map { other.recognise($0) } == first)
        // About others, remembered apart: "gasten die klagen" is read with what it says of the guests.
        #expect(fresh.recognise("gasten die klagen") == .unknown)
        #expect(fresh.recognise("gasten die klagen", aboutOthers: true) != .unknown)
        #expect(fresh.recognise("gasten die klagen") == .unknown)
    }

    @Test func rememberedChecksAreTheSameAsFreshOnes() {
        let engine = Engine(lexicons: Lexicons.standard().0)
        let quadrants = [
            Quadrant(quality: "klantgericht", pitfall: "grenzeloos", challenge: "duidelijk", allergy: "star"),
            Quadrant(quality: "klantgericht", pitfall: "grenzeloos", challenge: "duidelijk", allergy: "lui"),
            Quadrant(quality: "care", pitfall: "smothering", challenge: "autonomy", allergy: "coldness"),
        ]
        for words in quadrants {
            let fresh = engine.checkAfresh(words, language: nil)
            #expect(engine.check(words, language: nil) == fresh)
            #expect(engine.check(words, language: nil) == fresh)
        }
        // A session's check: remembered per answers, the same as computed from its words.
        var session = engine.start(language: .nl).0
        for word in ["klantgericht", "grenzeloos", "duidelijk", "star"] { _ = engine.participantSaid(word, in: &session) }
        let fresh = engine.lexicons[.nl].check(words: session.quadrantWords.map { $0 ?? "" }, lemmas: engine.lemmaIDs(session))
        #expect(engine.quadrantCheck(session) == fresh)
        #expect(engine.quadrantCheck(session) == fresh)
        #expect(fresh.closed)
    }

    @Test("remembered questions are the same as freshly composed ones, at every step of walks", arguments: Language.allCases)
    func rememberedQuestions(language: Language) {
        let engine = Engine(lexicons: Lexicons.standard().0)
        let walks = language == .nl
            ? [["klantgericht", "grenzeloos", "duidelijk", "star", "nee", "ja"], ["zorgzaam", "betuttelend", "vrijlaten", "onverschillig", "ja"],
               ["klantgericht", "bourgondisch", "eigen woord", "duidelijk", "lui", "nee"]]
            : [["customer focus", "pushover", "clarity", "rigidity", "no", "yes"], ["caring", "smothering", "autonomy", "coldness", "yes"]]
        for walk in walks + walks {
            var session = engine.start(language: language).0
            for word in walk {
                let remembered = engine.currentQuestion(session)
                let composed = engine.composeQuestion(session)
                #expect(remembered.text == composed.0 && remembered.options == composed.1, "\(session.stage): \(word)")
                _ = engine.participantSaid(word, in: &session)
            }
        }
    }
}

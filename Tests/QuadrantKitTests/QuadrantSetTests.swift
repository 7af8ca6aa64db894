import Testing
import QuadrantKit

/// Sets of quadrants as coaches and trainers publish them (`Fixtures/`), checked against the built-in
/// lexicon: how many core qualities `suggest` knows, how many quadrants `check` finds closed, and that the
/// same quadrants with corners swapped between lines mostly do not close. (`HeldOutQuadrantsTests` has the
/// first held-out set, split into a tuning and a test half.)
@Suite("Quadrant sets")
struct QuadrantSetTests {
    /// One set, with the least it must reach, in percent of quadrants closed (and of qualities known).
    struct QuadrantSet: Sendable, CustomTestStringConvertible {
        var name: String
        var fixture: QuadrantFixture
        var minimumLines: Int
        var closedFloors: [Language: Int]
        var knownFloor = 0
        /// A studied set prints its failures; a blind one only its figures, so nobody tunes to it.
        var studied: Bool

        var testDescription: String { name }
    }

    static let sets: [QuadrantSet] = [
        // Published quadrants: the issue's own bar, 95% known and 80% closed. After the Dutch relations pass
        // (issue #3) nl closes 49/57; its floor is that less one quadrant (48/57).
        QuadrantSet(name: "published quadrants", fixture: QuadrantFixture(file: "published-quadrants.txt"), minimumLines: 15,
                    closedFloors: [.nl: 84, .en: 80], knownFloor: 95, studied: true),
        // A second held-out set, written before the second broad lexicon pass. Through the lexicon3 pass only
        // its figures were looked at; from the lexicon4 pass on its failures were studied and the lexicon tuned
        // on them, so it is a tuning set now. Floors: the figures after lexicon4 (nl 29/32, en 21/22) less one;
        // nl after the second Dutch relations pass (30/32) less one.
        QuadrantSet(name: "fresh held-out quadrants", fixture: QuadrantFixture(file: "held-out-2-quadrants.txt"), minimumLines: 20,
                    closedFloors: [.nl: 90, .en: 90], studied: true),
        // A third set, written blind before the third lexicon pass and never used to tune it: only its
        // figures and its counts of broken arrows are looked at. First figures nl 28/47, en 19/30; after the
        // lexicon5 pass (vocabulary from first principles, not from any set) nl 31/47, en 23/30. The relations
        // passes of issue #3 (excess edges from both sides, words with both senses, everyday words) brought
        // nl to 33/47 and en to 25/30; the second relations passes brought nl to 35/47 and en to 27/30; two
        // classic Dutch pitfalls (zelfvertrouwen > roekeloosheid, voortvarendheid > oppervlakkigheid), added
        // on their merits after the cross-language pass had left them out for shuffled room, nl to 36/47; the
        // phrase sweeps (phrases people type for each corner, issue #3) nl to 37/47; reading a strength typed as
        // the pitfall or allergy as its too-much when the quadrant then closes, nl to 38/47; the pass over the
        // sixth set's failures, nl to 39/47; the passes of the tenth session (the tenth set's, the textbook
        // quadrants'), nl to 41/47. Floors: those less one quadrant.
        QuadrantSet(name: "third held-out quadrants", fixture: QuadrantFixture(file: "held-out-3-quadrants.txt"), minimumLines: 20,
                    closedFloors: [.nl: 85, .en: 86], studied: false),
        // A fourth set, written blind after the first relations passes of issue #3 by someone who had seen
        // neither the lexicon nor the other sets: the freshest stand-in for the outside set. Only its figures
        // (and counts of broken arrows) are looked at, though the second relations passes saw those counts.
        // First figures nl 31/46, en 27/36; after the second relations passes nl 32/46, en 28/36; after the
        // Dutch too-much edges taken over from the English graph (issue #3) nl 33/46; after the English
        // too-much edges taken over from the Dutch graph (issue #3) en 29/36; after flexibiliteit >
        // richtingloosheid (a classic pitfall, left out before only for shuffled room) nl 34/46; after phrases
        // are read from clauses ("we stand our ground" reaches "standing your ground") en 30/36; after a strength
        // typed as the pitfall or allergy is read as its too-much when the quadrant then closes, en 31/36; after
        // the pass over the fifth set's failures, nl 35/46; after the eighth set's, nl 36/46. Floors: those less
        // one quadrant (nl 35/46, en 30/36); after the tenth set's English pass en 32/36 (floor 31/36).
        QuadrantSet(name: "fourth held-out quadrants", fixture: QuadrantFixture(file: "held-out-4-quadrants.txt"), minimumLines: 30,
                    closedFloors: [.nl: 76, .en: 86], studied: false),
        // A fifth set, written like the fourth but studied: its failures guide the words and relations a coach
        // agrees with, and the blind sets say whether that generalises. Lines that repeat another set's quality
        // and pitfall were dropped (51 of 160), so these are the less common quadrants. First figures nl 43/69,
        // en 21/40; after a pass over its failures (phrases, readings, a few relations, the lemmas uitleggen and
        // netwerken) nl 59/69, en 34/40. Floors: those less one quadrant.
        QuadrantSet(name: "fifth quadrants (studied)", fixture: QuadrantFixture(file: "held-out-5-quadrants.txt"), minimumLines: 30,
                    closedFloors: [.nl: 84, .en: 82], studied: true),
        // A sixth set, written like the fifth with the less famous qualities first, and studied the same way
        // (63 of 180 lines repeated another set and were dropped). First figures nl 47/94, en 17/23; after a
        // pass over its failures nl 66/94, en 18/23; after the seventh and eighth sets' passes nl 68/94. Floors:
        // those less one quadrant.
        QuadrantSet(name: "sixth quadrants (studied)", fixture: QuadrantFixture(file: "held-out-6-quadrants.txt"), minimumLines: 20,
                    closedFloors: [.nl: 71, .en: 73], studied: true),
        // A seventh set, a third well-known qualities in other wordings and two thirds less common ones, studied
        // the same way (59 of 190 lines repeated another set and were dropped). First figures nl 56/115 (110/115
        // core qualities known), en 10/16; after a pass over its failures nl 81/115 (all known), en 14/16.
        // Floors: those less one quadrant.
        QuadrantSet(name: "seventh quadrants (studied)", fixture: QuadrantFixture(file: "held-out-7-quadrants.txt"), minimumLines: 15,
                    closedFloors: [.nl: 70, .en: 81], knownFloor: 95, studied: true),
        // An eighth set, from sectors beyond the office and qualities students pick, with untidy corners;
        // studied the same way (58 of 190 lines repeated another set and were dropped). First figures nl
        // 35/120 (109/120 core qualities known), en 5/12; after a pass over its failures nl 49/120 (all known).
        // Floors: those less one quadrant.
        QuadrantSet(name: "eighth quadrants (studied)", fixture: QuadrantFixture(file: "held-out-8-quadrants.txt"), minimumLines: 10,
                    closedFloors: [.nl: 40, .en: 33], knownFloor: 95, studied: true),
    ]
        // A ninth set, the worked examples of Dutch and Flemish websites, written after the fifth to eighth sets'
        // passes and split by position: a tuning half that may be studied and a blind test half. First figures:
        // tuning nl 56/75, en 13/15; test nl 58/75 (77%), en 12/15 (80%). After a pass over the tuning half's
        // failures: tuning nl 68/75, test nl still 58/75; after the tenth session's passes tuning nl 69/75, test
        // nl 60/75 (80%). Floors: those less one quadrant.
        + halves("ninth", file: 9, minimumLines: 15, tuning: [.nl: 90, .en: 80], test: [.nl: 78, .en: 73])
        // A tenth set, as coaches and trainers print quadrants (books, handouts, HR pages, English leadership
        // sites), written after the ninth set's pass and split the same way. First figures: tuning nl 53/85,
        // en 24/35; test nl 50/85 (58%), en 23/35 (65%), far below the earlier sets. After passes over the
        // tuning half, the textbook quadrants of every quality and plain sentences teams type: tuning nl 74/85,
        // en 33/35; test nl 51/85 (60%), en 24/35 (69%). Floors: those less one quadrant.
        + halves("tenth", file: 10, minimumLines: 30, tuning: [.nl: 85, .en: 91], test: [.nl: 58, .en: 65])
        // An eleventh set, half rows of the example tables that circulate and half workshop material, written
        // during the tenth set's pass and split the same way. First figures (after the tenth set's English
        // pass, before its Dutch one): tuning nl 61/85, en 24/30; test nl 60/85 (70%), en 23/30 (76%). After a
        // pass over the tuning half: tuning nl 73/85, en 30/30; test nl 61/85 (72%), en 24/30 (80%); after the
        // edges from the walks (geduld > grenzeloosheid), test nl 62/85 (73%). Floors: those less one quadrant.
        + halves("eleventh", file: 11, minimumLines: 25, tuning: [.nl: 84, .en: 96], test: [.nl: 71, .en: 76])
        // A twelfth set, quadrants as published in stored public code and pages (a quadrant game's result texts
        // and quality profiles, an app's data file, students' own portfolios), collected in the eleventh session
        // by helpers who saw neither the lexicon nor the other sets. Its wordings are longer than a table's
        // ("vasthouden aan wat niet meer goed is"). Split by source (nl) and by position (en). First figures:
        // tuning nl 17/48, en 12/27; test nl 11/30 (37%), en 16/27 (59%). After a pass over the tuning half:
        // tuning nl 22/48, en 19/27; the test half unchanged. Floors: those less one quadrant.
        + halves("twelfth", file: 12, minimumLines: 25, tuning: [.nl: 43, .en: 66], test: [.nl: 33, .en: 55])
        // A thirteenth set, as coaches and trainers publish quadrants (coaching blogs, HR handbooks, team-day
        // workbooks, care and school handouts, Ofman's books, English coaching sites), written from knowledge in
        // the twelfth session by a helper who saw neither the lexicon nor the other sets; 47 of its 194 lines
        // repeat an earlier set's. Split by position. First figures: tuning nl 48/61, en 29/36; test nl 56/61
        // (92%), en 30/36 (83%); lines that repeat no earlier set: test nl 39/44, en 22/28. After a pass over the
        // tuning half: tuning nl 53/61, en 32/36; the test half unchanged. Floors: those less one quadrant.
        + halves("thirteenth", file: 13, minimumLines: 30, tuning: [.nl: 85, .en: 86], test: [.nl: 90, .en: 80])
        // A fourteenth set, written the same way in the thirteenth session with sector pages added (care,
        // education, sales and service, IT, finance, leadership, hospitality); 65 of its 228 lines repeat an
        // earlier set's. Split by position. First figures: tuning nl 47/58, en 43/57; test nl 44/57 (77%), en
        // 41/56 (73%). After a pass over the tuning half: tuning nl 48/58, en 45/57; the test half unchanged,
        // until 'change' became innovation (the textbook stability > stagnation > change > chaos): test en 42/56,
        // seen while checking the guards. Floors: those less one quadrant.
        + halves("fourteenth", file: 14, minimumLines: 40, tuning: [.nl: 81, .en: 77], test: [.nl: 75, .en: 71])

    /// A set split by position into a tuning half that may be studied and a blind test half.
    static func halves(_ ordinal: String, file number: Int, minimumLines: Int, tuning: [Language: Int], test: [Language: Int]) -> [QuadrantSet] {
        [QuadrantSet(name: "\(ordinal) quadrants, tuning half (studied)", fixture: QuadrantFixture(file: "held-out-\(number)-tuning-quadrants.txt"),
                     minimumLines: minimumLines, closedFloors: tuning, knownFloor: 95, studied: true),
         QuadrantSet(name: "\(ordinal) quadrants, test half", fixture: QuadrantFixture(file: "held-out-\(number)-test-quadrants.txt"),
                     minimumLines: minimumLines, closedFloors: test, knownFloor: 95, studied: false)]
    }

    @Test("the set is there", arguments: sets, Language.allCases)
    func present(set: QuadrantSet, language: Language) {
        #expect(set.fixture.lines(language).count >= set.minimumLines)
    }

    @Test("core qualities known and quadrants closed", arguments: sets, Language.allCases)
    func coverage(set: QuadrantSet, language: Language) {
        let figures = QuadrantFixture.figures("\(set.name), \(language.rawValue)", of: set.fixture.lines(language))
        print(figures)
        print(figures.brokenSummary)
        if set.studied {
            for word in figures.unknownQualities { print("  unknown quality: \(word)") }
            for line in figures.open { print("  open: \(line)") }
        }
        #expect(figures.known * 100 >= figures.total * set.knownFloor, "\(figures)")
        #expect(figures.closed * 100 >= figures.total * set.closedFloors[language]!, "\(figures)")
    }

    /// Precision: the same quadrants with the pitfalls (and, separately, the allergies) of other lines
    /// swapped in must not close, or `closed` would mean nothing; a swap that lands on a real quadrant
    /// (`Fixtures/real-shuffled-quadrants.txt`) may.
    @Test("shuffled quadrants do not close", arguments: sets, Language.allCases)
    func shuffled(set: QuadrantSet, language: Language) {
        QuadrantFixture.expectFewShuffledClose("\(set.name), \(language.rawValue)", set.fixture.lines(language))
    }
}

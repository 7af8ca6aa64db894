import Testing
@testable import QuadrantKit

@Suite("Understanding typed words")
struct RecognitionTests {
    func lemma(_ text: String, _ lexicon: Lexicon = Fixtures.nl) -> String? {
        guard case .one(let match) = lexicon.recognise(text) else { return nil }
        return lexicon.lemmas[match.lemma].word
    }

    @Test("forms, case, accents and a word inside a sentence", arguments: [
        ("klantgericht", "klantgerichtheid"), ("Klantgerichtheid", "klantgerichtheid"), ("wij zijn erg klantgericht", "klantgerichtheid"),
        ("efficient", "efficiëntie"), ("EFFICIËNTE", "efficiëntie"), ("efficiëntie", "efficiëntie"),
        ("we zijn nogal grenzeloos, denk ik", "grenzeloosheid"), ("duidelijk!", "duidelijkheid"), ("star", "starheid"),
    ])
    func forms(text: String, expected: String) {
        #expect(lemma(text) == expected)
    }

    @Test("multi-word phrases and synonyms", arguments: [
        ("grenzen stellen", "duidelijkheid"), ("we kunnen geen nee kunnen zeggen", "grenzeloosheid"),
        ("niet kunnen loslaten", "starheid"), ("servicegerichtheid", "klantgerichtheid"), ("lack of boundaries", "boundlessness"),
    ])
    func phrases(text: String, expected: String) {
        let lexicon = expected == "boundlessness" ? Fixtures.en : Fixtures.nl
        #expect(lemma(text, lexicon) == expected)
    }

    @Test("typos in long words match, within limits", arguments: [
        ("klantgerichheid", "klantgerichtheid"), ("klantgericthheid", "klantgerichtheid"), ("grenzelooshied", "grenzeloosheid"),
        ("drammerigheid", "drammerigheid"), ("duidlijkheid", "duidelijkheid"), ("efficiëtnie", "efficiëntie"), ("gedult", "geduld"),
    ])
    func typos(text: String, expected: String) {
        #expect(lemma(text) == expected)
    }

    /// A lexicon that holds `rumination` but not `domination`, so the two can only meet through the typo rule.
    static let rumination: Lexicon = {
        let (lexicons, problems) = Lexicons.load([LexiconSource(name: "en.txt", text: """
            language: en

            distortion rumination
              forms: ruminating
            """)])
        precondition(problems.isEmpty, "\(problems)")
        return lexicons[.en]
    }()

    @Test("one typo may change the first letter; two typos must keep it", arguments: [
        ("vlantgerichtheid", "klantgerichtheid"), ("klantgerichtheix", "klantgerichtheid"),
        ("grenzlooshied", "grenzeloosheid"), ("klantgerchthied", "klantgerichtheid"),
        ("vlantgerichthied", nil), ("blantgerchtheid", nil), ("brenzelooshied", nil),
    ] as [(String, String?)])
    func firstLetter(text: String, expected: String?) {
        #expect(lemma(text) == expected)
    }

    @Test("a slip inside a phrase reaches the whole phrase, not one of its words; negated, nothing", arguments: [
        ("grenzen stelen", "duidelijkheid"), ("grnezen stellen", "duidelijkheid"), ("niet kunen loslaten", "starheid"),
        ("geen nee kunen zeggen", "grenzeloosheid"), ("brenzen stelen", nil), ("niet grenzen stelen", nil),
    ] as [(String, String?)])
    func phraseTypos(text: String, expected: String?) {
        #expect(lemma(text) == expected)
    }

    @Test("a rhyming long word is not a typo of another", arguments: [
        ("tumination", "rumination"), ("ruminatoin", "rumination"), ("rumnatoin", "rumination"),
        ("domination", nil), ("luminatoin", nil), ("fulmination", nil),
    ] as [(String, String?)])
    func rhymes(text: String, expected: String?) {
        #expect(lemma(text, Self.rumination) == expected)
    }

    @Test("short or unrelated words do not match", arguments: ["staar", "hart", "klant", "boek", "eigenlijk", "vrolijk", "zorgzaam", "trag"])
    func nonMatches(text: String) {
        #expect(lemma(text) == nil)
    }

    @Test("\"te veel X\" is read as the excess of X")
    func tooMuch() {
        guard case .ambiguous(let matches) = Fixtures.nl.recognise("te veel klantgericht") else {
            Issue.record("expected the two excesses of klantgerichtheid")
            return
        }
        #expect(matches.map { Fixtures.nl.lemmas[$0.lemma].word } == ["grenzeloosheid", "meegaandheid"])
        #expect(lemma("te daadkrachtig") == "drammerigheid")
        for text in ["overmatige daadkracht", "buitensporig daadkrachtig", "extreme daadkracht", "overdadige daadkracht"] {
            #expect(lemma(text) == "drammerigheid", "\(text)")
        }
        guard case .one(let match) = Fixtures.en.recognise("too customer focused") else {
            Issue.record("expected boundlessness")
            return
        }
        #expect(match.kind == .excess(of: Fixtures.en.lemma(named: "customer focus")!.id))
        // English says it with "extreme" and "exaggerated" as Dutch does with "extreem" and "overdreven".
        for text in ["extreme customer focus", "exaggerated customer focus", "extremely customer focused"] {
            guard case .one(let match) = Fixtures.en.recognise(text) else {
                Issue.record("expected boundlessness for \(text)")
                continue
            }
            #expect(match.kind == .excess(of: Fixtures.en.lemma(named: "customer focus")!.id))
        }
    }

    @Test("a distortion called healthy is the strength it overdoes")
    func healthy() {
        #expect(lemma("gezonde traagheid") == "zorgvuldigheid")
        #expect(lemma("wat gezonde drammerigheid") == "daadkracht")
        #expect(lemma("traagheid") == "traagheid")
        // A strength called healthy stays that strength.
        #expect(lemma("gezonde daadkracht") == "daadkracht")
    }

    @Test("a negated word is not taken as that word")
    func negation() {
        #expect(Fixtures.nl.recognise("niet klantgericht") == .unknown)
        #expect(lemma("niet kunnen loslaten") == "starheid")
    }

    @Test("a word said to be missing, or negated and misspelt, is not taken as that word", arguments: [
        ("gebrek aan klantgerichtheid", Language.nl), ("niet genoeg duidelijkheid", .nl), ("niet klantgerichtt", .nl),
        ("zonder inlevingsvermogen", .nl), ("moeite met structuur", .nl), ("bang voor verandering", .nl),
        ("lack of customer focus", .en), ("not enough clarity", .en), ("not customer focussed", .en),
        ("without structure", .en), ("non-decisive", .en), ("afraid of change", .en), ("struggles with planning", .en),
        // Softened, or in Dutch after the verb: still missing ("niet te kiezen" is no too-much either).
        ("niet zo klantgericht", .nl), ("niet echt duidelijk", .nl), ("niet te efficiënt", .nl), ("we pleasen niet", .nl),
        ("we pleasen soms niet", .nl), ("we pleasen eigenlijk nooit", .nl),
        ("not very clear", .en), ("not too customer focused", .en), ("not really clear", .en), ("nobody boundless", .en),
        ("niemand klantgericht", .nl), ("we avoid being clear", .en), ("avoid clarity", .en),
    ])
    func missing(text: String, language: Language) {
        #expect((language == .nl ? Fixtures.nl : Fixtures.en).recognise(text) == .unknown)
    }

    @Test("a \"niet\" after a word negates it only after a subject, as in a main clause")
    func trailingNegation() {
        #expect(Fixtures.nl.recognise("we pleasen niet") == .unknown)
        #expect(Fixtures.nl.recognise("ze dramt nooit") == .unknown)
        #expect(lemma("klantgericht niet star") == "klantgerichtheid")
        #expect(lemma("ze zijn erg klantgericht") == "klantgerichtheid")
    }

    @Test("after a plural subject, a phrase's verb may come first, as a Dutch main clause puts it")
    func verbSecond() {
        #expect(lemma("we stellen grenzen") == "duidelijkheid")
        #expect(lemma("jullie stellen grenzen aan klanten") == "duidelijkheid")
        #expect(Fixtures.nl.recognise("stellen grenzen") == .unknown, "only after a subject")
    }

    /// Phrases written as lexicons list them: a Dutch verb last, an English verb by its -ing form, "je" and
    /// "your" for any person.
    static let phrases: Lexicons = {
        let (lexicons, problems) = Lexicons.load([
            LexiconSource(name: "nl.txt", text: """
                language: nl

                quality grenzen stellen
                  synonyms: je grenzen bewaken
                quality doorzettingsvermogen
                  synonyms: volhouden, niet opgeven
                quality loslaten
                  synonyms: overlaten
                distortion grenzeloosheid
                  synonyms: over je heen laten lopen
                distortion onbetrouwbaarheid
                  synonyms: te veel beloven
                distortion pietluttigheid
                  synonyms: je verliezen in details
                quality klantgerichtheid
                  synonyms: de klant op de eerste plaats
                quality aanpassingsvermogen
                  forms: aanpassen
                distortion meegaandheid
                  synonyms: je aanpassen aan iedereen
                distortion behoudzucht
                  synonyms: vasthouden aan oude gewoontes
                quality moed
                  synonyms: durven, risico nemen
                distortion dramatiek
                  forms: overdrijven
                quality verbondenheid
                  synonyms: mensen in hun kracht zetten, echt contact maken
                """),
            LexiconSource(name: "en.txt", text: "language: en\n\nquality assertiveness\n  synonyms: standing your ground, putting your foot down\nquality kindness\n  forms: kind\ndistortion arrogance\n  synonyms: full of himself\n"),
        ])
        precondition(problems.isEmpty, "\(problems)")
        return lexicons
    }()

    @Test("a phrase reaches its lemma from a clause: any person's pronoun, a Dutch verb first, an English verb's base form", arguments: [
        ("onze grenzen bewaken", Language.nl, "grenzen stellen"), ("we bewaken onze grenzen", .nl, "grenzen stellen"),
        ("we stand our ground", .en, "assertiveness"), ("she stands her ground", .en, "assertiveness"),
        ("they put their foot down", .en, "assertiveness"), ("standing my ground", .en, "assertiveness"),
        ("our ground", .en, nil), ("bewaken", .nl, nil),
        // A separable verb's particle ends the clause; a verb cluster keeps its last infinitive last.
        ("we houden vol", .nl, "doorzettingsvermogen"), ("we houden het vol", .nl, "doorzettingsvermogen"),
        ("we geven niet op", .nl, "doorzettingsvermogen"), ("we houden niet vol", .nl, nil),
        ("we laten over ons heen lopen", .nl, "grenzeloosheid"), ("houden vol", .nl, nil),
        // An object or an adverb between the verb and the rest of the phrase.
        ("we bewaken soms onze grenzen", .nl, "grenzen stellen"), ("we houden het altijd vol", .nl, "doorzettingsvermogen"),
        // The infinitive's te; and "lastig om", "struggle to" say what follows is hard.
        ("we proberen onze grenzen te bewaken", .nl, "grenzen stellen"), ("het is lastig om je grenzen te bewaken", .nl, nil),
        ("we struggle to stand our ground", .en, nil),
        // A te that opens the rest is "too", not the infinitive's.
        ("we beloven te veel", .nl, "onbetrouwbaarheid"),
        // Intensifiers inside a phrase, and a hedge.
        ("we bewaken echt onze grenzen", .nl, "grenzen stellen"), ("we really stand our ground", .en, "assertiveness"),
        ("kind of standing my ground", .en, "assertiveness"), ("we are very kind", .en, "kindness"),
        // A listed phrase with another person's pronoun or an intensifier is read the same way.
        ("he is full of himself", .en, "arrogance"), ("full of herself", .en, "arrogance"), ("full of oneself", .en, "arrogance"),
        ("putting one's foot down", .en, "assertiveness"),
        ("mensen in hun kracht zetten", .nl, "verbondenheid"), ("echt contact maken", .nl, "verbondenheid"),
        // A reflexive pronoun comes before the infinitive, as "je" or "zich" (the one listed is read as the other).
        ("we verliezen ons in details", .nl, "pietluttigheid"), ("zich verliezen in details", .nl, "pietluttigheid"),
        ("we verliezen in details", .nl, nil),
        // An adverb of frequency inside a phrase, with or without a main clause's verb first; not one that opens it.
        ("de klant altijd op de eerste plaats", .nl, "klantgerichtheid"), ("we verliezen ons vaak in details", .nl, "pietluttigheid"),
        ("we always stand our ground", .en, "assertiveness"), ("standing our ground sometimes", .en, "assertiveness"),
        ("de klant altijd op de tweede plaats", .nl, nil),
        // What follows a separable verb's particle may belong to the phrase.
        ("we passen ons aan aan iedereen", .nl, "meegaandheid"), ("we passen ons aan", .nl, "aanpassingsvermogen"),
        ("we houden vol terwijl het tegenzit", .nl, "doorzettingsvermogen"), ("we houden vol waar het kan", .nl, "doorzettingsvermogen"),
        ("we passen ons altijd aan aan iedereen", .nl, "meegaandheid"), ("we houden vast aan oude gewoontes", .nl, "behoudzucht"),
        // An object between the verb and its particle; a too-much marker before an unknown word is no trait.
        ("we geven ze niet op", .nl, "doorzettingsvermogen"), ("overdreven", .nl, "dramatiek"), ("overdreven servile", .nl, nil),
        // After what opens a sentence, the verb comes before its subject.
        ("daarom geven we niet op", .nl, "doorzettingsvermogen"), ("als het tegenzit houden we vol", .nl, "doorzettingsvermogen"),
        ("soms houden we niet vol", .nl, nil), ("daarom bewaken we onze grenzen", .nl, "grenzen stellen"),
        // "geen enkel" denies, and so does "geen" after the verb of a main clause.
        ("we durven geen enkel risico te nemen", .nl, nil), ("we nemen geen enkel risico", .nl, nil), ("we durven", .nl, "moed"),
    ] as [(String, Language, String?)])
    func clausePhrases(text: String, language: Language, expected: String?) {
        #expect(lemma(text, Self.phrases[language]) == expected)
    }

    @Test("\"too much\" after the word is its too-much as well", arguments: [
        ("klantgericht te veel", Language.nl), ("we zijn klantgericht teveel", .nl), ("customer focused too much", .en),
    ])
    func trailingExcess(text: String, language: Language) {
        let lexicon = language == .nl ? Fixtures.nl : Fixtures.en
        let quality = lexicon.lemma(named: language == .nl ? "klantgerichtheid" : "customer focus")!.id
        let matches = lexicon.recognise(text).matches
        #expect(!matches.isEmpty && matches.allSatisfy { $0.kind == .excess(of: quality) }, "\(text): \(matches)")
    }

    @Test("over- and a quality's word is that quality's excess, as \"te veel X\" is")
    func overPrefix() {
        guard case .one(let match) = Fixtures.nl.recognise("overefficiënt") else {
            Issue.record("expected gehaastheid, too much efficiëntie")
            return
        }
        #expect(Fixtures.nl.lemmas[match.lemma].word == "gehaastheid")
        #expect(match.kind == .excess(of: Fixtures.nl.lemma(named: "efficiëntie")!.id))
        #expect(lemma("overclear", Fixtures.en) == "rigidity")
    }

    @Test("two different words give a question, not a guess")
    func ambiguity() {
        guard case .ambiguous(let matches) = Fixtures.nl.recognise("klantgericht en efficiënt") else {
            Issue.record("expected ambiguity")
            return
        }
        #expect(Set(matches.map { Fixtures.nl.lemmas[$0.lemma].word }) == ["klantgerichtheid", "efficiëntie"])
        guard case .ambiguous = Fixtures.nl.recognise("kalmte") else {
            Issue.record("a synonym of two lemmas is ambiguous")
            return
        }
    }

    @Test("compounds written apart and regular word formation reach the listed word", arguments: [
        ("los laten", "loslaten", Language.nl), ("bedachtzaam", "bedachtzaamheid", .nl), ("flexible", "flexibility", .en),
        ("boundless", "boundlessness", .en),
    ])
    func formed(text: String, expected: String, language: Language) {
        #expect(lemma(text, language == .nl ? Fixtures.nl : Fixtures.en) == expected)
    }

    @Test func unknownWordStaysUnknown() {
        #expect(Fixtures.nl.recognise("lekker eten") == .unknown)
        #expect(Fixtures.nl.recognise("") == .unknown)
    }
}

@Suite("The quadrant graph")
struct GraphTests {
    let nl = Fixtures.nl
    func id(_ word: String) -> Int { nl.lemma(named: word)!.id }
    func words(_ ids: [Int]) -> [String] { ids.map { nl.lemmas[$0].word } }

    @Test func relations() {
        #expect(nl.holds(.excess, from: id("klantgerichtheid"), to: id("grenzeloosheid")))
        #expect(!nl.holds(.excess, from: id("grenzeloosheid"), to: id("klantgerichtheid")))
        #expect(nl.holds(.positiveOpposite, from: id("grenzeloosheid"), to: id("duidelijkheid")))
        #expect(nl.holds(.positiveOpposite, from: id("hardheid"), to: id("klantgerichtheid")), "opposites work both ways")
        #expect(!nl.holds(.positiveOpposite, from: id("klantgerichtheid"), to: id("hardheid")), "hardheid is a negative opposite")
    }

    @Test("candidates follow from known neighbours, curated first")
    func candidates() {
        var known = Quadrant<Int?>(quality: id("klantgerichtheid"), pitfall: nil, challenge: nil, allergy: nil)
        #expect(words(nl.candidates(for: .pitfall, given: known)) == ["grenzeloosheid", "meegaandheid"])
        known.pitfall = id("grenzeloosheid")
        #expect(words(nl.candidates(for: .challenge, given: known)) == ["duidelijkheid"])
        known.challenge = id("duidelijkheid")
        #expect(words(nl.candidates(for: .allergy, given: known)) == ["hardheid", "starheid"])
    }

    @Test("starting from the allergy derives the quality backwards")
    func backwards() {
        let known = Quadrant<Int?>(quality: nil, pitfall: nil, challenge: nil, allergy: id("passiviteit"))
        #expect(words(nl.candidates(for: .quality, given: known)).first == "daadkracht")
        #expect(words(nl.candidates(for: .challenge, given: known)) == ["geduld"])
    }

    @Test("a quality reached through a synonym link still has derived quadrants")
    func derived() {
        let quadrants = nl.quadrants(forQuality: id("duidelijkheid"))
        #expect(quadrants.contains(Quadrant(quality: id("duidelijkheid"), pitfall: id("hardheid"), challenge: id("klantgerichtheid"), allergy: id("grenzeloosheid"))),
                "the mirrored quadrant follows from the graph without being curated")
    }

    @Test("check: the seed's quadrant closes, typed as adjectives")
    func checkClosed() {
        let check = nl.check(Quadrant(quality: "klantgericht", pitfall: "grenzeloos", challenge: "duidelijk", allergy: "star"))
        #expect(check.closed)
        #expect(check.arrows.map(\.finding) == [.holds, .holds, .holds, .holds])
    }

    @Test("check: kin closes a quadrant the graph does not link directly, but not a wrong one")
    func kin() {
        // hulpvaardigheid has no relations of its own, but is a synonym of klantgerichtheid, which has them all.
        #expect(nl.check(Quadrant(quality: "hulpvaardig", pitfall: "grenzeloos", challenge: "duidelijk", allergy: "star")).closed)
        // daadkracht shares opposites with klantgerichtheid but is not kin: meegaandheid is no too-much of it.
        #expect(!nl.check(Quadrant(quality: "daadkracht", pitfall: "meegaand", challenge: "duidelijk", allergy: "star")).closed)
    }

    @Test("check: an opposite follows across the quadrant's diagonal, an excess never does")
    func diagonal() {
        // No entry makes starheid an opposite of vriendelijkheid; it follows because starheid is too much of
        // duidelijkheid, which meegaandheid, too much of vriendelijkheid, is the opposite of.
        #expect(!nl.opposites(of: id("vriendelijkheid")).contains(id("starheid")))
        #expect(nl.check(Quadrant(quality: "vriendelijk", pitfall: "meegaand", challenge: "duidelijk", allergy: "star")).closed)
        // Hardheid is not too much of vriendelijkheid, and no derivation makes it so: the pitfall arrow fails.
        let check = nl.check(Quadrant(quality: "vriendelijk", pitfall: "hard", challenge: "mild", allergy: "toegeeflijk"))
        #expect(check.arrows[0].finding != .holds)
        #expect(!check.closed)
    }

    @Test("check: a strength written as the pitfall or allergy is read as its too-much when the quadrant then closes")
    func strengthAsTooMuch() {
        // "vriendelijk" as the pitfall means "te vriendelijk": meegaandheid, which closes the seed's quadrant.
        let pitfall = nl.check(Quadrant(quality: "klantgericht", pitfall: "vriendelijk", challenge: "duidelijk", allergy: "star"))
        #expect(pitfall.closed)
        #expect(pitfall.lemmas.pitfall.map { nl.lemmas[$0].word } == "meegaandheid")
        // "zorgvuldig" as the allergy means "te zorgvuldig": traagheid, the opposite of efficiëntie.
        #expect(nl.check(Quadrant(quality: "efficiënt", pitfall: "gehaast", challenge: "zorgvuldig", allergy: "zorgvuldig")).closed)
        // Read that way the quadrant still does not close: the verdict names the strength as written.
        let open = nl.check(Quadrant(quality: "daadkracht", pitfall: "vriendelijk", challenge: "duidelijk", allergy: "star"))
        #expect(!open.closed)
        #expect(open.arrows[0].finding == .wrongPolarity(word: "vriendelijkheid", corner: .pitfall))
    }

    @Test("check: a positive word as allergy is a mismatch, an unknown word is unknown")
    func checkOpen() {
        let positive = nl.check(Quadrant(quality: "klantgerichtheid", pitfall: "grenzeloosheid", challenge: "duidelijkheid", allergy: "vriendelijk"))
        #expect(!positive.closed)
        #expect(positive.arrows[2].finding == .wrongPolarity(word: "vriendelijkheid", corner: .allergy))
        let unknown = nl.check(Quadrant(quality: "klantgerichtheid", pitfall: "grenzeloosheid", challenge: "duidelijkheid", allergy: "bureaucratie"))
        #expect(unknown.arrows[2].finding.verdict == .unknown)
        #expect(unknown.arrows[3].finding.verdict == .unknown)
        let unrelated = nl.check(Quadrant(quality: "klantgerichtheid", pitfall: "drammerigheid", challenge: "geduld", allergy: "passiviteit"))
        #expect(unrelated.arrows[0].finding.verdict == .mismatch)
        #expect(unrelated.arrows[1].finding == .holds)
    }
}

@Suite("Lexicon files and their validator")
struct LexiconValidationTests {
    let broken = """
    language: nl
    quality moed
      forms: moedig
      excess: roekeloosheid, durf
      opposite-: voorzichtigheid
      colour: rood
    distortion roekeloosheid
      opposite+: lafheid
    quality voorzichtigheid
    distortion lafheid
    quality moed
    not a line
    quadrant moed > roekeloosheid > voorzichtigheid > lafheid
    quadrant moed > roekeloosheid > onbekend > lafheid
    """

    @Test("every problem is reported with its line")
    func problems() {
        let (_, problems) = Lexicons.load([LexiconSource(name: "team.txt", text: broken)])
        let lines = problems.map(\.description)
        #expect(lines.contains("team.txt:6: unknown key `colour`; use forms, synonyms, excess, opposite+ or opposite-"))
        #expect(lines.contains("team.txt:12: expected `quality WORD`, `distortion WORD`, `quadrant Q > P > C > A` or `language: nl|en`"))
        #expect(lines.contains("team.txt:4: `durf` in `excess` is not a lemma; add `distortion durf` or use an existing word"))
        #expect(lines.contains("team.txt:5: polarity conflict: `opposite-` needs a distortion, but `voorzichtigheid` is a quality"))
        #expect(lines.contains("team.txt:8: polarity conflict: `opposite+` needs a quality, but `lafheid` is a distortion"))
        #expect(lines.contains("team.txt:11: `moed` is defined twice (first on line 2)"))
        #expect(lines.contains { $0.hasPrefix("team.txt:13: quadrant does not close:") })
        #expect(lines.contains("team.txt:14: quadrant: `onbekend` is not a lemma"))
        #expect(problems.count == 8, "no other problems: \(lines)")
    }

    @Test("a file saved with Windows line ends (CRLF) reads as with LF, problems on the same lines")
    func windowsLineEnds() {
        let lf = LexiconParser.parse(LexiconSource(name: "team.txt", text: broken))
        let crlf = LexiconParser.parse(LexiconSource(name: "team.txt", text: broken.replacingOccurrences(of: "\n", with: "\r\n")))
        #expect(crlf.entries.count == 5)
        #expect(String(reflecting: crlf) == String(reflecting: lf))
    }

    @Test func missingLanguage() {
        let (_, problems) = Lexicons.load([LexiconSource(name: "x.txt", firstLine: 4, text: "quality moed\n")])
        #expect(problems.map(\.description) == ["x.txt:4: missing `language: nl` or `language: en`"])
    }

    @Test("a trainer file adds to a lexicon: new forms and relations on existing lemmas")
    func extending() {
        let extra = """
        language: nl
        quality klantgerichtheid
          forms: klantvriendelijk
        """
        let (lexicons, problems) = Lexicons.load([LexiconSource(name: "nl.txt", text: Fixtures.dutch), LexiconSource(name: "extra.txt", text: extra)])
        #expect(problems.isEmpty)
        guard case .one(let match) = lexicons[.nl].recognise("klantvriendelijk") else {
            Issue.record("the added form is understood")
            return
        }
        #expect(lexicons[.nl].lemmas[match.lemma].word == "klantgerichtheid")
    }
}

@Suite("Translations between the lexicons")
struct TranslationTests {
    @Test("pairs of lemmas, with problems named by line")
    func parsing() {
        let source = LexiconSource(name: "t.txt", text: "# pairs\nklantgericht = customer focused\nhalf a line\nmoed = courage\n")
        let (table, problems) = Translations.parse(source, lexicons: Fixtures.lexicons)
        #expect(table.translate("klantgerichtheid", to: .en) == "customer focus")
        #expect(table.translate("Customer Focus", to: .nl) == "klantgerichtheid")
        #expect(problems.map(\.description) == [
            "t.txt:3: expected `nl word = en word`, or `nl word -> en word` / `nl word <- en word` for one direction",
            "t.txt:4: `moed` is not a Dutch lemma",
        ])
    }

    @Test("one-way lines, and each lemma translated at most once each way, to a lemma of its polarity")
    func directions() {
        let source = LexiconSource(name: "t.txt", text: """
        klantgerichtheid = customer focus
        vriendelijkheid -> customer focus
        duidelijkheid <- flexibility
        duidelijkheid = clarity
        vriendelijkheid = clarity
        grenzeloosheid = customer focus
        hardheid = rigidity
        starheid -> rigidity
        meegaandheid <- rigidity
        meegaandheid -> boundlessness
        """)
        let (table, problems) = Translations.parse(source, lexicons: Fixtures.lexicons)
        #expect(table.translate("vriendelijkheid", to: .en) == "customer focus")
        #expect(table.translate("customer focus", to: .nl) == "klantgerichtheid")
        #expect(table.translate("flexibility", to: .nl) == "duidelijkheid")
        #expect(table.translate("clarity", to: .nl) == "duidelijkheid")
        #expect(table.translate("duidelijkheid", to: .en) == "clarity")
        #expect(table.translate("starheid", to: .en) == "rigidity")
        #expect(table.translate("meegaandheid", to: .en) == "boundlessness")
        #expect(table.translate("boundlessness", to: .nl) == nil)
        #expect(problems.map(\.description) == [
            "t.txt:5: `vriendelijkheid` already translates to English on line 2; write `vriendelijkheid <- clarity` to translate only the English word",
            "t.txt:6: `grenzeloosheid` is a distortion but `customer focus` is a quality; pair qualities with qualities and distortions with distortions",
            "t.txt:9: `rigidity` already translates to Dutch on line 7; keep one of the two lines",
        ])
    }

    @Test("switching language mid-walk carries the filled corners over")
    func switching() {
        var lexicons = Fixtures.lexicons
        let (table, _) = Translations.parse(LexiconSource(name: "t", text: "klantgerichtheid = customer focus"), lexicons: lexicons)
        lexicons.translations = table
        let engine = Engine(lexicons: lexicons)
        var (session, _) = engine.start(language: .nl)
        _ = engine.participantSaid("klantgericht", in: &session)
        _ = engine.participantSaid("in het Engels", in: &session)
        #expect(session.answers[.quality]?.text == "customer focus")
        #expect(engine.suggestions(for: .pitfall, in: session) == ["boundlessness"])
    }
}

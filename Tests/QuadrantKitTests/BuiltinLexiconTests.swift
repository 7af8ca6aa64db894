import Dispatch
import Testing
@testable import QuadrantKit

/// The lexicons that ship inside quadrant: sound, broad, and holding every example of the seeds.
@Suite("The built-in lexicon")
struct BuiltinLexiconTests {
    static let loaded = Lexicons.standard()
    var lexicons: Lexicons { Self.loaded.0 }

    @Test("passes its own validator")
    func noProblems() {
        #expect(Self.loaded.1.map(\.description) == [])
    }

    @Test("a challenge fits a quality across a listed pitfall, not a quality beside it", arguments: [
        (Language.nl, "flexibiliteit", "duidelijkheid", true), (.nl, "geduld", "grenzen stellen", true),
        (.en, "flexibility", "clarity", true), (.en, "caring", "kindness", false), (.nl, "zorgzaamheid", "zorgzaamheid", false),
    ])
    func challengeOfQuality(language: Language, quality: String, challenge: String, fits: Bool) throws {
        let lexicon = lexicons[language]
        let (q, c) = (try #require(lexicon.lemmaID(named: quality)), try #require(lexicon.lemmaID(named: challenge)))
        #expect(lexicon.fitsAsChallenge(c, ofQuality: q) == fits)
    }

    @Test("built on several threads, the same as built in order, problems included", arguments: [false, true])
    func sameOnThreads(withExtra: Bool) {
        // A trainer's file with a problem in it, so the order of the problems is compared too.
        let extra = withExtra ? [LexiconSource(name: "extra.txt", text: "language: nl\n\nquality moed\n  excess: onbekendheid\n")] : []
        let threaded = Lexicons.standard(adding: extra) { count, body in DispatchQueue.concurrentPerform(iterations: count, execute: body) }
        let ordered = Lexicons.standard(adding: extra)
        #expect(threaded.1 == ordered.1)
        #expect(ordered.1.isEmpty != withExtra)
        for language in Language.allCases {
            #expect(threaded.0[language].lemmas == ordered.0[language].lemmas)
            #expect(threaded.0[language].curated == ordered.0[language].curated)
        }
        let word = ordered.0[.nl].lemmas[0].word
        #expect(threaded.0.translations.translate(word, to: .en) == ordered.0.translations.translate(word, to: .en))
    }

    @Test("at least 150 core qualities per language, each with a closed quadrant of lexicon words", arguments: Language.allCases)
    func breadth(language: Language) {
        let statistics = lexicons[language].statistics
        #expect(statistics.qualities >= 150, "\(statistics)")
        #expect(statistics.qualitiesWithQuadrant == statistics.qualities, "\(statistics)")
        #expect(statistics.averageSynonyms >= 3, "\(statistics)")
    }

    @Test("every lemma has forms or synonyms, and every quality an excess", arguments: Language.allCases)
    func entries(language: Language) {
        let lexicon = lexicons[language]
        let bare = lexicon.lemmas.filter { $0.forms.isEmpty && $0.synonyms.isEmpty }.map(\.word)
        #expect(bare.isEmpty, "\(bare.prefix(10))")
        let noExcess = lexicon.lemmas.filter { $0.polarity == .quality && lexicon.excess(of: $0.id).isEmpty }.map(\.word)
        #expect(noExcess.isEmpty, "\(noExcess.prefix(10))")
    }

    @Test("the seeds' quadrants close, typed as people type them", arguments: [
        (Language.nl, ["klantgericht", "grenzeloos", "duidelijk", "star"]),
        (.nl, ["klantgerichtheid", "meegaandheid", "grenzen stellen", "hardheid"]),
        (.nl, ["daadkracht", "drammerigheid", "geduld", "passiviteit"]),
        (.nl, ["daadkrachtig", "drammerig", "geduldig", "passief"]),
        (.en, ["customer-focused", "boundless", "clear", "rigid"]),
        (.en, ["decisiveness", "pushiness", "patience", "passivity"]),
    ])
    func seeds(language: Language, words: [String]) {
        expectCloses(language, words)
    }

    @Test("everyday words and verb phrases reach the lemma they mean", arguments: [
        (Language.nl, "lui", "gemakzucht"), (.nl, "mierenneuker", "pietluttigheid"), (.nl, "onberekenbaar", "wispelturigheid"),
        (.nl, "nee zeggen", "grenzen stellen"), (.nl, "volhouden", "doorzettingsvermogen"), (.nl, "eenzelvig", "eenzelvigheid"),
        (.nl, "de grote lijnen zien", "overzicht"), (.nl, "hysterisch", "dramatiek"),
        (.en, "adventurous", "adventurousness"), (.en, "hysterical", "melodrama"), (.en, "being vulnerable", "openness"),
        (.en, "shy", "self-doubt"),
        (.nl, "hard werken", "ijver"), (.nl, "geruststellend", "rust"), (.nl, "zelfoverschatting", "arrogantie"),
        (.nl, "altruïsme", "dienstbaarheid"), (.nl, "het iedereen naar de zin willen maken", "pleasegedrag"),
        (.nl, "principieel", "principevastheid"), (.nl, "spotzucht", "cynisme"), (.nl, "uitstellen", "uitstelgedrag"),
        (.en, "can't delegate", "micromanagement"), (.en, "always wanting to be right", "arrogance"),
        (.en, "resentful", "resentment"), (.en, "playing the victim", "victim mentality"), (.en, "envious", "jealousy"),
        (.en, "bullying", "aggressiveness"), (.en, "biased", "intolerance"), (.en, "sneering", "arrogance"),
        // From the eighth round of walks: a phrase with its own negation is not denied by the clause after it,
        // a Dutch clause after "als" ends in its verb, and "the patient" is a person inside a listed phrase.
        (.nl, "we zeggen nooit nee, ook niet als een klant iets onredelijks vraagt", "grenzeloosheid"),
        (.nl, "als een collega uitvalt springen we gewoon bij", "collegialiteit"),
        (.nl, "we trekken ons alles persoonlijk aan", "overbetrokkenheid"), (.en, "we always put the patient first", "customer focus"),
    ])
    func everydayWords(language: Language, word: String, lemma: String) {
        guard case .one(let match) = lexicons[language].recognise(word) else {
            Issue.record("\(word) is not one lemma: \(lexicons[language].recognise(word))")
            return
        }
        #expect(lexicons[language].lemmas[match.lemma].word == lemma)
    }

    @Test("hyper- and ultra-, joined or apart, make a quality's too-much; hyper alone is still a word")
    func hyperPrefix() {
        for (language, text) in [(Language.nl, "hyper-gevoelig"), (.nl, "hyperflexibel"), (.en, "hyper-organised"),
                                 (.en, "hyperorganised"), (.en, "ultra precise")] {
            let matches = lexicons[language].recognise(text).matches
            #expect(!matches.isEmpty && matches.allSatisfy { if case .excess = $0.kind { true } else { false } }, "\(text)")
        }
        guard case .one(let match) = lexicons[.en].recognise("hyper") else {
            Issue.record("hyper alone: \(lexicons[.en].recognise("hyper"))")
            return
        }
        #expect(lexicons[.en].lemmas[match.lemma].word == "restlessness")
    }

    /// Common words one or two letters from a trait word were read as that trait (bezig as bazig, reading as
    /// leading); they are kept from typo matching.
    @Test("everyday words are not read as a typo of a trait word", arguments: [
        (Language.nl, "bezig"), (.nl, "vraag"), (.nl, "vrouw"), (.nl, "maken"), (.nl, "halen"), (.nl, "spreken"),
        (.nl, "zitten"), (.nl, "liggen"), (.nl, "didactische werkvormen"),
        (.en, "staff"), (.en, "reading"), (.en, "learning"), (.en, "trying"), (.en, "sorry"), (.en, "project"),
        (.en, "normal"), (.en, "building"), (.en, "based"), (.en, "we work in sales"), (.en, "in practice"),
    ])
    func everydayWordsAreNotTypos(language: Language, word: String) {
        #expect(lexicons[language].recognise(word) == .unknown, "\(word): \(lexicons[language].recognise(word))")
    }

    /// In a sentence, real words were read as slips of trait words (verlopen as verlegen, death as depth).
    @Test("everyday sentences are not read as traits", arguments: [
        (Language.nl, "het gesprek is goed verlopen"), (.nl, "ik heb mijn sleutels verloren"), (.nl, "we verkopen schoenen en tassen"),
        (.nl, "de kinderen spelen buiten"), (.nl, "de klant belde over zijn factuur"),
        (.en, "we are hacking on the new release"), (.en, "there was a death in the family"),
        (.en, "we work in a hospital"), (.en, "we are a police team"), (.en, "we passed the audit"),
        (.en, "our director shouted at us"), (.en, "we write the login page"), (.en, "we have real problems"),
        (.en, "we work in sales"), (.en, "we need more space in the office"),
        // A real word that shares all but its end with a trait word is no slip either (helden ~ helder).
        (.nl, "we zijn een team bij defensie"), (.nl, "het scherm is zwart"), (.nl, "de positie van het team"),
        (.nl, "we zijn helden"),
        // A noun ending in -er is no comparative: "moeder" is not a form of moed.
        (.nl, "de moeder van Daan"), (.nl, "moeder"),
        // An adverb of degree is no adjective: "fairly busy" is not fair.
        (.en, "we're fairly busy today"),
    ])
    func everydaySentences(language: Language, text: String) {
        #expect(lexicons[language].recognise(text) == .unknown, "\(text): \(lexicons[language].recognise(text))")
    }

    /// The words of the lemmas `recognise` reads in `text`.
    private func lemmaWords(_ text: String, _ language: Language) -> [String] {
        lexicons[language].recognise(text).matches.map { lexicons[language].lemmas[$0.lemma].word }
    }

    /// A Dutch singular verb's infinitive, for phrases in a relative clause; a word that is no such verb has none.
    @Test("a Dutch singular verb reaches its infinitive", arguments: [
        ("werkt", "werken"), ("doorzet", "doorzetten"), ("opgeeft", "opgeven"), ("klaarstaat", "klaarstaan"), ("gooit", "gooien"),
        ("praat", "praten"), ("zegt", "zeggen"), ("blijft", "blijven"), ("luistert", "luisteren"),
        ("zet", "zetten"), ("ziet", "zien"), ("heeft", "hebben"), ("wil", "willen"),
    ])
    func infinitive(verb: String, infinitive: String) {
        #expect(Derivation.dutchInfinitives(verb).contains(infinitive), "\(Derivation.dutchInfinitives(verb))")
        #expect(Derivation.dutchInfinitives("team").isEmpty && Derivation.dutchInfinitives("wat").isEmpty)
    }

    /// A trait word with an inflection's ending is that trait, in a sentence too.
    @Test("inflected trait words in a sentence are still read", arguments: [
        (Language.nl, "we zijn geduldige mensen", "geduld"), (.nl, "we zijn heel positief", "optimisme"),
        // A superlative: "gezelligste" is read in a sentence too, not only alone as a slip.
        (.nl, "we zijn de gezelligste afdeling van het ziekenhuis", "gezelligheid"), (.nl, "we zijn het duidelijkst", "duidelijkheid"),
        // A relative clause ends in its singular verb, where a listed phrase has the infinitive.
        (.nl, "we zijn een team dat nooit opgeeft", "doorzettingsvermogen"), (.nl, "we zijn een team dat hard werkt", "ijver"),
        (.nl, "we zijn een team dat goed samenwerkt", "samenwerkingsgerichtheid"), (.nl, "een team dat doorzet", "doorzettingsvermogen"),
        // So does a clause after a subordinating conjunction ("als", "omdat").
        (.nl, "omdat het team er met de pet naar gooit", "gemakzucht"),
        // A finite verb before a last infinitive, and "gewoon" or "maar" inside the phrase.
        (.nl, "een team dat alles laat liggen", "laksheid"), (.nl, "een team dat alles maar laat liggen", "laksheid"),
        // Comparatives: of an adjective's ending, and with the long vowel or the d of the spoken form.
        (.nl, "we moeten grondiger zijn", "grondigheid"), (.nl, "we zijn zorgzamer", "zorgzaamheid"),
        (.nl, "betrouwbaarder", "betrouwbaarheid"), (.nl, "we moeten geduldiger zijn", "geduld"),
        // An English adverb is its adjective, and so its lemma: quickly is quick, of speed.
        (.en, "we respond quickly", "speed"), (.en, "we fix things quickly", "speed"), (.en, "we deal with it calmly", "calm"),
    ])
    func inflected(language: Language, text: String, lemma: String) {
        let matches = lemmaWords(text, language)
        #expect(matches == [lemma], "\(text): \(matches)")
    }

    /// What a sentence says of the people a team serves is not the team's trait: "klagen" in "gasten die
    /// klagen" was offered as negativisme, "rude" in "when passengers are rude" as rudeness.
    @Test("words about the people a team serves are not the team's traits", arguments: [
        (Language.nl, "we zijn te aardig tegen gasten die klagen", ["pleasegedrag"]),
        (.nl, "we blijven rustig als klanten boos worden", ["rust"]),
        (.nl, "we worden kortaf als de klanten ongeduldig worden", ["botheid"]),
        (.nl, "we helpen klanten die het moeilijk hebben heel zorgzaam", ["behulpzaamheid", "zorgzaamheid"]),
        (.nl, "klanten zijn vaak onbeleefd maar wij blijven geduldig", ["geduld"]),
        (.nl, "we blijven geduldig met brutale leerlingen", ["geduld"]),
        // "iedere" before them is a determiner, not a word about them.
        (.nl, "we geven iedere klant korting", ["toegeeflijkheid"]),
        (.en, "we smile even when passengers are rude", []),
        // Whoever a clause of "als" / "if" is about, after its determiner, whatever the noun; not the team.
        (.en, "If a customer is rude, we stay polite.", ["politeness"]), (.nl, "Als de spelers lui zijn, blijven wij enthousiast", ["enthousiasme"]),
        (.nl, "als een team werken we goed samen", ["samenwerkingsgerichtheid"]), (.en, "when a student calls in a panic, we stay calm", ["calm"]),
        (.en, "we stay patient with rude customers", ["patience"]),
        (.en, "we stay patient with customers who are rude", ["patience"]),
        // After an -ing verb, and before a compound ("anxious pet owners").
        (.en, "we are good at reassuring anxious pet owners", ["calm"]),
        (.en, "our clients are quite demanding but we stay patient", ["patience"]),
        (.nl, "soms zijn klanten boos maar wij blijven rustig", ["rust"]),
        // Not cut short into an answer of two words, whose real words would then read as slips (kinderen).
        (.nl, "de kinderen zijn bij ons heel vrolijk", []), (.nl, "gasten zijn bij ons altijd tevreden", []),
        (.nl, "klanten zijn vaak blij met onze flexibiliteit", ["flexibiliteit"]),
        // What they do when they open a clause, after a full stop, a comma or a conjunction.
        (.nl, "klanten leveren hun bonnetjes altijd te laat aan, maar wij halen toch elke deadline", []),
        (.nl, "het spreekuur loopt uit, mensen zitten soms een uur te wachten en worden boos", []),
        (.en, "council front desk here. residents come in angry about bins all day", []),
        (.en, "gym staff here, our members are lazy but we keep them going", []),
        (.nl, "we zijn mensen die graag helpen", ["behulpzaamheid"]), (.en, "we treat customers kindly", ["kindness"]),
        // People in other roles, when they open a clause or follow "als" / "when".
        (.nl, "we vergeten te rusten. en de uitvoerder is vaak geirriteerd", ["werkverslaving"]),
        (.nl, "we blijven rustig, ook als de manager boos is", ["rust"]),
        (.en, "we stay calm even when the foreman is angry", ["calm"]),
        // What they say or find is about the team.
        (.en, "guests always say how friendly we are", ["friendliness"]), (.en, "parents tell us we're really warm", ["warmth"]),
        (.nl, "gasten zeggen altijd dat we heel gastvrij zijn", ["gastvrijheid"]),
        // What they complain about is the team's, the complaint theirs.
        (.en, "customers complain we are slow", ["slowness"]), (.nl, "klanten klagen dat we traag zijn", ["traagheid"]),
        (.nl, "de huisartsen klagen dat we ze te vaak bellen", []),
        // A listed phrase with a person in it is left whole.
        (.nl, "alles voor de gast doen", ["grenzeloosheid"]),
        // About the team's own things, a relative clause still speaks of the team.
        (.nl, "we hebben een aanpak die soms star is", ["starheid"]),
        (.en, "our approach that is a bit rigid", ["rigidity"]),
    ])
    func otherPeople(language: Language, text: String, lemmas: [String]) {
        let matches = lemmaWords(text, language)
        #expect(Set(matches) == Set(lemmas), "\(text): \(matches)")
    }

    /// "we luisteren te veel" had read "luisteren te" as the infinitive's te before nothing, and so lost the
    /// "te veel"; "te lang" says too much as well.
    @Test("a verb with too much after it is its quality's too-much", arguments: [
        (Language.nl, "we luisteren te veel", "luistervaardigheid"), (.nl, "we luisteren soms te lang", "luistervaardigheid"),
        (.en, "we listen too long", "receptiveness"),
    ])
    func verbTooMuch(language: Language, text: String, quality: String) {
        let lexicon = lexicons[language]
        let id = lexicon.lemma(named: quality)!.id
        let matches = lexicon.recognise(text).matches
        #expect(!matches.isEmpty && matches.allSatisfy { $0.kind == .excess(of: id) }, "\(text): \(matches)")
    }

    /// "er voor de klanten zijn" had lost its "zijn" as what the customers are, and "giving in to demanding
    /// customers" its "demanding" as what describes them.
    @Test("a listed phrase with a person in it still reaches its lemma", arguments: Language.allCases)
    func phrasesWithPeople(language: Language) {
        let lexicon = lexicons[language]
        var checked = 0
        for lemma in lexicon.lemmas {
            for phrase in lemma.synonyms where TextFolding.words(phrase).contains(where: { OtherPeople.isPerson($0, language) }) {
                checked += 1
                let reached = lexicon.recognise(phrase).matches.map(\.lemma)
                // A phrase listed under two lemmas may reach the other.
                #expect(reached.contains { lexicon.lemmas[$0].synonyms.contains(phrase) },
                        "\(phrase): \(reached.map { lexicon.lemmas[$0].word }), listed under \(lemma.word)")
            }
        }
        #expect(checked > 20)
    }

    /// A text that names a word only to deny it: the lemmas it denies, which a walk reads as their opposites.
    @Test("a word said not to be there is denied, not read", arguments: [
        (Language.nl, "we zijn nooit slordig", "slordigheid"), (.nl, "we plannen niet", "planmatigheid"),
        (.en, "we are never sloppy", "sloppiness"),
        // A relative clause about something said not to be: "not a team that gives up".
        (.en, "we are not a team that gives up", "giving up"), (.nl, "we zijn geen team dat slordig werkt", "slordigheid"),
        // Not everyone, not everything: "niet iedereen over een kam scheren".
        (.nl, "niet iedereen over een kam scheren", "zwart-witdenken"),
        // What a team is not good at: "niet zo goed in nee zeggen".
        (.nl, "we zijn niet zo goed in nee zeggen", "grenzen stellen"), (.en, "we are not very good at saying no", "setting boundaries"),
        // "niet snel in paniek": how easily, not how fast; "niks" denies like "niet".
        (.nl, "we raken niet snel in paniek", "paniekerigheid"), (.nl, "we zijn niks slordig", "slordigheid"),
        (.en, "we forget to ask for help", "asking for help"),
    ])
    func deniedWords(language: Language, text: String, lemma: String) {
        let lexicon = lexicons[language]
        #expect(lexicon.recognise(text) == .unknown)
        #expect(lexicon.deniedLemmas(text).map { lexicon.lemmas[$0].word } == [lemma])
        #expect(lexicon.deniedLemmas(lemma).isEmpty)
    }

    /// Fixed expressions in which a trait word means something else.
    @Test("a trait word in an expression that means something else is not that trait", arguments: [
        (Language.nl, "we werken bij de sociale dienst"), (.nl, "we doen de sociale media"),
        (.nl, "sommige chauffeurs rijden te hard"), (.nl, "we hebben morgen een open dag"),
        (.en, "we are a law firm"), (.en, "we drive trucks across europe"), (.en, "we are social workers"),
        (.en, "my hard drive crashed"), (.en, "we close tickets on the same day"),
        (.nl, "toch draaien we alle diensten"), (.nl, "de hele planning loopt uit"), (.en, "we are the security team"),
        (.en, "site team for a construction firm"), (.en, "we are pretty techy"), (.en, "honestly it drives us mad"),
        (.en, "we run a small care home"),
        // Found in the fifth round of walks: a company, the situation, the patient, a question.
        (.en, "warehouse team at a logistics firm"), (.en, "call centre for an energy company"),
        (.en, "we comfort the patient first"), (.nl, "als de pieper gaat, daar zijn we trots op"),
        (.nl, "ook als het druk is"), (.nl, "wat bedoel je precies"),
        (.en, "we comfort a patient who is scared"), (.en, "we look after the victim first"),
        (.nl, "dat verwijten ze ons"), (.nl, "we gooien de planning steeds om"), (.nl, "we reageren direct als er iets is"),
        // Found in the ninth and tenth rounds: a shift's name, lab results, the situation.
        (.en, "we are the night team"), (.en, "the ward asks where the results are"), (.nl, "als het druk wordt"),
    ])
    func otherSenses(language: Language, text: String) {
        #expect(lexicons[language].recognise(text) == .unknown, "\(text): \(lexicons[language].recognise(text))")
    }

    @Test("no listed word or phrase holds one of those expressions", arguments: Language.allCases)
    func otherSensesSpareListedPhrases(language: Language) {
        for lemma in lexicons[language].lemmas {
            for phrase in [lemma.word] + lemma.synonyms {
                let words = TextFolding.words(phrase)
                #expect(OtherSenses.without(words, language, isListed: lexicons[language].isListedPhrase) == words, "\(phrase), listed under \(lemma.word)")
            }
        }
    }

    @Test("outside those expressions the trait word is still read", arguments: [
        (Language.nl, "we werken te hard", "werkverslaving"), (.nl, "we zijn heel sociaal", "gezelligheid"),
        (.en, "we have a lot of drive", "drive"), (.en, "we are firm with customers", "firmness"),
    ])
    func sameWordsAsTraits(language: Language, text: String, lemma: String) {
        let matches = lemmaWords(text, language)
        #expect(matches == [lemma], "\(text): \(matches)")
    }

    @Test("the real words are in byte order, one a line, so halving finds each of them", arguments: [RealWords.dutch, RealWords.english])
    func realWordsSorted(text: [UInt8]) {
        let lines = text.split(separator: 10, omittingEmptySubsequences: false)
        #expect(lines.count > 1000 && !lines.contains { $0.isEmpty })
        #expect(zip(lines, lines.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
        for line in lines { #expect(SortedLines.contains(String(decoding: line, as: UTF8.self), in: text)) }
        #expect(!SortedLines.contains("", in: text) && !SortedLines.contains("klantgerichtheid", in: text))
        #expect(!SortedLines.contains("a", in: text) && !SortedLines.contains("zzzzzz", in: text))
    }

    @Test("a word after an English contracted negation is not that word", arguments: ["doesn't delegate", "can't focus", "won't listen"])
    func contractedNegation(text: String) {
        #expect(lexicons[.en].recognise(text) == .unknown, "\(text): \(lexicons[.en].recognise(text))")
    }

    @Test("quadrants that need the newer relations close", arguments: [
        (Language.nl, ["resultaatgericht", "hard", "mensgericht", "soft"]),
        (.nl, ["zelfstandig", "eenzelvig", "samenwerken", "afhankelijk"]),
        (.nl, ["overzicht", "slordig", "nauwkeurig", "pietluttig"]),
        (.en, ["adventurousness", "recklessness", "caution", "risk aversion"]),
        (.nl, ["verdraagzaam", "laks", "principieel", "onverdraagzaam"]),
        (.nl, ["vrijheidslievend", "bindingsangst", "verbondenheid", "afhankelijk"]),
        (.nl, ["humor", "spotzucht", "serieus", "humorloos"]),
        (.nl, ["urgentiebesef", "paniekerig", "ontspannen", "uitstellen"]),
        (.en, ["independence", "fear of commitment", "connectedness", "clingy"]),
        (.en, ["flexibility", "conformism", "individuality", "stubborn"]),
    ])
    func newerRelations(language: Language, words: [String]) {
        expectCloses(language, words)
    }

    @Test("the seeds' other core qualities are known", arguments: [
        (Language.nl, "accuratesse"), (.nl, "creativiteit"), (.nl, "efficiënt"), (.nl, "efficiëntie"), (.nl, "pietluttigheid"),
        (.en, "accuracy"), (.en, "creativity"), (.en, "efficient"), (.en, "efficiency"), (.en, "customer focus"),
    ])
    func seedWords(language: Language, word: String) {
        #expect(lexicons[language].recognise(word) != .unknown, "\(word)")
    }

    /// Expects the quadrant of `words` (quality, pitfall, challenge, allergy) to close, naming the arrows if not.
    private func expectCloses(_ language: Language, _ words: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let check = lexicons[language].check(Quadrant(quality: words[0], pitfall: words[1], challenge: words[2], allergy: words[3]))
        #expect(check.closed, "\(words): \(check.arrows.map(\.finding))", sourceLocation: sourceLocation)
    }
}

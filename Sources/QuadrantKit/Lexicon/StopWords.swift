/// Small word lists that steer recognition: words never taken as typos, negations, and "too much".
enum StopWords {
    /// Common longer words that must not be read as a typo of a lexicon word.
    static func contains(_ word: String, _ language: Language) -> Bool {
        switch language {
        case .nl: return dutch.contains(word)
        case .en: return english.contains(word)
        }
    }

    static func negations(_ language: Language) -> Set<String> {
        switch language {
        case .nl: return dutchNegations
        case .en: return englishNegations
        }
    }

    /// Two words before a word that say it is missing or hard ("gebrek aan structuur", "lack of focus",
    /// "moeite met kiezen", "afraid of change"): the word is then not what the person means.
    static func negatingPairs(_ language: Language) -> Set<String> {
        switch language {
        case .nl: return dutchNegatingPairs
        case .en: return englishNegatingPairs
        }
    }

    /// Words that soften a negation without undoing it: "niet zo flexibel", "not very patient" still say
    /// the trait is missing (and "niet te kiezen", "not too flexible" are no too-much); so do the words for
    /// everyone or everything a phrase is then not about ("niet iedereen over een kam scheren").
    static func degreeWords(_ language: Language) -> Set<String> {
        switch language {
        case .nl: return dutchDegreeWords
        case .en: return englishDegreeWords
        }
    }

    /// A Dutch main clause puts its negation after the verb: in "we delegeren niet", "ze durven niet" the
    /// verb after a subject is negated by the word that follows it. English negates before the verb.
    static func trailingNegations(_ language: Language) -> Set<String> {
        language == .nl ? dutchTrailingNegations : []
    }

    /// Words that may stand between such a verb and its negation: "we luisteren soms niet".
    static func beforeTrailingNegation(_ language: Language) -> Set<String> {
        language == .nl ? dutchBeforeNegation : []
    }

    /// Subjects that start such a clause.
    static func subjects(_ language: Language) -> Set<String> {
        language == .nl ? dutchSubjects : []
    }

    /// The words of a sentence with possessive and reflexive pronouns as listed phrases write them ("je",
    /// "jezelf", "your", "yourself"): "onze grenzen bewaken" is the listed "je grenzen bewaken", and "stand
    /// our ground" the listed "stand your ground"; a few other words take their listed spelling too ("neen"
    /// as "nee", "iedere" as "elke"). A single word is never a pronoun worth reading.
    static func listedPronouns(_ words: [String], _ language: Language) -> [String] {
        guard words.count > 1 else { return words }
        let pronouns = language == .nl ? dutchPronouns : englishPronouns
        return words.map { pronouns[$0] ?? $0 }
    }

    /// Whether a key of several words holds a pronoun or an intensifier that typed text is read without
    /// (`listedPronouns`, `withoutIntensifiers`); byte comparisons only, no Strings built.
    static func mayChangeWhenTyped(_ key: String, _ language: Language) -> Bool {
        let candidates = language == .nl ? dutchChanging : englishChanging
        var key = key
        return key.withUTF8 { bytes in
            guard bytes.contains(UInt8(ascii: " ")) else { return false }
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if candidates.contains(where: { $0.count == word.count && $0.elementsEqual(word) }) { return true }
                start = end + 1
            }
            return false
        }
    }

    private static let dutchChanging: [[UInt8]] = (Array(dutchPronouns.keys) + Array(dutchIntensifiers)).map { Array($0.utf8) }
    private static let englishChanging: [[UInt8]] = (Array(englishPronouns.keys) + Array(englishIntensifiers)).map { Array($0.utf8) }

    private static let dutchPronouns: [String: String] = [
        "jouw": "je", "onze": "je", "ons": "je", "mijn": "je", "mn": "je", "hun": "je", "uw": "je",
        "neen": "nee", "zich": "je", "onszelf": "jezelf", "mezelf": "jezelf", "mijzelf": "jezelf", "zichzelf": "jezelf", "uzelf": "jezelf",
        "iedere": "elke", "ieder": "elk",
    ]
    private static let englishPronouns: [String: String] = [
        "our": "your", "my": "your", "their": "your", "his": "your", "her": "your",
        "ourselves": "yourself", "myself": "yourself", "themselves": "yourself", "himself": "yourself",
        "herself": "yourself", "yourselves": "yourself", "oneself": "yourself", "ones": "your",
    ]

    /// Words as listed phrases write them: any person's pronoun as `je`/`your`, and without intensifiers.
    /// Typed text and listed phrases are both read this way, so they meet.
    static func asListed(_ words: [String], _ language: Language) -> [String] {
        withoutIntensifiers(withoutEasily(listedPronouns(words, language), language), language)
    }

    /// The words without a Dutch "snel" or "gauw" that says how easily a negated thing happens ("niet snel in
    /// paniek", "niet gauw boos"): the negation is about what follows, and "snel" is no trait there.
    static func withoutEasily(_ words: [String], _ language: Language) -> [String] {
        guard language == .nl, words.count > 3, words.contains(where: dutchEasily.contains) else { return words }
        var kept: [String] = []
        var index = 0
        while index < words.count {
            kept.append(words[index])
            if dutchNegations.contains(words[index]), index + 2 < words.count, dutchEasily.contains(words[index + 1]),
               words[index + 2] != "genoeg" {
                index += 2
                // "niet snel in paniek": the preposition goes too, so the negation stands before the word.
                if index + 1 < words.count, dutchEasilyPrepositions.contains(words[index]) { index += 1 }
                continue
            }
            index += 1
        }
        return kept
    }

    /// Adverbs of frequency a sentence may put inside a listed phrase ("de klant altijd op de eerste plaats",
    /// "we always put the customer first" is listed as it is): a phrase is also read without them.
    static func innerAdverbs(_ language: Language) -> Set<String> {
        language == .nl ? dutchInnerAdverbs : englishInnerAdverbs
    }

    private static let dutchInnerAdverbs: Set<String> = [
        "altijd", "soms", "vaak", "meestal", "steeds", "weleens", "regelmatig", "telkens", "gewoon", "zomaar", "maar",
    ]
    private static let englishInnerAdverbs: Set<String> = ["always", "often", "sometimes", "usually", "constantly", "regularly"]

    private static let dutchEasily: Set<String> = ["snel", "gauw", "vlug", "makkelijk", "licht"]
    private static let dutchEasilyPrepositions: Set<String> = ["in", "uit", "van", "op", "tot"]

    /// The words of a sentence without the intensifiers that sit inside a phrase ("we nemen echt de tijd",
    /// "we really don't care"), except after a negation, where they soften it ("niet echt eerlijk").
    static func withoutIntensifiers(_ words: [String], _ language: Language) -> [String] {
        guard words.count > 1 else { return words }
        let intensifiers = language == .nl ? dutchIntensifiers : englishIntensifiers
        guard words.contains(where: intensifiers.contains) else { return words }
        return words.enumerated().filter { index, word in
            !intensifiers.contains(word) || index + 1 == words.count || (index > 0 && negations(language).contains(words[index - 1]))
        }.map(\.element)
    }

    private static let dutchIntensifiers: Set<String> = ["echt", "heel", "erg", "zeer", "nogal", "ontzettend", "enorm", "hartstikke"]
    private static let englishIntensifiers: Set<String> = ["really", "very", "truly", "totally", "terribly"]

    /// Whether the word at `index` opens what the team does not do but instead of: "ipv", "(in) plaats van",
    /// "instead of".
    static func opensInstead(_ words: ArraySlice<String>, at index: Int, _ language: Language) -> Bool {
        let next = index + 1 < words.endIndex ? words[index + 1] : ""
        switch language {
        case .nl: return words[index] == "ipv" || words[index] == "plaats" && next == "van"
        case .en: return words[index] == "instead" && next == "of"
        }
    }

    /// Whether `word` only says how much of the word after it there is ("overdreven" in "overdreven servile"):
    /// then it is no trait, even when that word is unknown.
    static func marksExcess(_ word: String, before next: String?, _ language: Language) -> Bool {
        next != nil && excessMarkers(language).contains(word)
    }

    /// The words of "so X that …" / "zo X dat …", which make X too much.
    static func soThat(_ language: Language) -> (so: String, that: String) {
        language == .nl ? ("zo", "dat") : ("so", "that")
    }

    /// Pairs that hedge what follows: "kind of pushy" is not about kindness.
    static let hedges: Set<String> = ["kind of", "sort of", "kinda of"]

    /// Plural subjects, after which a verb has the same form as in a listed phrase ("we zeggen nee").
    static func pluralSubjects(_ language: Language) -> Set<String> {
        language == .nl ? dutchPluralSubjects : []
    }

    /// Dutch conjunctions that open a clause ending in its verb ("als een collega er met de pet naar gooit").
    static let subordinators: Set<String> = ["als", "wanneer", "omdat", "zodra", "terwijl", "voordat", "zodat", "tenzij", "doordat"]

    /// Particles a Dutch separable verb leaves at the end of a main clause (`we houden vol`: `volhouden`).
    static let separableParticles: Set<String> = [
        "op", "af", "aan", "uit", "in", "door", "los", "mee", "vol", "terug", "over", "toe", "weg", "na", "bij", "om",
        "vast", "samen", "stil", "klaar", "tegen", "dicht", "neer", "open",
    ]

    /// Words that may follow the particle at the end of a clause (`we houden vast aan procedures`), and the
    /// subject of the next clause (`we denken mee, wij zijn een bank`).
    static let clauseEnds: Set<String> = [
        "aan", "met", "voor", "op", "in", "bij", "naar", "van", "om", "tegen", "over", "uit", "door", "tot", "zonder",
        "en", "maar", "want", "als", "dan", "omdat", "of", "waar", "wanneer", "zodra", "terwijl", "voordat", "zodat",
        "we", "wij", "ik", "jullie", "dus", "daarom",
    ]

    /// Objects a main clause puts between the verb and the rest of a phrase (`we geven het uit handen`).
    static let clauseObjects: Set<String> = ["het", "dat", "dit", "alles", "ze", "hen", "hem", "haar"]

    /// Adverbs a main clause puts between the verb and the rest of a phrase (`we gaan soms over lijken`).
    static let clauseAdverbs: Set<String> = [
        "soms", "vaak", "altijd", "meestal", "wel", "ook", "snel", "graag", "weleens", "regelmatig", "eigenlijk",
        "steeds", "nogal", "gauw", "makkelijk", "gewoon",
    ]

    private static let dutchPluralSubjects: Set<String> = ["we", "wij", "ze", "zij", "jullie"]
    private static let dutchDegreeWords: Set<String> = [
        "zo", "erg", "echt", "heel", "te", "helemaal", "bijzonder", "altijd", "meer", "genoeg", "zon", "iedereen", "alles",
    ]
    private static let englishDegreeWords: Set<String> = [
        "very", "so", "really", "too", "that", "particularly", "always", "entirely", "quite", "overly", "exactly", "especially",
        "terribly", "all", "enough", "everyone", "everybody", "everything",
    ]

    /// Pronouns that open a relative clause ("een team dat", "a team that").
    static func relativePronouns(_ language: Language) -> Set<String> {
        switch language {
        case .nl: return dutchRelativePronouns
        case .en: return englishRelativePronouns
        }
    }
    private static let dutchRelativePronouns: Set<String> = ["die", "dat", "wat"]
    private static let englishRelativePronouns: Set<String> = ["that", "who", "which"]

    /// The preposition after "goed" / "good" that names a skill ("goed in", "good at").
    static func skillPrepositions(_ language: Language) -> Set<String> {
        language == .nl ? dutchSkillPrepositions : englishSkillPrepositions
    }
    private static let dutchSkillPrepositions: Set<String> = ["in"]
    private static let englishSkillPrepositions: Set<String> = ["at"]

    /// Words for being good at something ("goed in", "sterk in", "good at").
    static func goodWords(_ language: Language) -> Set<String> {
        language == .nl ? dutchGoodWords : englishGoodWords
    }
    private static let dutchGoodWords: Set<String> = ["goed", "sterk", "handig", "best"]
    private static let englishGoodWords: Set<String> = ["good", "great", "strong", "best"]

    /// Articles that may stand between a negation and its noun ("not a team").
    static func articles(_ language: Language) -> Set<String> {
        switch language {
        case .nl: return dutchArticles
        case .en: return englishArticles
        }
    }
    private static let dutchArticles: Set<String> = ["een", "het", "de"]
    private static let englishArticles: Set<String> = ["a", "an", "the"]
    private static let dutchTrailingNegations: Set<String> = ["niet", "nooit", "nauwelijks", "weinig", "zelden", "niks", "niets", "geen"]
    private static let dutchBeforeNegation: Set<String> = [
        "soms", "vaak", "eigenlijk", "meestal", "nog", "ook", "bijna", "gewoon", "helemaal", "dan", "toch", "te",
    ]
    private static let dutchSubjects: Set<String> = ["we", "wij", "ze", "zij", "jullie", "ik", "je", "jij", "hij", "men", "u"]

    /// Prefixes that make a word its too-much, written apart or with a hyphen (`hyper-critical`,
    /// `ultra precies`): before another word they are markers, never words of their own (`hyper` alone
    /// is a word for restlessness).
    static let excessPrefixes: Set<String> = ["hyper", "ultra"]

    /// The same written together with the word (`overbezorgd`, `hypercritical`).
    static let joinedExcessPrefixes = ["over", "hyper", "ultra"]

    /// "gezonde twijfel", "healthy scepticism": the distortion's strength, not the distortion.
    static func healthy(_ language: Language) -> Set<String> {
        switch language {
        case .nl: return dutchHealthy
        case .en: return englishHealthy
        }
    }

    private static let dutchHealthy: Set<String> = ["gezond", "gezonde"]
    private static let englishHealthy: Set<String> = ["healthy"]

    static func excessMarkers(_ language: Language) -> [String] {
        switch language {
        case .nl: return dutchExcessMarkers
        case .en: return englishExcessMarkers
        }
    }

    /// Pairs after a verb that deny it: "we beslissen te laat", "we step in too late", "we luisteren te weinig".
    static func trailingNegatingPairs(_ language: Language) -> Set<String> {
        language == .nl ? ["te laat", "te weinig"] : ["too late", "too little"]
    }

    private static let dutchNegatingPairs: Set<String> = [
        "gebrek aan", "tekort aan", "niet genoeg", "te weinig", "moeite met", "bang voor", "angst voor", "slecht in",
        "moeilijk om", "lastig om", "moeite om", "bang om", "geen enkel", "geen enkele", "te laat",
    ]
    private static let englishNegatingPairs: Set<String> = [
        "lack of", "absence of", "shortage of", "not enough", "too little", "afraid of", "fear of", "bad at", "poor at",
        "struggles with", "struggling with", "trouble with", "difficulty with", "struggle to", "struggles to",
        "struggling to", "forget to", "forgets to", "forgot to", "forgetting to", "fail to", "fails to", "failing to", "afraid to", "hard to", "difficult to", "no one", "avoid being",
        "avoids being", "avoiding being", "too late",
    ]
    private static let dutchNegations: Set<String> = [
        "niet", "geen", "nooit", "nauwelijks", "weinig", "zelden", "zonder", "niemand", "minder", "vermijden", "vermijdt", "ontwijken",
        "niks", "niets",
    ]
    private static let englishNegations: Set<String> = [
        "not", "no", "never", "hardly", "barely", "isnt", "arent", "dont", "doesnt", "didnt", "cant", "cannot", "couldnt",
        "wont", "lack", "unable", "without", "non", "rarely", "seldom", "nobody", "less", "avoid", "avoids", "avoiding",
        // "any" right before a trait stands only under a negation: "people who never take any responsibility".
        "any",
    ]
    /// Markers that say "too much" after the word: "caring too much", "we helpen te veel", "we luisteren te lang".
    static func trailingExcessMarkers(_ language: Language) -> Set<String> {
        switch language {
        case .nl: return dutchTrailingExcessMarkers
        case .en: return englishTrailingExcessMarkers
        }
    }

    private static let dutchTrailingExcessMarkers: Set<String> = [
        "te veel", "teveel", "te vaak", "overdreven", "te ver", "te lang", "tegen alles", "tegen iedereen",
    ]
    private static let englishTrailingExcessMarkers: Set<String> = [
        "too much", "too often", "excessively", "to excess", "too far", "too long", "to everything", "to everyone",
    ]
    private static let dutchExcessMarkers = [
        "te veel", "teveel", "te", "overdreven", "doorgeschoten", "extreem", "extreme", "overmatig", "overmatige", "buitensporig",
        "buitensporige", "overdadig", "overdadige", "hyper", "ultra", "alleen maar", "te lang", "te vaak", "te snel",
        "doorschieten in", "doorschiet in", "doorschieten",
    ]
    private static let englishExcessMarkers = [
        "too much", "too", "overly", "excessive", "excessively", "over", "extreme", "extremely", "exaggerated",
        "hyper", "ultra", "too long", "too often", "too quickly", "too fast", "overdo", "overdoing", "overdoes",
    ]

    private static let dutch: Set<String> = [
        "eigenlijk", "misschien", "volgens", "zeker", "denken", "vinden", "mensen", "klanten", "klant",
        "collega", "collegas", "omdat", "wanneer", "welke", "zouden", "hebben", "worden", "kunnen", "moeten",
        "jullie", "onszelf", "zichzelf", "altijd", "vaak", "soms", "echt", "heel", "erg", "beetje", "gewoon",
        "denk", "vind", "vinden", "zegt", "zeggen", "team", "teams", "onze", "ander", "andere", "anderen",
        "alles", "niets", "iemand", "niemand", "waarom", "hoezo", "natuurlijk", "inderdaad", "precies",
        "graag", "dankjewel", "bedankt", "hallo", "goedemorgen", "volgende", "vorige", "eerst", "daarna",
        "wordt", "werden", "geweest", "waren", "zijn", "heeft", "hebt", "kunnen", "willen", "zullen",
        "organisatie", "afdeling", "werk", "werken", "mijn", "jouw", "zelf", "beter", "meer", "minder",
        // The second word of many lemmas (analytisch vermogen), never a trait on its own.
        "vermogen",
        // Everyday words one letter from a trait word (bezig ~ bazig, vraag ~ traag, vrouw ~ trouw).
        "bezig", "maken", "halen", "mailen", "spreken", "zitten", "liggen", "beginnen", "vraag", "vrouw", "ieder", "iedere",
    ]

    private static let english: Set<String> = [
        "think", "maybe", "really", "would", "could", "should", "their", "there", "about", "people",
        "customer", "customers", "client", "clients", "because", "which", "being", "other", "others",
        "always", "sometimes", "often", "usually", "quite", "rather", "probably", "perhaps", "actually",
        "thing", "things", "something", "nothing", "everything", "someone", "everyone", "colleague",
        "colleagues", "where", "while", "whether", "these", "those", "thank", "thanks", "hello", "please",
        "team", "teams", "ourselves", "yourself", "themselves", "really", "definitely", "certainly",
        "organisation", "organization", "department", "work", "working", "better", "little", "every",
        "great", "first", "after", "before", "again", "still", "around", "through", "during", "without",
        // Everyday words one or two letters from a trait word (staff ~ stiff, reading ~ leading).
        "trying", "stopping", "staff", "project", "projects", "patients", "ideas", "sorry", "writing",
        "reading", "learning", "changing", "testing", "normal", "building", "based", "sales", "touch", "practice", "space",
        // Everyday nouns and verbs that word formation or a slip would take for a trait (hospital ~ hospitality,
        // police ~ polite, passed ~ passion).
        "hospital", "hospitals", "police", "director", "directors", "login", "construction", "passed", "opening",
        "real", "techy",
    ]
}

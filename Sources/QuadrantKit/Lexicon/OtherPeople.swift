/// The people a team serves, in a sentence about the team: what is said of them is not the team's trait.
/// "we zijn te aardig tegen gasten die klagen" is about being too nice, not about complaining, and "we smile
/// even when passengers are rude" is about the smile. Those words are left out before the sentence is read.
enum OtherPeople {
    /// `words` without what they say of the people the team serves:
    /// - a relative clause after them: "gasten die klagen", "guests who complain";
    /// - a clause that opens with them: "als klanten boos worden", "when passengers are rude", and what
    ///   they are: "klanten zijn vaak boos", "soms zijn klanten boos", "our clients are demanding";
    /// - a word that describes them: "boze klanten", "with rude customers";
    /// - what they do, when they open a clause: "klanten klagen vaak over de levering", "patients can be
    ///   needy", "mensen zitten soms een uur te wachten" (`clauseStarts`: where the typed text's clauses begin,
    ///   after a full stop or a comma; a conjunction opens one too).
    /// A clause ends where the team speaks again ("wij", "we"), where a clause of contrast or cause begins, or
    /// at the next clause. A person inside a listed phrase (`isListed`: "er voor de klanten zijn", "giving in
    /// to demanding customers") is part of that phrase, and nothing around them is left out.
    static func without(_ words: [String], _ language: Language, clauseStarts: Set<Int> = [0], isListed: ([String]) -> Bool) -> [String] {
        guard mentions(words, language) else { return words }
        let table = language == .nl ? dutch : english
        var dropped = [Bool](repeating: false, count: words.count)
        let teamSpeaks = words.contains(where: table.team.contains)
        /// Drops `start` up to the clause's end, keeping the person; a Dutch relative or subordinate clause
        /// ends with its verb ("gasten die het moeilijk hebben | heel zorgzaam").
        func drop(from start: Int, after person: Int, verbLast: Bool) {
            var end = person + 1
            // "when a customer is angry we're good at staying patient": after their verb, "we're" (folded
            // "were") is the team speaking again; right after them it is their past ("when customers were rude").
            while end < words.count && !table.clauseEnds.contains(words[end]) && !clauseStarts.contains(end)
                    && !(language == .en && end > person + 1 && words[end] == "were") {
                end += 1
                guard verbLast && language == .nl && isDutchFiniteVerb(words[end - 1]) else { continue }
                // "chauffeurs die te laat komen en dan nog gaan zeuren": a second clause of theirs, joined by "en",
                // goes on to its own verb; one where the team speaks ("en wij blijven rustig") does not.
                guard end + 1 < words.count, words[end] == "en", !table.team.contains(words[end + 1]) else { break }
                end += 1
            }
            for index in start..<end where index != person { dropped[index] = true }
        }
        for (index, word) in words.enumerated() where (table.people.contains(word) || table.subjects.contains(word)
            || opensSubordinateClause(at: index, words, table)) && !OtherSenses.inListedPhrase(index..<index + 1, words, isListed) {
            // A determiner (or two) may stand before the person: "als de klanten boos worden", "the other department".
            var opening = index
            while opening > 0 && index - opening < 2 && table.determiners.contains(words[opening - 1]) { opening -= 1 }
            // At the very start only in a sentence where the team speaks too: a phrase of its own puts its
            // object first ("klanten laten wachten", "mensen als nummers zien": the team's pitfall).
            let opensClause = clauseStarts.contains(opening) && (opening > 0 || teamSpeaks)
                || opening > 0 && (table.conjunctions.contains(words[opening - 1])
                    || !table.people.contains(word) && table.subordinators.contains(words[opening - 1]))
            // "lakse chauffeurs die te laat komen": a word that describes them goes, whatever follows them.
            if table.people.contains(word), index > 0, describes(words[index - 1], after: index >= 2 ? words[index - 2] : nil, language) {
                dropped[index - 1] = true
            }
            // "gasten zeggen dat we gastvrij zijn", "guests always say how friendly we are", "customers complain
            // we're slow": what they say is about the team.
            let verb = index + 1 < words.count && table.adverbs.contains(words[index + 1]) ? index + 2 : index + 1
            // The verb itself is theirs: "de huisartsen klagen dat we te vaak bellen" is no negativisme.
            // ("a student calls in a panic" phones in: a speech verb before a preposition is no speech.)
            if verb < words.count && table.speechVerbs.contains(words[verb])
                && !(verb + 1 < words.count && Self.phrasalParticles.contains(words[verb + 1])) {
                dropped[verb] = true
                continue
            }
            if opensClause && index + 1 < words.count && !table.clauseEnds.contains(words[index + 1]) {
                // After "als" the Dutch clause ends with its verb: "als een collega uitvalt | springen we bij".
                drop(from: index + 1, after: index, verbLast: opening > 0 && table.subordinators.contains(words[opening - 1]))
            } else if !table.people.contains(word) {
                // "mensen", "people": only as the subject of a clause; "we zijn mensen die graag helpen".
                continue
            } else if index + 1 < words.count && StopWords.relativePronouns(language).contains(words[index + 1]) {
                drop(from: index + 1, after: index, verbLast: true)
            } else if opening > 0 && table.subordinators.contains(words[opening - 1]) {
                drop(from: opening - 1, after: index, verbLast: true)
            } else if index + 1 < words.count && table.copulas.contains(words[index + 1])
                        || opening > 0 && table.copulas.contains(words[opening - 1]) {
                // "our clients are quite demanding", and in Dutch the verb first: "soms zijn klanten boos".
                drop(from: index + 1, after: index, verbLast: false)
            } else if index > 1, table.nounModifiers.contains(words[index - 1]),
                      describes(words[index - 2], after: index >= 3 ? words[index - 3] : nil, language) {
                // "anxious pet owners", "boze vaste klanten": the word before the compound.
                dropped[index - 2] = true
            }
        }
        return words.indices.filter { !dropped[$0] }.map { words[$0] }
    }

    /// The words one language needs for this.
    private struct Table: Sendable {
        /// The people a team serves, as plural nouns (and singular where the word has no other sense).
        var people: Set<String>
        /// Words for people in general and in other roles, read as others only when they open a clause or follow
        /// "als" / "when" ("mensen worden boos", "als de uitvoerder geïrriteerd is").
        var subjects: Set<String>
        /// Adverbs that may stand between them and their verb ("guests always say").
        var adverbs: Set<String>
        /// Verbs of saying and finding: what follows them is said about the team.
        var speechVerbs: Set<String>
        /// How the team speaks of itself as a subject ("wij", "we").
        var team: Set<String>
        /// What a team calls itself after "als een" / "as a": "als een team werken we samen" is about the team.
        var groups: Set<String>
        /// Conjunctions after which a clause begins ("en klanten klagen").
        var conjunctions: Set<String>
        var subordinators: Set<String>
        var determiners: Set<String>
        /// Verbs that say what the people are or become, after them at the start of a sentence.
        var copulas: Set<String>
        /// Words that make a compound with the person after them ("pet owners", "vaste klanten").
        var nounModifiers: Set<String>
        /// Where a clause about them ends: the team speaking again ("wij", "onze", not the object "ons": "gasten
        /// zijn bij ons altijd tevreden"), or a clause of contrast or cause.
        var clauseEnds: Set<String>
    }

    /// Whether `words` name other people at all (most answers do not, and are left as they are).
    static func mentions(_ words: [String], _ language: Language) -> Bool {
        let table = language == .nl ? dutch : english
        return words.indices.contains { table.people.contains(words[$0]) || table.subjects.contains(words[$0]) || opensSubordinateClause(at: $0, words, table) }
    }

    /// Whether the word at `index` is whoever a clause of "als" / "when" is about, after its determiner: "als de
    /// spelers lui zijn", "if a customer is rude". Not the team itself ("als een team").
    private static func opensSubordinateClause(at index: Int, _ words: [String], _ table: Table) -> Bool {
        // ("als het tegenzit": "het" is the subject there, not a determiner.)
        index >= 2 && table.subordinators.contains(words[index - 2]) && table.determiners.contains(words[index - 1])
            && words[index - 1] != "het" && !table.groups.contains(words[index])
    }

    /// Words after a verb that make it another verb: "calls in", "finds out", "tells off".
    private static let phrasalParticles: Set<String> = ["in", "about", "with", "at", "for", "back", "up", "out", "off", "from"]

    /// Whether a folded word names the people a team serves.
    /// Whether `word` names someone: a person the team serves or someone in another role ("baas", "manager").
    static func isSomeone(_ word: String, _ language: Language) -> Bool {
        let table = language == .nl ? dutch : english
        return table.people.contains(word) || table.subjects.contains(word)
    }

    static func isPerson(_ word: String, _ language: Language) -> Bool {
        (language == .nl ? dutch : english).people.contains(word)
    }

    /// Whether a Dutch word may be the finite verb that closes a clause: a plural verb ("klagen", "hebben"),
    /// a common singular one, or a singular in -t ("klaagt"); not a preposition or a function word.
    private static func isDutchFiniteVerb(_ word: String) -> Bool {
        if dutchFiniteVerbs.contains(word) { return true }
        guard word.utf8.count > 3, !dutchNotVerbs.contains(word) else { return false }
        return word.hasSuffix("en") || word.hasSuffix("t")
    }

    private static let dutchFiniteVerbs: Set<String> = ["zijn", "is", "gaan", "doen", "staan", "slaan"]
    private static let dutchNotVerbs: Set<String> = [
        "tegen", "boven", "binnen", "buiten", "zonder", "even", "open", "heen", "geen", "eigen", "nooit", "ooit",
        "niet", "echt", "vaak", "toch", "veel", "snel", "laat", "allemaal", "soms", "elkaar", "graag", "meteen",
        "alleen", "samen", "liever", "ineens", "opeens", "helemaal", "gewoon", "eigenlijk", "moeilijk",
        // Spans of time: "die 40 minuten te laat komen" ends at komen.
        "seconden", "minuten", "uren", "dagen", "weken", "maanden", "jaren", "keren", "eeuwen",
    ]

    /// Whether `word`, just before a person, describes that person: in Dutch an inflected adjective ("boze
    /// klanten", not the verb in "we helpen klanten"); in English a word after a preposition, a determiner or
    /// an -ing verb ("with rude customers", "even angry callers", "reassuring anxious owners"), where after a
    /// subject it is a verb ("we help customers").
    private static func describes(_ word: String, after previous: String?, _ language: Language) -> Bool {
        switch language {
        case .nl:
            return word.utf8.count > 3 && word.hasSuffix("e") && !word.hasSuffix("en") && !dutchDeterminers.contains(word)
        case .en:
            guard let previous, !englishFunctionWords.contains(word) else { return false }
            return englishFunctionWords.contains(previous) || previous.utf8.count > 5 && previous.hasSuffix("ing")
        }
    }

    private static let dutch = Table(
        people: [
            "klant", "klanten", "gast", "gasten", "passagier", "passagiers", "patient", "patienten", "client",
            "clienten", "bezoeker", "bezoekers", "leerlingen", "studenten", "ouders", "burgers", "bewoners",
            "reizigers", "bellers", "consumenten", "huurders", "cursisten", "kopers", "gebruikers", "jongeren",
            "familie", "familieleden", "mantelzorgers", "chauffeurs", "kinderen", "peuters", "kleuters", "leden",
            "baasjes", "eigenaren", "huisartsen", "aanvragers", "vrijwilligers", "ouder", "verdachte", "verdachten",
            "slachtoffers", "melders", "chauffeur", "gebruiker", "eindgebruikers", "beller", "reiziger", "consument",
            "huurder", "koper", "cursist", "aanvrager", "melder", "bezorgers", "koeriers", "uitzendkrachten", "invalkrachten",
            "stagiairs",
        ],
        subjects: [
            "mensen", "leraren", "docenten", "artsen", "managers", "collegas", "leidinggevenden", "uitvoerder",
            "uitvoerders", "aannemer", "aannemers", "onderaannemers", "opdrachtgever", "opdrachtgevers", "leverancier",
            "leveranciers", "directie", "directeur", "manager", "baas", "chef", "teamleider", "leidinggevende",
            "collega", "dokter", "dokters", "specialisten", "planners", "banken", "afdelingen", "bedrijven", "organisaties",
        ],
        adverbs: ["altijd", "vaak", "soms", "ook", "wel", "meestal", "regelmatig"],
        speechVerbs: [
            "zeggen", "zegt", "zeiden", "vinden", "vindt", "vonden", "noemen", "noemt", "roepen", "laten", "merken", "geven",
            "klagen", "klaagt", "klaagden",
        ],
        team: ["we", "wij", "ik"],
        groups: ["team", "ploeg", "groep", "geheel", "collectief", "afdeling"],
        conjunctions: ["en", "maar", "want", "omdat", "dus", "terwijl"],
        subordinators: ["als", "wanneer", "zodra", "terwijl", "hoewel"],
        determiners: ["de", "het", "een", "onze", "deze", "sommige", "veel", "andere"],
        copulas: ["zijn", "is", "worden", "wordt", "blijven", "reageren"],
        nounModifiers: ["vaste", "nieuwe", "oudere", "jonge", "zieke"],
        clauseEnds: ["we", "wij", "ik", "onze", "maar", "want", "omdat", "dus", "toch", "dan"])

    private static let dutchDeterminers: Set<String> = ["onze", "deze", "elke", "iedere", "welke", "sommige", "alle", "andere", "jullie", "die", "dezelfde"]

    private static let english = Table(
        people: [
            "customers", "clients", "guests", "passengers", "patients", "visitors", "pupils", "students", "parents",
            "citizens", "residents", "travellers", "travelers", "callers", "consumers", "tenants", "users", "buyers",
            "shoppers", "relatives", "families", "drivers", "children", "kids", "toddlers", "members", "owners",
            "applicants", "volunteers", "parent", "suspect", "suspects", "victims", "couriers", "temps", "agency staff",
        ],
        subjects: [
            "people", "teachers", "doctors", "managers", "colleagues", "bosses", "boss", "manager", "supervisor",
            "foreman", "contractor", "contractors", "subcontractors", "supplier", "suppliers", "director",
            "management", "colleague", "consultants", "specialists", "planners", "department", "departments", "staff",
            "banks", "companies", "firms", "organisations", "organizations",
        ],
        adverbs: ["always", "often", "sometimes", "also", "usually", "all", "really", "keep"],
        speechVerbs: [
            "say", "says", "said", "tell", "tells", "told", "think", "thinks", "find", "finds", "call", "calls", "love",
            "loves", "like", "likes", "know", "notice", "complain", "complains", "complained",
        ],
        team: ["we", "i", "were", "weve", "im"],
        groups: ["team", "group", "unit", "whole"],
        conjunctions: ["and", "but", "because", "so", "while"],
        subordinators: ["when", "whenever", "if", "while", "although", "though"],
        determiners: ["the", "a", "an", "our", "some", "many", "most", "other"],
        copulas: ["are", "is", "get", "become", "were", "was", "act", "behave"],
        nounModifiers: ["pet", "dog", "cat", "home", "car", "new", "first", "time", "regular", "elderly", "young"],
        clauseEnds: ["we", "i", "our", "but", "because", "so", "yet", "still", "then"])

    private static let englishFunctionWords: Set<String> = [
        "with", "to", "for", "towards", "toward", "at", "by", "from", "of", "the", "a", "an", "our", "even", "some",
        "many", "all", "most", "other", "more", "and", "or", "your", "their", "my", "his", "her", "its", "these", "those",
    ]
}

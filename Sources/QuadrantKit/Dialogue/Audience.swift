/// The people a team works for, as its questions name them: "wat verwijten patiënten of collega’s jullie?"
/// rather than "klanten" to a ward.
///
/// Heard from what the team says about itself ("we zijn de politie in Zwolle", "we're a dementia ward"), or
/// set by the host at `start`. A session without one speaks of customers, as the method's own texts do.
public enum Audience: String, Sendable, Codable, CaseIterable {
    case customers, patients, residents, clients, pupils, parents, students, citizens, inhabitants, guests,
         visitors, travellers, members, tenants, owners, detainees, staff, users

    /// The people in plural, most important first: ["leerlingen", "ouders"], ["the public"].
    public func nouns(_ language: Language) -> [String] {
        switch language {
        case .nl: return Self.dutchNouns[self]!
        case .en: return Self.englishNouns[self]!
        }
    }

    /// Qualities teams that serve these people often name, offered first when the core quality is asked:
    /// a ward sees "zorgzaamheid", a police team "rust", where a shop sees the method's klantgerichtheid.
    /// Empty for customers, whose words come from the lexicon's own order.
    func seedQualities(_ language: Language) -> [String] {
        guard let seeds = Self.seeds[self] else { return [] }
        return language == .nl ? seeds.nl : seeds.en
    }

    private static let seeds: [Audience: (nl: [String], en: [String])] = [
        .patients: (["zorgzaamheid", "inlevingsvermogen", "rust", "zorgvuldigheid"], ["caring", "empathy", "calm", "thoroughness"]),
        .residents: (["warmte", "geduld", "zorgzaamheid", "betrokkenheid"], ["warmth", "patience", "caring", "involvement"]),
        .clients: (["betrokkenheid", "inlevingsvermogen", "geduld", "betrouwbaarheid"], ["involvement", "empathy", "patience", "reliability"]),
        .pupils: (["geduld", "betrokkenheid", "structuur", "enthousiasme"], ["patience", "involvement", "structure", "enthusiasm"]),
        .parents: (["warmte", "geduld", "zorgzaamheid", "betrouwbaarheid"], ["warmth", "patience", "caring", "reliability"]),
        .students: (["deskundigheid", "betrokkenheid", "toegankelijkheid", "structuur"], ["expertise", "involvement", "approachability", "structure"]),
        .citizens: (["rust", "daadkracht", "rechtvaardigheid", "betrouwbaarheid"], ["calm", "decisiveness", "fairness", "reliability"]),
        .inhabitants: (["behulpzaamheid", "zorgvuldigheid", "betrouwbaarheid", "toegankelijkheid"], ["helpfulness", "thoroughness", "reliability", "approachability"]),
        .guests: (["gastvrijheid", "vriendelijkheid", "attentheid", "flexibiliteit"], ["hospitality", "friendliness", "attentiveness", "flexibility"]),
        .visitors: (["gastvrijheid", "behulpzaamheid", "enthousiasme", "deskundigheid"], ["hospitality", "helpfulness", "enthusiasm", "expertise"]),
        .travellers: (["behulpzaamheid", "rust", "stiptheid", "vriendelijkheid"], ["helpfulness", "calm", "punctuality", "friendliness"]),
        .members: (["betrokkenheid", "enthousiasme", "gezelligheid", "behulpzaamheid"], ["involvement", "enthusiasm", "sociability", "helpfulness"]),
        .tenants: (["behulpzaamheid", "betrouwbaarheid", "duidelijkheid", "geduld"], ["helpfulness", "reliability", "clarity", "patience"]),
        .owners: (["zorgzaamheid", "deskundigheid", "inlevingsvermogen", "rust"], ["caring", "expertise", "empathy", "calm"]),
        .detainees: (["rust", "consequentheid", "respect", "duidelijkheid"], ["calm", "consistency", "respect", "clarity"]),
        .staff: (["behulpzaamheid", "betrouwbaarheid", "discretie", "zorgvuldigheid"], ["helpfulness", "reliability", "discretion", "thoroughness"]),
        .users: (["oplossingsgerichtheid", "behulpzaamheid", "deskundigheid", "geduld"], ["solution focus", "helpfulness", "expertise", "patience"]),
    ]

    /// What words about customers and trade have in common: "klant" (klantgerichtheid), "commerci"
    /// (commerciële instelling), "customer" (customer focus).
    static func customerStems(_ language: Language) -> [String] {
        language == .nl ? ["klant", "commerci"] : ["customer", "commerci", "sales"]
    }

    /// The first audience that `folded` (a `TextFolding.key`) speaks of, by a workplace or its people.
    /// A comparison or a denial places no one: "net een school", "like a hospital triage", "geen ziekenhuis";
    /// nor does a workplace after "aan" or a subject ("we leveren aan scholen", "we police each other's work").
    ///
    /// Asked of every answer until one is heard, so it works on bytes: a word whose length and first and
    /// last letters match no cue is passed over without making a string.
    static func heard(in folded: String, _ language: Language) -> Audience? {
        firstCue(in: folded, language)?.audience
    }

    /// Whether `folded` names the team's own trade or workplace ("we zijn een team wijkagenten", "public
    /// library"), not only people it serves ("burgers moeten maanden wachten").
    static func namesTrade(in folded: String, _ language: Language) -> Bool {
        firstCue(in: folded, language)?.trade == true
    }

    private static func firstCue(in folded: String, _ language: Language) -> Cue? {
        let cues = language == .nl ? dutchCues : englishCues
        var key = folded
        return key.withUTF8 { bytes in
            // The three words before this one, nearest first.
            var before: (Range<Int>?, Range<Int>?, Range<Int>?)
            func text(_ range: Range<Int>?) -> String { range.map { String(decoding: bytes[$0], as: UTF8.self) } ?? "" }
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x20 { end += 1 }
                let word = bytes[start..<end]
                // "customer service" is a trade before "customer" is someone served.
                if end < bytes.count, let nextEnd = bytes[(end + 1)...].firstIndex(of: 0x20) ?? Optional(bytes.count),
                   let cue = cues.pair(word, bytes[(end + 1)..<nextEnd]), cue.trade,
                   !cues.blocked(cue, before: [text(before.0), text(before.1)]) {
                    return cue
                }
                if let cue = cues.word(word) ?? compoundHead(word, cues),
                   !cues.blocked(cue, before: [text(before.0), text(before.1), text(before.2)]) {
                    return cue
                }
                if let first = before.0, let cue = cues.pair(bytes[first], word),
                   !cues.blocked(cue, before: [text(before.1), text(before.2)]) {
                    return cue
                }
                before = (start..<end, before.0, before.1)
                start = end + 1
            }
            return nil
        }
    }

    /// The audience of a Dutch compound's first part before a word for the team itself: "politieteam" ->
    /// "politie", "ziekenhuisafdeling" -> "ziekenhuis".
    private static func compoundHead(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ cues: Cues) -> Cue? {
        guard word.count > 6, !cues.compoundTails.isEmpty else { return nil }
        let end = Cues.lastFour(word)
        for (last, tail) in cues.compoundTails where last == end && word.count > tail.count + 1 && word.suffix(tail.count).elementsEqual(tail) {
            return cues.word(word.dropLast(tail.count))
        }
        return nil
    }

    private static let dutchNouns: [Audience: [String]] = [
        .customers: ["klanten"], .patients: ["patiënten"], .residents: ["bewoners", "familie"],
        .clients: ["cliënten"], .pupils: ["leerlingen", "ouders"], .parents: ["ouders"], .students: ["studenten"],
        .citizens: ["burgers"], .inhabitants: ["inwoners"], .guests: ["gasten"], .visitors: ["bezoekers"],
        .travellers: ["reizigers"], .members: ["leden"], .tenants: ["huurders"], .owners: ["baasjes"],
        .detainees: ["gedetineerden"], .staff: ["medewerkers"], .users: ["gebruikers"],
    ]

    private static let englishNouns: [Audience: [String]] = [
        .customers: ["customers"], .patients: ["patients"], .residents: ["residents", "families"],
        .clients: ["clients"], .pupils: ["pupils", "parents"], .parents: ["parents"], .students: ["students"],
        .citizens: ["the public"], .inhabitants: ["residents"], .guests: ["guests"], .visitors: ["visitors"],
        .travellers: ["passengers"], .members: ["members"], .tenants: ["tenants"], .owners: ["pet owners"],
        .detainees: ["prisoners"], .staff: ["staff"], .users: ["users"],
    ]

    /// A word or word pair that places a team: the people it serves ("patiënten"), or its own trade or
    /// workplace ("verpleegkundigen", "ziekenhuis").
    private struct Cue {
        var audience: Audience
        var trade: Bool
    }

    /// The cues of one language, and the words before a cue that undo it.
    private final class Cues: Sendable {
        private let words: [String: Cue]
        private let pairs: [String: Cue]
        /// Signatures of the single words, and of the second words of pairs.
        private let wordMarks: Marks, pairMarks: Marks
        /// Words for the team itself that end a compound whose first part is a cue ("politieteam"), each
        /// after its last four bytes as one number.
        let compoundTails: [(UInt32, [UInt8])]
        /// Words up to three before a cue that make it a comparison or a denial: "net", "like", "geen".
        private let comparisons: Set<String>
        /// Subjects before which "like" is a verb: "we like our residents".
        private let subjects: Set<String>
        /// Words right before a trade that make it someone else's: "aan" (we leveren aan scholen), or make it
        /// a verb: "we" (we police each other's work).
        private let beforeOthersTrade: Set<String>
        /// Two words before a trade that compare: "als een" (zo gastvrij als een hotel).
        private let comparingPair: [String]

        init(served: [Audience: [String]], trades: [Audience: [String]], compoundTails: [String] = [],
             comparisons: Set<String>, subjects: Set<String> = [], beforeOthersTrade: Set<String>, comparingPair: [String] = []) {
            self.compoundTails = compoundTails.map { (Self.lastFour(Array($0.utf8)), Array($0.utf8)) }
            (self.comparisons, self.subjects, self.beforeOthersTrade, self.comparingPair) = (comparisons, subjects, beforeOthersTrade, comparingPair)
            var words: [String: Cue] = [:], pairs: [String: Cue] = [:]
            var wordMarks = Marks(), pairMarks = Marks()
            for (table, trade) in [(served, false), (trades, true)] {
                for (audience, cues) in table {
                    for cue in cues {
                        if let space = cue.firstIndex(of: " ") {
                            pairs[cue] = Cue(audience: audience, trade: trade)
                            pairMarks.insert(Array(cue[cue.index(after: space)...].utf8)[...])
                        } else {
                            words[cue] = Cue(audience: audience, trade: trade)
                            wordMarks.insert(Array(cue.utf8)[...])
                        }
                    }
                }
            }
            (self.words, self.pairs, self.wordMarks, self.pairMarks) = (words, pairs, wordMarks, pairMarks)
        }

        /// The last four bytes of a word of at least four, as one number.
        static func lastFour<C: BidirectionalCollection<UInt8>>(_ word: C) -> UInt32 {
            word.suffix(4).reduce(0) { $0 << 8 | UInt32($1) }
        }

        func word(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Cue? {
            guard wordMarks.contains(bytes) else { return nil }
            return words[String(decoding: bytes, as: UTF8.self)]
        }

        func pair(_ first: Slice<UnsafeBufferPointer<UInt8>>, _ second: Slice<UnsafeBufferPointer<UInt8>>) -> Cue? {
            guard pairMarks.contains(second) else { return nil }
            return pairs[String(decoding: first, as: UTF8.self) + " " + String(decoding: second, as: UTF8.self)]
        }

        /// Whether the words `before` a cue (nearest first) undo it.
        func blocked(_ cue: Cue, before: [String]) -> Bool {
            for (index, word) in before.enumerated() where comparisons.contains(word) {
                if word == "like", index + 1 < before.count, subjects.contains(before[index + 1]) { continue }
                return true
            }
            guard cue.trade else { return false }
            return beforeOthersTrade.contains(before[0]) || !comparingPair.isEmpty && before.count > 1 && [before[1], before[0]] == comparingPair
        }
    }

    /// A set of words by length and first and last byte, as 4,096 bits: it may hold words it was not given,
    /// never misses one it was.
    private struct Marks: Sendable {
        private var bits = [UInt64](repeating: 0, count: 64)

        private static func index<C: BidirectionalCollection<UInt8>>(_ word: C) -> Int {
            guard let first = word.first, let last = word.last else { return 0 }
            return (word.count &* 257 &+ Int(first) &* 31 &+ Int(last)) & 4095
        }

        mutating func insert<C: BidirectionalCollection<UInt8>>(_ word: C) {
            let index = Self.index(word)
            bits[index >> 6] |= 1 << UInt64(index & 63)
        }

        func contains<C: BidirectionalCollection<UInt8>>(_ word: C) -> Bool {
            let index = Self.index(word)
            return bits[index >> 6] & (1 << UInt64(index & 63)) != 0
        }
    }

    // Only words with no other everyday sense: no "gast" (a guy), no English "patient" (the adjective), no
    // "klas" (eersteklas service), no "theater" (wat een theater).
    private static let dutchCues = Cues(
        served: [
            .customers: ["klant", "klanten"],
            .patients: ["patient", "patienten"],
            .residents: ["bewoner", "bewoners"],
            .clients: ["client", "clienten"],
            .pupils: ["leerling", "leerlingen"],
            .parents: ["ouders"],
            .students: ["student", "studenten"],
            .citizens: ["burgers"],
            .inhabitants: ["inwoners"],
            .guests: ["gasten"],
            .visitors: ["bezoekers"],
            .travellers: ["reizigers", "reiziger", "passagiers"],
            .members: ["leden"],
            .tenants: ["huurder", "huurders"],
            .owners: ["baasjes"],
            .detainees: ["gedetineerden", "gevangenen"],
            .users: ["gebruikers", "eindgebruikers"],
        ],
        trades: [
            .customers: [
                "klantenservice", "klantcontactcentrum", "klantcontact", "winkel", "webshop", "supermarkt", "logistiek",
                "callcenter", "fietsenwinkel", "adviesbureau", "transportbedrijf", "distributiecentrum", "albert heijn",
                "jumbo", "hema", "ziggo", "kpn", "rabobank", "ing", "abn", "schoenenwinkel", "kledingwinkel", "boekwinkel",
                "magazijn", "bol", "bank", "bankfiliaal", "consultancy", "consultancybureau", "drukkerij", "bakkerij", "slagerij",
                "kapsalon", "kapper", "garage", "makelaardij", "makelaar", "verhuisbedrijf", "schoonmaakbedrijf", "bouwbedrijf",
                "kassa", "postnl", "pakketbezorging", "bezorging", "sales", "verkoop", "installatiebedrijf", "kappers", "bakkers",
            ],
            .patients: [
                "verpleegkundigen", "verpleegkundige", "fysiotherapeuten", "ziekenhuis", "ziekenhuizen", "polikliniek", "poli", "huisartsenpraktijk", "huisartsenpost",
                "verpleegafdeling", "spoedeisende hulp", "seh", "ic", "intensive care", "apotheek", "ambulance",
                "tandartspraktijk", "oncologie", "chirurgie", "cardiologie", "kinderafdeling", "kraamafdeling", "eerste hulp",
                "revalidatiecentrum", "wijkverpleging", "interne geneeskunde", "geriatrie", "longziekten", "neurologie", "orthopedie",
            ],
            .residents: ["verpleeghuis", "verzorgingshuis", "woonzorgcentrum", "zorgcentrum", "dementie", "psychogeriatrie"],
            .clients: [
                "accountancy", "accountantskantoor", "advocatenkantoor", "notaris", "consultants", "ggz", "jeugdzorg", "jeugdhulp", "thuiszorg", "wijkteam", "reclassering", "gehandicaptenzorg", "ouderenzorg",
                "schuldhulpverlening", "de zorg", "zorgsector", "zorginstelling", "zorgorganisatie", "welzijn", "welzijnswerk",
            ],
            .pupils: [
                "leraren", "docenten", "juffen", "lerarenteam", "school", "scholen", "basisschool", "middelbare school",
                "onderwijs", "vmbo",
            ],
            .parents: ["kinderopvang", "kinderdagverblijf", "kdv", "bso", "creche", "peuterspeelzaal", "pedagogisch medewerkers"],
            .students: ["hogeschool", "universiteit", "mbo", "hbo"],
            .citizens: [
                "agenten", "wijkagent", "wijkagenten", "handhavers", "boas", "politie", "meldkamer", "handhaving", "brandweer",
            ],
            .inhabitants: ["gemeente", "burgerzaken", "gemeentehuis", "stadskantoor", "stadhuis", "belastingdienst", "uwv"],
            .guests: ["hotel", "restaurant", "horeca", "camping"],
            .visitors: ["bibliotheek", "museum", "schouwburg", "dierentuin"],
            .travellers: ["conducteurs", "trein", "luchthaven", "vliegveld", "ov", "schiphol", "buschauffeurs"],
            .members: ["vereniging", "sportclub", "sportschool"],
            .tenants: ["woningcorporatie", "woningbouwvereniging"],
            .owners: ["dierenartsen", "dierenarts", "dierenkliniek"],
            .detainees: ["gevangenis", "penitentiaire"],
            // Teams that serve their own organisation: "we zijn de afdeling HR van een ziekenhuis".
            .staff: ["hr", "personeelszaken", "salarisadministratie", "payroll", "facilitair", "facilitaire", "secretariaat"],
            .users: ["servicedesk", "helpdesk"],
        ],
        compoundTails: ["teams", "team", "afdeling", "bureau", "medewerkers", "medewerker", "agenten", "agent", "personeel"],
        comparisons: ["net", "zoals", "beetje", "soort", "geen", "evenals"],
        beforeOthersTrade: ["aan"], comparingPair: ["als", "een"])

    private static let englishCues = Cues(
        served: [
            .customers: ["customer", "customers"],
            .patients: ["patients", "a patient", "the patient", "every patient", "each patient"],
            .residents: ["residents", "resident"],
            .clients: ["client", "clients"],
            .pupils: ["pupil", "pupils"],
            .parents: ["parents"],
            .students: ["student", "students"],
            .citizens: ["citizens", "the public"],
            .guests: ["guests"],
            .visitors: ["visitors"],
            .travellers: ["passengers", "travellers", "travelers"],
            .members: ["members"],
            .tenants: ["tenant", "tenants"],
            .owners: ["pet owners"],
            .detainees: ["prisoners", "inmates"],
            .users: ["users", "end users"],
        ],
        trades: [
            .customers: [
                "shop", "retail", "call centre", "call center", "webshop", "logistics", "haulage", "supermarket", "estate agents",
                "water company", "complaints team", "bank", "bank branch", "warehouse", "distribution centre", "distribution center",
                "customer service", "customer services", "customer care", "tesco", "sainsburys", "co op", "asda", "aldi", "lidl",
                "tills", "depot", "delivery depot", "last mile",
            ],
            .patients: [
                "nurses", "paramedics", "nhs", "hospital", "ward", "clinic", "a e", "icu", "intensive care", "gp practice", "gp surgery", "pharmacy",
                "ambulance", "physiotherapy", "dental practice", "oncology", "paediatrics", "pediatrics",
                "community nursing", "district nursing", "maternity", "palliative care", "hospice",
            ],
            .residents: ["care home", "nursing home", "dementia", "elderly care", "aged care", "residential care"],
            .clients: [
                "social workers", "social work", "social care", "mental health", "probation", "home care", "consultancy", "consultants",
                "accountants", "legal team", "solicitors",
            ],
            .pupils: ["teachers", "primary school", "secondary school", "high school", "classroom", "sixth form", "a primary", "year group"],
            .parents: ["nursery", "childcare", "daycare", "preschool", "kindergarten", "creche", "baby room", "school club"],
            .students: ["lecturers", "university", "uni", "college", "campus"],
            .citizens: ["constables", "firefighters", "police", "policing", "response unit", "fire service", "fire crew", "control room", "call handlers", "999"],
            .inhabitants: ["council", "councils", "municipality", "town hall", "local authority", "local authoritys", "permits office", "city hall"],
            .guests: ["hotel", "restaurant", "hospitality", "front desk"],
            .visitors: ["library", "museum", "zoo"],
            .travellers: ["rail", "trains", "airline", "airport", "bus drivers"],
            .members: ["gym", "leisure centre"],
            .tenants: ["housing association", "housing trust"],
            .owners: ["vets", "veterinary"],
            .detainees: ["prison", "prisons"],
            .staff: ["hr", "payroll", "human resources", "facilities", "finance team"],
            .users: ["helpdesk", "service desk", "servicedesk", "it support", "tech support", "software devs", "developers", "devs"],
        ],
        comparisons: ["like", "bit", "no", "not", "than", "unlike"], subjects: ["we", "i", "they", "you"],
        beforeOthersTrade: ["we", "i", "they", "you", "to"])
}

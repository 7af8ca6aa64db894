/// The people a team works for, as its questions name them: "wat verwijten patiënten of collega’s jullie?"
/// rather than "klanten" to a ward.
///
/// Heard from what the team says about itself ("we zijn de politie in Zwolle", "we're a dementia ward"), or
/// set by the host at `start`. A session without one speaks of customers, as the method's own texts do.
public enum Audience: String, Sendable, Codable, CaseIterable {
    case customers, patients, residents, clients, pupils, parents, students, citizens, inhabitants, guests,
         visitors, travellers, members, tenants, owners

    /// The people in plural, most important first: ["leerlingen", "ouders"], ["the public"].
    public func nouns(_ language: Language) -> [String] {
        switch language {
        case .nl: return Self.dutchNouns[self]!
        case .en: return Self.englishNouns[self]!
        }
    }

    /// What words about customers have in common: "klant" (klantgerichtheid), "customer" (customer focus).
    static func customerStem(_ language: Language) -> String { language == .nl ? "klant" : "customer" }

    /// The first audience that `folded` (a `TextFolding.key`) speaks of, by a workplace or its people.
    static func heard(in folded: String, _ language: Language) -> Audience? {
        let cues = language == .nl ? dutchCues : englishCues
        var previous: Substring = ""
        for word in folded.split(separator: " ") {
            if let audience = cues.words[word] ?? cues.words[compoundHead(word, language)] { return audience }
            if !previous.isEmpty, let audience = cues.pairs[previous + " " + word] { return audience }
            previous = word
        }
        return nil
    }

    /// A Dutch compound's first part before a word for the team itself: "politieteam" -> "politie",
    /// "ziekenhuisafdeling" -> "ziekenhuis"; "" for anything else.
    private static func compoundHead(_ word: Substring, _ language: Language) -> Substring {
        guard language == .nl, word.utf8.count > 6 else { return "" }
        for tail in dutchTeamWords where word.hasSuffix(tail) && word.utf8.count > tail.utf8.count + 1 {
            return word.dropLast(tail.count)
        }
        return ""
    }

    private static let dutchTeamWords = ["teams", "team", "afdeling", "bureau", "medewerkers", "medewerker", "agenten", "agent", "personeel"]

    private static let dutchNouns: [Audience: [String]] = [
        .customers: ["klanten"], .patients: ["patiënten"], .residents: ["bewoners", "familie"],
        .clients: ["cliënten"], .pupils: ["leerlingen", "ouders"], .parents: ["ouders"], .students: ["studenten"],
        .citizens: ["burgers"], .inhabitants: ["inwoners"], .guests: ["gasten"], .visitors: ["bezoekers"],
        .travellers: ["reizigers"], .members: ["leden"], .tenants: ["huurders"], .owners: ["baasjes"],
    ]

    private static let englishNouns: [Audience: [String]] = [
        .customers: ["customers"], .patients: ["patients"], .residents: ["residents", "families"],
        .clients: ["clients"], .pupils: ["pupils", "parents"], .parents: ["parents"], .students: ["students"],
        .citizens: ["the public"], .inhabitants: ["residents"], .guests: ["guests"], .visitors: ["visitors"],
        .travellers: ["passengers"], .members: ["members"], .tenants: ["tenants"], .owners: ["pet owners"],
    ]

    /// Words and word pairs that place a team: its workplace, its people, its own trade.
    private struct Cues {
        var words: [Substring: Audience] = [:]
        var pairs: [String: Audience] = [:]

        init(_ table: [Audience: [String]]) {
            for (audience, cues) in table {
                for cue in cues {
                    if cue.contains(" ") { pairs[cue] = audience } else { words[Substring(cue)] = audience }
                }
            }
        }
    }

    // Only words with no other everyday sense: no "gast" (a guy), no English "patient" (the adjective).
    private static let dutchCues = Cues([
        .customers: ["klant", "klanten", "klantenservice", "klantcontactcentrum", "winkel", "webshop"],
        .patients: [
            "patient", "patienten", "ziekenhuis", "ziekenhuizen", "polikliniek", "poli", "huisartsenpraktijk",
            "huisartsenpost", "verpleegafdeling", "verpleegkundigen", "spoedeisende hulp", "seh", "ic",
            "intensive care", "apotheek", "ambulance", "fysiotherapeuten", "tandartspraktijk",
        ],
        .residents: [
            "bewoner", "bewoners", "verpleeghuis", "verzorgingshuis", "woonzorgcentrum", "zorgcentrum", "dementie",
            "psychogeriatrie",
        ],
        .clients: ["client", "clienten", "ggz", "jeugdzorg", "thuiszorg", "wijkteam", "reclassering", "gehandicaptenzorg"],
        .pupils: [
            "leerling", "leerlingen", "school", "scholen", "basisschool", "middelbare school", "klas", "leraren",
            "docenten", "onderwijs", "lerarenteam",
        ],
        .parents: ["kinderopvang", "kinderdagverblijf", "kdv", "bso", "creche", "peuterspeelzaal", "ouders"],
        .students: ["student", "studenten", "hogeschool", "universiteit", "mbo", "hbo"],
        .citizens: ["politie", "agenten", "wijkagent", "wijkagenten", "meldkamer", "handhaving", "handhavers", "boas", "brandweer", "burgers"],
        .inhabitants: ["gemeente", "inwoners", "burgerzaken", "gemeentehuis"],
        .guests: ["gasten", "hotel", "restaurant", "horeca", "camping"],
        .visitors: ["bezoekers", "bibliotheek", "museum", "theater", "dierentuin"],
        .travellers: ["reizigers", "reiziger", "passagiers", "trein", "conducteurs", "luchthaven", "vliegveld", "ov"],
        .members: ["leden", "vereniging", "sportclub", "sportschool"],
        .tenants: ["huurder", "huurders", "woningcorporatie", "woningbouwvereniging"],
        .owners: ["dierenarts", "dierenkliniek", "baasjes", "dierenartsen"],
    ])

    private static let englishCues = Cues([
        .customers: ["customer", "customers", "shop", "retail", "call centre", "call center", "webshop"],
        .patients: [
            "patients", "hospital", "ward", "clinic", "nurses", "a e", "icu", "intensive care", "gp practice",
            "pharmacy", "paramedics", "ambulance", "physiotherapy", "dental practice",
        ],
        .residents: ["residents", "care home", "nursing home", "dementia"],
        .clients: ["client", "clients", "social work", "social workers", "mental health", "probation", "home care"],
        .pupils: ["pupil", "pupils", "primary school", "secondary school", "high school", "classroom", "teachers", "sixth form"],
        .parents: ["nursery", "childcare", "daycare", "preschool", "kindergarten", "creche", "parents"],
        .students: ["student", "students", "university", "college", "campus", "lecturers"],
        .citizens: ["police", "constables", "response unit", "fire service", "firefighters", "citizens", "the public"],
        .inhabitants: ["council", "municipality", "town hall"],
        .guests: ["guests", "hotel", "restaurant", "hospitality"],
        .visitors: ["visitors", "library", "museum", "theatre", "theater", "zoo"],
        .travellers: ["passengers", "travellers", "travelers", "rail", "trains", "airline", "airport"],
        .members: ["members", "gym", "leisure centre"],
        .tenants: ["tenant", "tenants", "housing association"],
        .owners: ["vets", "veterinary", "pet owners"],
    ])
}

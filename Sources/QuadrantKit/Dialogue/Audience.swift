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
    ///
    /// Asked of every answer until one is heard, so it works on bytes: a word whose length and first and
    /// last letters match no cue is passed over without making a string.
    static func heard(in folded: String, _ language: Language) -> Audience? {
        let cues = language == .nl ? dutchCues : englishCues
        var key = folded
        return key.withUTF8 { bytes in
            var previous: Range<Int>?
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x20 { end += 1 }
                let word = bytes[start..<end]
                if let audience = cues.word(word) ?? compoundHead(word, cues) { return audience }
                if let previous, let audience = cues.pair(bytes[previous], word) { return audience }
                previous = start..<end
                start = end + 1
            }
            return nil
        }
    }

    /// The audience of a Dutch compound's first part before a word for the team itself: "politieteam" ->
    /// "politie", "ziekenhuisafdeling" -> "ziekenhuis".
    private static func compoundHead(_ word: Slice<UnsafeBufferPointer<UInt8>>, _ cues: Cues) -> Audience? {
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
    ]

    private static let englishNouns: [Audience: [String]] = [
        .customers: ["customers"], .patients: ["patients"], .residents: ["residents", "families"],
        .clients: ["clients"], .pupils: ["pupils", "parents"], .parents: ["parents"], .students: ["students"],
        .citizens: ["the public"], .inhabitants: ["residents"], .guests: ["guests"], .visitors: ["visitors"],
        .travellers: ["passengers"], .members: ["members"], .tenants: ["tenants"], .owners: ["pet owners"],
    ]

    /// Words and word pairs that place a team: its workplace, its people, its own trade.
    private final class Cues: Sendable {
        private let words: [String: Audience]
        private let pairs: [String: Audience]
        /// Signatures of the single words, and of the second words of pairs.
        private let wordMarks: Marks, pairMarks: Marks
        /// Words for the team itself that end a compound whose first part is a cue ("politieteam"), each
        /// after its last four bytes as one number.
        let compoundTails: [(UInt32, [UInt8])]

        init(_ table: [Audience: [String]], compoundTails: [String] = []) {
            self.compoundTails = compoundTails.map { (Self.lastFour(Array($0.utf8)), Array($0.utf8)) }
            var words: [String: Audience] = [:], pairs: [String: Audience] = [:]
            var wordMarks = Marks(), pairMarks = Marks()
            for (audience, cues) in table {
                for cue in cues {
                    if let space = cue.firstIndex(of: " ") {
                        pairs[cue] = audience
                        pairMarks.insert(Array(cue[cue.index(after: space)...].utf8)[...])
                    } else {
                        words[cue] = audience
                        wordMarks.insert(Array(cue.utf8)[...])
                    }
                }
            }
            (self.words, self.pairs, self.wordMarks, self.pairMarks) = (words, pairs, wordMarks, pairMarks)
        }

        /// The last four bytes of a word of at least four, as one number.
        static func lastFour<C: BidirectionalCollection<UInt8>>(_ word: C) -> UInt32 {
            word.suffix(4).reduce(0) { $0 << 8 | UInt32($1) }
        }

        func word(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Audience? {
            guard wordMarks.contains(bytes) else { return nil }
            return words[String(decoding: bytes, as: UTF8.self)]
        }

        func pair(_ first: Slice<UnsafeBufferPointer<UInt8>>, _ second: Slice<UnsafeBufferPointer<UInt8>>) -> Audience? {
            guard pairMarks.contains(second) else { return nil }
            return pairs[String(decoding: first, as: UTF8.self) + " " + String(decoding: second, as: UTF8.self)]
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
    ], compoundTails: ["teams", "team", "afdeling", "bureau", "medewerkers", "medewerker", "agenten", "agent", "personeel"])

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

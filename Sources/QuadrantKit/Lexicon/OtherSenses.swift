/// Fixed expressions in which a trait word means something else: "de sociale dienst" is an office, not
/// gezelligheid; "a law firm" is a company, not firmness; "te hard rijden" is speeding, not hardheid; "we drive
/// trucks" is driving, not drive. Their words are left out before a sentence is read.
enum OtherSenses {
    /// `words` without the expressions of `language` they hold, except where an expression stands in a listed
    /// phrase (`isListed`: "playing the victim" keeps "the victim").
    static func without(_ words: [String], _ language: Language, isListed: ([String]) -> Bool) -> [String] {
        let words = language == .nl ? withoutSituations(words, isListed: isListed) : withoutTeamNames(words)
        let expressions = language == .nl ? dutch : english
        guard words.contains(where: expressions.keys.contains) else { return words }
        var dropped = [Bool](repeating: false, count: words.count)
        for (index, word) in words.enumerated() {
            for expression in expressions[word] ?? [] where index + expression.count <= words.count
                && words[index..<index + expression.count].elementsEqual(expression)
                && !inListedPhrase(index..<index + expression.count, words, isListed) {
                for covered in index..<index + expression.count { dropped[covered] = true }
            }
        }
        return words.indices.filter { !dropped[$0] }.map { words[$0] }
    }

    /// `words` without the Dutch clauses that set the scene, "als het …" / "als er …" up to the main clause's
    /// verb ("als het op straat uit de hand loopt | grijpen wij direct in", "als er ruzie is | lossen wij het
    /// op"), and "dan wordt het …" to the end ("…, dan wordt het onrustig in de klas"): the situation, not the
    /// team. A clause without the team after it runs to the end; one in a listed phrase stays ("zodra er
    /// getekend is").
    static func withoutSituations(_ words: [String], isListed: ([String]) -> Bool) -> [String] {
        guard let opening = words.indices.first(where: { index in
            index + 2 < words.count && (sceneOpeners.contains(words[index]) && sceneSubjects.contains(words[index + 1])
                || words[index] == "dan" && sceneVerbs.contains(words[index + 1]) && words[index + 2] == "het")
        }) else { return words }
        var end = opening + 2
        while end < words.count && !(end + 1 < words.count && (words[end + 1] == "we" || words[end + 1] == "wij")) { end += 1 }
        guard !isListed(words), end - opening > 8 || !inListedPhrase(opening..<end, words, isListed) else { return words }
        return Array(words[..<opening] + words[end...])
    }

    /// `words` without a department's name before its word for a team: "we're the innovation team", "the
    /// patient experience team", "the compliance team at a bank" (not a superlative: "the friendliest team").
    static func withoutTeamNames(_ words: [String]) -> [String] {
        guard words.contains(where: teamNouns.contains), let the = words.firstIndex(of: "the") else { return words }
        for length in 1...3 where the + length < words.count && teamNouns.contains(words[the + length]) {
            let name = words[(the + 1)..<(the + length)]
            // ("the friendly team", "the calm team" name the trait: only a department's own words go.)
            guard !name.isEmpty, name.allSatisfy(departmentWords.contains) else { return words }
            return Array(words[..<(the + 1)] + words[(the + length)...])
        }
        return words
    }

    /// Whether `words` name a department by its team ("we're the compliance team"), where a team was named.
    static func namesDepartment(_ words: [String], _ language: Language) -> Bool {
        switch language {
        case .en: return withoutTeamNames(words).count < words.count
        // "team noord", "afdeling interne geneeskunde", "het team van de nachtdienst": a short answer naming one.
        case .nl: return words.count <= 6 && words.dropLast().contains { $0 == "team" || $0 == "afdeling" }
        }
    }

    private static let departmentWords: Set<String> = [
        "innovation", "compliance", "experience", "patient", "support", "quality", "security", "safeguarding", "creative",
        "finance", "billing", "planning", "sales", "marketing", "complaints", "admin", "reception", "care", "night", "day",
        "weekend", "maths", "english", "science", "it", "hr", "legal", "payroll", "facilities", "estates", "operations",
        "logistics", "dispatch", "warehouse", "delivery", "transport", "research", "development", "design", "training",
        "learning", "customer", "service", "services", "claims", "credit", "risk", "audit", "data", "product", "events",
    ]

    private static let teamNouns: Set<String> = ["team", "department", "unit", "desk", "office", "crew", "squad"]

    private static let sceneOpeners: Set<String> = ["als", "wanneer", "zodra", "zolang"]
    private static let sceneSubjects: Set<String> = ["het", "er"]
    private static let sceneVerbs: Set<String> = ["wordt", "is", "gaat", "loopt", "raakt", "komt"]

    /// Whether the words of `span` stand in a listed phrase of two to eight words (a person in "er voor de
    /// klanten zijn", another sense in "playing the victim").
    static func inListedPhrase(_ span: Range<Int>, _ words: [String], _ isListed: ([String]) -> Bool) -> Bool {
        for start in max(0, span.upperBound - 8)...span.lowerBound {
            for end in span.upperBound...min(words.count, start + 8) where end - start >= 2 && isListed(Array(words[start..<end])) {
                return true
            }
        }
        return false
    }

    /// The expressions by their first word, as folded words.
    private static func byFirstWord(_ phrases: [String]) -> [String: [[String]]] {
        Dictionary(grouping: phrases.map { $0.split(separator: " ").map(String.init) }, by: { $0[0] })
    }

    private static let dutch = byFirstWord([
        "sociale dienst", "sociale zaken", "sociale media", "sociaal domein", "sociale werkplaats", "sociaal wijkteam",
        "sociale wijkteam", "sociaal werker", "sociaal werkers", "hard rijden", "harder rijden", "rijden te hard",
        "rijden hard", "rijden soms te hard", "rijden vaak te hard", "reed te hard", "open dag", "open huis", "zakelijke markt",
        "diensten draaien", "dienst draaien", "draaien alle diensten", "draaien we alle diensten", "draaien onze diensten",
        "draaien de diensten", "draaien diensten", "nachtdienst draaien", "planning loopt",
        "in de hand drukt", "in de hand drukken", "op de knop drukken", "drukt op", "drukken op",
        // Hedges and wards: "eerlijk gezegd" is no eerlijkheid, "intensive care" no zorgzaamheid.
        "eerlijk gezegd", "om eerlijk te zijn", "eerlijk is eerlijk", "intensive care", "spoedeisende hulp",
        // Proud of, busy, exactly: the situation or a question, not the team's trait.
        "daar zijn we trots op", "zijn we trots op", "zijn we trots", "als het druk is", "het druk is", "het is druk",
        "als het druk wordt", "het druk wordt", "bij drukte", "tot het bot", "over de planning",
        "hebben het druk", "gesloten afdeling", "gesloten psychiatrische afdeling", "gesloten jeugdzorg",
        "bedoel je precies", "wat er precies", "wat precies", "precies wat", "precies waar",
        "precies hoe", "weten precies", "weet precies", "werkt dit precies", "werkt het precies", "gaat dit precies",
        "gaat het precies", "bedoeling precies", "precies de bedoeling",
        // The bot's own question echoed, the work's schedule, and "direct" as "at once".
        "verwijten ze ons", "verwijten ons", "dat verwijten", "verwijt ons", "gooien de planning", "de planning om", "planning steeds om",
        "het rooster", "direct op", "direct als", "reageren direct", "reageert direct", "direct reageren",
        "direct opgepakt", "direct geholpen", "direct helpen",
        // Departments and sectors: "het team bijzonder beheer" is a bank's department, not bijzonderheid, and
        // "we werken in de zorg" says where, not zorgzaamheid.
        "bijzonder beheer", "in de zorg", "acute zorg", "opleiding zorg", "zorg en welzijn", "afdeling planning",
        "team planning", "veiligheid en handhaving", "team veiligheid", "afdeling veiligheid", "team klantcontact",
        "afdeling klantcontact",
        // Company names: "albert heijn" is no alertheid.
        "albert heijn", "zijn de planning", "doen de planning", "bij de hema", "de hema", "bij de jumbo", "ict servicedesk", "team hypotheken",
        // "zorgen dat" is seeing to it, not zorgzaamheid: "we zorgen dat alles klopt".
        // Departments named after their work: "team zakelijke kredieten", "planning bij een transportbedrijf".
        "zakelijke kredieten", "zakelijke klanten", "zakelijke markt", "planning bij", "team planning",
        // A change of something is no vernieuwingsdrang: "de verandering van het rooster".
        "verandering van", "veranderingen van", "veranderingen in", "verandering in",
        "zorgen dat", "zorgen ervoor dat", "zorgen we dat", "zorgen wij dat", "zorg dat", "zorgen er altijd voor dat",
    ])

    private static let english = byFirstWord([
        "law firm", "accounting firm", "consulting firm", "consultancy firm", "at a firm", "for a firm", "in a firm",
        "we drive", "they drive", "we close", "close tickets", "close calls",
        "i drive", "hard drive", "social media", "social work", "social worker", "social workers", "social care",
        "social services", "open plan", "open day", "home care", "security team", "security department",
        "planning department", "planning team", "drives us mad", "drive us mad", "drives me mad", "drives us crazy",
        "drive us crazy", "drives me crazy", "drives us nuts", "care home", "care homes", "creative agency", "construction firm", "engineering firm",
        "architecture firm", "other firm", "the firm", "logistics firm", "accountancy firm", "helpdesk", "it helpdesk",
        "a firm", "energy company", "energy companies",
        "energy supplier", "energy sector", "energy provider", "energy firm", "our strength is", "our strengths are",
        "our biggest strength", "our main strength", "the victim", "a victim", "the patient", "a patient",
        // Orders, check-ups and payments are things: "we ship every order the same day".
        "every order", "each order", "an order", "the order", "their order", "check-up", "check-ups",
        "checkup", "late payment", "the planners", "planners",
        // Hedges and places: "we're really quick, to be honest" is about speed; intensive care is a ward.
        "to be honest", "to be fair", "fair enough", "if im honest", "if i am honest", "im confident", "i am confident",
        "intensive care", "critical care", "planning permissions", "planning permission", "service desk",
        // Lab results and test results are things: "the ward phones asking where the results are".
        "the results", "test results", "lab results",
        // A team named by its shift is no trait: "night team" is not a slip of "tight team".
        "night team", "night shift", "night shifts", "day team", "day shift", "evening team", "evening shift", "weekend team",
        "late shift", "early shift",
        // The patient is a person: "we always put the patient first".
        "patient first", "patient in mind", "each patient", "every patient", "patient care", "patient safety", "patient comes first",
        // Workplaces, departments and the people who praise a team: "a haulage firm", "the local authority",
        // "the Fast Track team", "our team leader says".
        "haulage firm", "it firm", "tech firm", "software firm", "small firm", "local firm", "local authority",
        "local authoritys", "health authority", "housing authority", "planning authority", "fast track", "open access",
        "in customer care", "customer care team", "customer care department", "team leader", "team leaders",
        "leadership team", "senior leadership", "management team", "senior management", "nhs trust", "hospital trust",
        "housing trust", "health trust", "customer service team", "customer service department", "the customer service",
        // Sectors and departments named after what they do: "we work in elderly care", "the folks in quality control".
        "elderly care", "palliative care", "aged care", "residential care", "dementia care", "end of life care", "hospice care",
        "primary care", "urgent care", "day care", "quality control", "quality assurance", "in customer service",
        "in customer services",
        // Hedges that frame an answer: "if we're honest, patient", "in all fairness", "hand on heart", "brilliant question".
        "if were honest", "if we are honest", "if im honest", "in all fairness", "in fairness", "hand on heart",
        "brilliant question", "fair question", "great question", "brilliant at",
        // Teams named after their work: "we're the care team on ward 7", "the police control room".
        "care team", "care staff", "care assistants", "care workers", "control room", "legal team",
        // Changing a thing is no innovation: "we change the beds every morning", "shift change".
        "change the", "change their", "change our", "change his", "change her", "change my", "change your", "change a",
        "change it", "change them", "change that", "change this", "change to", "changing the", "shift change", "shift changes", "bed change", "bed changes",
    ])
}

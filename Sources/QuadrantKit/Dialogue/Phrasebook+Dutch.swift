/// Everything quadrant says in Dutch.
struct DutchPhrasebook: Phrasebook {
    /// Whom the questions name: "wat zeggen patiënten", "wat verwijten leerlingen, ouders of collega’s".
    var audience = Audience.customers

    /// "klanten", "leerlingen en ouders".
    private var people: String { audience.nouns(.nl).joinedAsList(and: "en") }
    /// "klanten of collega’s", "leerlingen, ouders of collega’s".
    private var peopleOrColleagues: String { (audience.nouns(.nl) + ["collega’s"]).joinedAsList(and: "of") }
    /// The seed's example quality, or a kind of service without customers in it for other teams.
    private var service: String { audience == .customers ? "klantgerichtheid" : "behulpzaamheid" }

    func name(of corner: Corner) -> String {
        switch corner {
        case .quality: return "kernkwaliteit"
        case .pitfall: return "valkuil"
        case .challenge: return "uitdaging"
        case .allergy: return "allergie"
        }
    }

    func greeting(from corner: Corner) -> String {
        switch corner {
        case .quality: return "Hoi! Samen zoeken we het kernkwadrant van jullie team: kwaliteit, valkuil, uitdaging en allergie."
        case .pitfall: return "Hoi! We zoeken jullie kernkwadrant en beginnen bij de valkuil: daar zit vaak de meeste energie."
        case .challenge: return "Hoi! We zoeken jullie kernkwadrant en beginnen bij de uitdaging: wat jullie willen leren."
        case .allergy: return "Hoi! We zoeken jullie kernkwadrant en beginnen bij wat jullie het minst kunnen uitstaan."
        }
    }

    func question(for corner: Corner, known: Quadrant<String?>) -> String {
        switch corner {
        case .quality:
            if let allergy = known.allergy {
                return "Waar je allergisch voor bent, is vaak het omgekeerde van je eigen kracht. Wat is het positieve tegenovergestelde van \(allergy)?"
            }
            if let pitfall = known.pitfall {
                return "Achter elke valkuil zit een kwaliteit. \(pitfall.capitalisedFirst) is te veel van welk goeds?"
            }
            return "Waar is jullie team echt goed in? Denk aan wat \(people) zeggen: ‘dat doen ze prima!’"
        case .pitfall:
            if let quality = known.quality {
                return "En als jullie doorschieten in \(quality), te veel van het goede: wat verwijten \(peopleOrColleagues) jullie dan?"
            }
            if let challenge = known.challenge {
                return "Waar schieten jullie in door als \(challenge) ontbreekt? Dat is de valkuil."
            }
            return "Wat verwijten \(peopleOrColleagues) jullie weleens, terwijl jullie er zelf een goede reden voor hebben?"
        case .challenge:
            if let pitfall = known.pitfall {
                return "Wat is het positieve tegenovergestelde van \(pitfall)? Wat hebben jullie nodig om niet door te schieten?"
            }
            if let allergy = known.allergy {
                return "\(allergy.capitalisedFirst) is te veel van welke kwaliteit? Die kwaliteit is jullie uitdaging."
            }
            return "Welke kwaliteit zouden jullie graag meer laten zien? Iets wat je in anderen bewondert, maar zelf lastig vindt."
        case .allergy:
            if let challenge = known.challenge {
                return "Stel dat iemand doorschiet in \(challenge). Waar worden jullie dan kriebelig van, waarvan zeggen jullie: ‘dat nooit!’?"
            }
            if let quality = known.quality {
                return "Wat is het negatieve tegenovergestelde van \(quality)? Waar kunnen jullie niet tegen?"
            }
            return "Wat irriteert jullie in anderen? Waarvan zeggen jullie meteen: ‘dat nooit!’?"
        }
    }

    func explanation(of corner: Corner, known: Quadrant<String?>, examples: [String]) -> String {
        let some = examples.prefix(2).joined(separator: " of ")
        switch corner {
        case .pitfall where known.quality != nil && !examples.isEmpty:
            return "De valkuil is te veel van het goede: de kernkwaliteit waarin je doorschiet. Anderen verwijten het je, terwijl je het zelf rechtvaardigt. Te veel \(known.quality!) wordt bijvoorbeeld \(some)."
        case .challenge where known.pitfall != nil && !examples.isEmpty:
            return "De uitdaging is het positieve tegenovergestelde van de valkuil: wat jullie meer willen doen. Tegenover \(known.pitfall!) staat bijvoorbeeld \(some)."
        case .allergy where known.challenge != nil && !examples.isEmpty:
            return "De allergie is te veel van de uitdaging, en het negatieve tegenovergestelde van je kernkwaliteit. Te veel \(known.challenge!) wordt bijvoorbeeld \(some): ‘dat nooit!’"
        default:
            break
        }
        switch corner {
        case .quality:
            return "De kernkwaliteit is waar jullie steengoed in zijn: \(people) roepen ‘dat doen ze prima!’ en jullie vinden het zelf vanzelfsprekend. Denk aan \(service), accuratesse bij de boekhouding of creativiteit bij ontwerpers."
        case .pitfall:
            return "De valkuil is te veel van het goede: de kernkwaliteit waarin je doorschiet. \(people.capitalisedFirst) verwijten het je, terwijl je het zelf rechtvaardigt. Te veel \(service) wordt grenzeloosheid of meegaandheid."
        case .challenge:
            return "De uitdaging is het positieve tegenovergestelde van de valkuil. Wie grenzeloos is, heeft duidelijkheid nodig: grenzen stellen. \(people.capitalisedFirst) weten dan waar ze aan toe zijn."
        case .allergy:
            return "De allergie is te veel van de uitdaging, en het negatieve tegenovergestelde van je kernkwaliteit. Te veel duidelijkheid wordt hardheid of starheid: ‘dat nooit!’"
        }
    }

    func acknowledge(_ word: String, typed: String, kind: MatchKind, excessOf: String?, corner: Corner) -> String {
        if let excessOf { return "Te veel \(excessOf): dat is \(word)." }
        let heard = kind == .form ? word.capitalisedFirst : "Ik lees: \(word)."
        switch (corner, kind) {
        case (.quality, .form): return "\(heard), mooi."
        case (.pitfall, .form): return "\(heard), herkenbaar."
        case (.challenge, .form): return "\(heard), goed."
        case (.allergy, .form): return "\(heard): dat nooit!"
        default: return heard
        }
    }

    func keptOwnWord(_ word: String) -> String {
        "‘\(word)’ staat niet in mijn woordenlijst, maar het is jullie woord: ik neem het zo over."
    }

    func keptDespiteCoaching(_ word: String) -> String {
        "Prima, jullie houden ‘\(word)’. Het is jullie kwadrant."
    }

    func confirmed() -> String { "Mooi." }

    func keptOpen(_ broken: ArrowCheck) -> String { "Het kwadrant is nog niet helemaal rond. \(reason(broken))" }

    func askWhich(_ typed: String, candidates: [String]) -> String {
        guard typed.split(separator: " ").count <= Self.longestQuoted else { return "Daarin hoor ik meer dan één woord. Welke bedoelen jullie?" }
        return "Bij ‘\(typed)’ kan ik aan meer dan één woord denken. Welke bedoelen jullie?"
    }

    var needWords: Set<String> { Self.needWords }
    var moreWords: Set<String> { Self.moreWords }
    var lackWords: Set<String> { Self.lackWords }
    private static let lackWords: Set<String> = ["ontbreekt", "ontbreken"]
    private static let needWords: Set<String> = ["nodig", "moeten", "moet", "zouden", "ontbreekt", "ontbreken"]
    private static let moreWords: Set<String> = ["meer", "minder"]

    func challengeFirst(_ word: String, before corner: Corner) -> String {
        "\(word.capitalisedFirst) klinkt als jullie uitdaging: die bewaar ik. Eerst nog de \(name(of: corner))."
    }

    func notedAudience() -> String {
        "Fijn, dan weet ik met wie jullie werken."
    }

    func askShorter() -> String {
        "Ik hoor het. Welk woord vat dat samen? Eén of twee woorden is genoeg."
    }

    func askAgain() -> String {
        "Ik hoorde nog geen antwoord."
    }

    func askForWords() -> String {
        "Ik zie een emoji, maar ik heb woorden nodig."
    }

    var plainYes: String { "ja" }
    var plainNo: String { "nee" }

    func pickNumber(upTo count: Int) -> String {
        "Kies een nummer van 1 tot \(count), of zeg het in jullie eigen woorden."
    }

    func askOwnWords(for corner: Corner) -> String {
        "Zeg het in jullie eigen woorden: welke \(name(of: corner)) past bij jullie?"
    }

    func notSure(withWords: Bool) -> String {
        withWords
            ? "Geen probleem, dat is ook niet makkelijk. Kies het woord hieronder dat er het dichtst bij komt, of vertel wat er dan gebeurt."
            : "Geen probleem, dat is ook niet makkelijk. Vertel wat er dan gebeurt: een paar woorden is genoeg."
    }

    func anotherWord() -> String { "Goed, dan zoeken we een ander woord." }

    var greetingWords: Set<String> { Self.greetings }
    private static let greetings: Set<String> = ["hoi", "hallo", "hey", "hi", "hee", "goedemorgen", "goedemiddag", "dag", "hoi hoi", "hallo daar"]
    func greetBack() -> String { "Hoi!" }
    var pauseOpenings: Set<String> { Self.pauseOpenings }
    var pauseFirstBytes: Set<UInt8> { Self.pauseFirstBytes }
    private static let pauseFirstBytes = Set(pauseOpenings.compactMap(\.utf8.first))
    private static let pauseOpenings: Set<String> = [
        "momentje", "moment", "ogenblikje", "wacht even", "even wachten", "even overleggen", "even denken", "even nadenken",
        "goeie vraag", "goede vraag",
    ]
    func takeYourTime() -> String { "Neem gerust de tijd." }
    var chatWords: Set<String> { Self.chat }
    var thanksOpeners: Set<String> { Self.thanksOpening }
    var praiseWords: Set<String> { Self.praise }
    var chatShapes: Set<UInt16> { Self.chatShapes }
    private static let chatShapes = Set(chat.union(thanksOpening).map(TextFolding.shape))
    private static let chat: Set<String> = ["haha", "hahaha", "hihi", "lol", "xd", "ok", "oke", "okay", "okee", "oki", "brb", "jaja", "cool"]
    private static let thanksOpening: Set<String> = ["bedankt", "dank", "dankjewel", "dankje", "dankuwel", "thanks", "thx", "merci", "tnx"]
    private static let praise: Set<String> = [
        "je", "jullie", "u", "wel", "dat", "was", "is", "erg", "heel", "echt", "super", "nuttig", "handig", "leuk",
        "fijn", "top", "mooi", "interessant", "hoor", "voor", "de", "uitleg", "tip", "tips",
    ]
    func gladToHelp() -> String { "Graag gedaan." }
    var agreementPhrases: Set<String> { Self.agreementPhrases }
    var agreementShapes: Set<UInt16> { Self.agreementShapes }
    private static let agreementShapes = Set(agreementPhrases.union(chat).union(yes).map { TextFolding.shape(of: $0.split(separator: " ")[0]) })
    private static let agreementPhrases: Set<String> = [
        "klopt", "dat klopt", "logisch", "snap ik", "helemaal goed", "mooi zo", "precies", "terecht", "goed punt",
        "inderdaad", "zeker", "helemaal mee eens", "eens", "zo is het", "ja precies", "klinkt goed", "klinkt logisch",
        "precies dat", "ja precies dat", "fair enough", "klopt wel", "dat is zo", "ja dat klopt", "zeker weten",
    ]
    func revising(_ corner: Corner) -> String { "Goed, we passen de \(name(of: corner)) aan." }
    var bothWords: Set<String> { Self.both }
    private static let both: Set<String> = ["allebei", "beide", "beiden", "ze allebei", "alle twee", "allemaal", "alle drie", "alle 3", "de laatste twee", "de eerste twee"]
    func pickOne() -> String { "Kies er één: welke past het best bij jullie?" }

    var notSureWords: Set<String> { Self.notSure }
    var stuckOpeners: Set<String> { Self.notSureKeys.stuckOpeners }
    var alternativeMarkers: Set<String> { ["maar", "ook", "zegt", "zei", "zeggen", "eerder", "liever", "of", "vindt", "vinden"] }
    var notSureShapes: Set<UInt16> { Self.notSureKeys.shapes }
    private static let notSureKeys = NotSureKeys(notSure, teamOpeners: teamOpeners)
    var keepWords: Set<String> { Self.keep }
    private static let keep: Set<String> = ["toch", "houden", "hou", "houd", "laten", "staan", "zo", "ja", "maar", "gewoon", "we", "wij", "het", "die", "dat", "dan", "graag", "is", "goed"]
    var teamOpeners: Set<String> { Self.teamOpeners }
    var correctionOpenings: Set<String> { Self.correctionOpenings }
    var correctionFirstBytes: Set<UInt8> { Self.correctionFirstBytes }
    private static let correctionFirstBytes = Set(correctionOpenings.compactMap(\.utf8.first))
    private static let correctionOpenings: Set<String> = ["nee", "neen", "nope", "sorry", "oeps", "eigenlijk"]
    func corrected(_ word: String, corner: Corner) -> String { "Goed, dan is de \(name(of: corner)) \(word)." }
    var changeWords: Set<String> { Self.changeWords }
    private static let changeWords: Set<String> = ["aanpassen", "veranderen", "wijzigen", "vervangen", "terugdraaien"]
    var preferenceWords: Set<String> { Self.preferenceWords }
    private static let preferenceWords: Set<String> = ["eigenlijk", "eerder", "liever", "meer", "beter"]
    var comparisonWords: Set<String> { Self.comparisonWords }
    private static let comparisonWords: Set<String> = ["dan"]
    var butWords: Set<String> { Self.butWords }
    private static let butWords: Set<String> = ["maar", "al", "alleen", "hoor", "wel"]
    func corner(named word: String) -> Corner? { Self.cornerNames[word] }
    private static let cornerNames: [String: Corner] = [
        "kernkwaliteit": .quality, "kwaliteit": .quality, "valkuil": .pitfall, "uitdaging": .challenge, "allergie": .allergy,
    ]
    var reviseWords: Set<String> { Self.reviseWords }
    private static let reviseWords: Set<String> = ["aanpassen", "nee aanpassen", "ja aanpassen", "wijzigen", "veranderen", "ja graag aanpassen"]
    var leaveWords: Set<String> { Self.leaveWords }
    private static let leaveWords: Set<String> = ["zo laten", "laten", "laat maar", "laat maar zo", "nee zo laten", "zo laten graag"]
    private static let teamOpeners: Set<String> = ["we", "wij", "ik", "ons", "onze", "mijn", "mn"]
    var workplaceWords: Set<String> { Self.workplaceWords }
    private static let workplaceWords: Set<String> = [
        "bibliotheek", "kantoor", "praktijk", "bureau", "afdeling", "school", "winkel", "balie", "lab", "laboratorium", "apotheek",
        "politie", "brandweer", "gemeente", "ziekenhuis", "museum", "belastingdienst", "uitzendbureau", "kazerne", "club",
        "team", "teams", "bank",
    ]
    var questionOpenings: Set<String> { Self.questionOpenings }
    private static let questionOpenings: Set<String> = [
        "hoe bedoel", "wat bedoel", "wat betekent", "wat is", "kun je", "kunt u", "kan je", "ik snap", "ik begrijp",
        "snap het", "leg eens", "leg uit", "wat moeten", "wat moet", "wat als", "waarom vragen", "waarom vraag", "hoe werkt",
        "snap de vraag niet", "ik snap de vraag niet", "weet niet wat je bedoelt", "geen idee wat je bedoelt",
        "wat zou", "welke zou", "wat kies", "welke kies", "wat raad", "wat vind", "wat adviseer", "snap ik", "begrijp ik",
    ]
    var doubtOpenings: Set<String> { Self.doubtOpenings }
    private static let doubtOpenings: Set<String> = ["waarom", "hoezo", "klopt", "is", "zijn", "moet", "hoort"]
    var doubtWords: Set<String> { Self.doubtWords }
    private static let doubtWords: Set<String> = ["echt", "wel", "waarom", "hoezo", "klopt"]
    var startWords: Set<String> { Self.startWords }
    private static let startWords: Set<String> = [
        "we", "wij", "willen", "beginnen", "begin", "starten", "start", "liever", "graag", "eerst", "met", "bij", "de", "het",
        "onze", "ons", "kunnen", "mogen", "laten", "dan", "maar", "is", "zijn", "dat", "alsjeblieft", "aub", "oke", "ok",
    ]

    var selfCorrections: (phrases: [[Substring]], signal: Substring) { (Self.selfCorrections, "nee") }
    private static let selfCorrections = ["nee wacht", "nee eigenlijk", "of nee", "nee toch"].map { $0.split(separator: " ") }
    var language: Language { .nl }
    var contrastWord: Substring { "maar" }
    var allergyOpenings: [[Substring]] { Self.allergyOpenings }
    var allergySignals: Set<String> { Self.allergySignals }
    private static let allergySignals: Set<String> = [
        "tegen", "ergeren", "irriteert", "irriteren", "ergert", "stoort", "gek", "hekel", "allergisch", "uitstaan", "allergie",
        "ergernis",
    ]
    private static let allergyOpenings = [
        "waar we niet tegen kunnen", "waar wij niet tegen kunnen", "kunnen we niet tegen", "kunnen wij niet tegen",
        "we kunnen niet tegen", "wij kunnen niet tegen", "we ergeren ons aan", "wij ergeren ons aan", "ergeren we ons aan",
        "wat ons irriteert", "wat ons ergert", "wat ons stoort", "waar we gek van worden",
        "waar wij gek van worden", "worden we gek van", "waar we een hekel aan hebben", "hebben we een hekel aan",
        "we hebben een hekel aan", "we zijn allergisch voor", "wij zijn allergisch voor", "we kunnen niet uitstaan",
        "wat ons gek maakt", "wat mij gek maakt", "wat me gek maakt", "we worden gek van", "wij worden gek van",
        "ik word gek van", "wat me stoort", "wat mij stoort", "wat me irriteert", "wat mij irriteert",
        "we hebben een allergie voor", "wij hebben een allergie voor", "een allergie voor", "we kunnen slecht tegen",
        "wij kunnen slecht tegen", "kunnen we slecht tegen", "onze grootste ergernis", "grootste ergernis",
        "maakt ons gek", "maken ons gek", "irriteert ons", "irriteren ons", "ergert ons", "ergeren ons",
    ].map { $0.split(separator: " ") }
    var allergyIntensifiers: Set<String> { Self.allergyIntensifiers }
    private static let allergyIntensifiers: Set<String> = ["echt", "absoluut", "gewoon", "enorm", "mateloos", "zo"]
    var allergyLeads: Set<String> { Self.allergyLeads }
    private static let allergyLeads: Set<String> = ["eerlijk", "gezegd", "nou", "wat", "echt", "eh", "tja", "ja", "nee", "hmm", "oh", "oja"]
    var allergyLinks: Set<String> { Self.allergyLinks }
    private static let allergyLinks: Set<String> = ["is", "zijn", "dat", "als", "wanneer", "het", "echt", "toch", "vooral"]

    func startingFrom(_ corner: Corner) -> String {
        switch corner {
        case .quality: return "Goed, we beginnen bij de kwaliteit."
        case .pitfall: return "Goed, we beginnen bij de valkuil: daar zit vaak de meeste energie."
        case .challenge: return "Goed, we beginnen bij de uitdaging: wat jullie willen leren."
        case .allergy: return "Goed, we beginnen bij wat jullie het minst kunnen uitstaan."
        }
    }

    var negationsAsNo: Set<String> { Self.negationsAsNo }
    private static let negationsAsNo: Set<String> = ["niet", "nooit", "klopt niet"]
    private static let notSure: Set<String> = [
        "weet ik niet", "weet niet", "geen idee", "geen flauw idee", "weet ik eigenlijk niet", "geen idee eigenlijk",
        "hmm", "tja", "twijfel", "we twijfelen", "moeilijk", "lastige vraag", "goeie vraag", "goede vraag", "te veel", "teveel",
        "geen idee eerlijk gezegd", "weet ik eigenlijk ook niet", "weten we niet", "weten we niet precies", "dat weten we niet",
        "we weten het niet", "we weten het niet precies", "weten we eigenlijk niet", "geen idee eigenlijk niet",
        "dat weten we nog niet", "weten we nog niet", "dat weet ik nog niet",
        "ja en nee", "hmm ja en nee", "jein", "ja en nee eigenlijk", "hmm twijfel", "jij mag kiezen", "kies jij maar",
        "poeh", "pfff", "pff", "oei", "oef", "dat is lastig", "ja dat is lastig", "moeilijke vraag", "moeilijke vraag zeg",
        "eerlijk gezegd geen idee", "doe jij maar een voorstel", "help ons even", "geen flauw idee help ons even",
        "zeg jij het maar", "jij mag het zeggen", "lastig kiezen", "lastig kiezen hoor", "kiezen is lastig", "we weten het echt niet",
        "we zijn het oneens", "we zijn het niet eens", "lastig hoor", "kies jij maar een",
        "we kunnen niet kiezen", "wij kunnen niet kiezen", "we kunnen echt niet kiezen", "we kunnen niet beslissen",
        "wij kunnen niet beslissen", "we worden het niet eens", "we kunnen het niet eens worden", "we kunnen het niet kiezen", "kunnen niet kiezen", "we komen er niet uit", "wij komen er niet uit",
        "geen idee we twijfelen", "geen idee wij twijfelen", "wij twijfelen", "we twijfelen nog", "lastig", "moeilijk te zeggen",
    ]

    func coach(_ word: String, corner: Corner, misfit: Misfit, known: Quadrant<String?>, withWords: Bool) -> String {
        let advice = (withWords ? "Passende woorden staan hieronder. " : "") + "Houden jullie toch ‘\(word)’? Zeg het dan nog een keer."
        let Word = word.capitalisedFirst
        if let same = misfit.sameAs {
            return "‘\(word)’ hebben jullie al als \(name(of: same)). Welk ander woord past hier?" + (withWords ? " Passende woorden staan hieronder." : "")
        }
        guard let side = misfit.side, let other = known[side] else {
            switch corner {
            case .pitfall:
                return "\(Word) is eerder een kwaliteit dan een valkuil. De valkuil is te veel van het goede: \(known.quality.map { "te veel \($0)" } ?? "een kwaliteit die doorschiet"). \(advice)"
            case .allergy:
                return "\(Word) is een positief woord; de allergie is het negatieve: te veel \(known.challenge ?? "van de uitdaging"), waar jullie niet tegen kunnen. \(advice)"
            case .quality:
                return "\(Word) klinkt eerder als een valkuil dan als een kwaliteit. Welke kracht zit erachter? \(advice)"
            case .challenge:
                return "\(Word) klinkt eerder als een valkuil dan als een uitdaging. De uitdaging is een kracht: \(known.pitfall.map { "het positieve tegenovergestelde van \($0)" } ?? "wat jullie meer willen doen"). \(advice)"
            }
        }
        let why: String
        switch (side == corner.previous, corner) {
        case (false, .allergy): why = "\(Word) is niet het negatieve tegenovergestelde van \(other)."
        case (true, _): why = "\(Word) is niet \(relation(corner.previous.relationToNext)) \(other)."
        case (false, _): why = "\(other.capitalisedFirst) is niet \(relation(corner.relationToNext)) \(word)."
        }
        return "\(why) \(advice)"
    }

    private func relation(_ relation: QuadrantRelation) -> String {
        relation == .excess ? "echt te veel van" : "het positieve tegenovergestelde van"
    }

    func askYesOrNo() -> String { "Zeg ‘ja’ als het klopt, of ‘aanpassen’." }
    func askReviseOrKeep() -> String { "Zeg ‘aanpassen’ om het te veranderen, of ‘zo laten’." }
    func askYesPartlyNo() -> String { "Antwoord met ja, deels of nee." }

    func keepLabel(_ word: String) -> String { "Toch ‘\(word)’" }
    var somethingElse: String { "iets anders" }

    func checkClosed(_ words: Quadrant<String>, testAllergy: Bool) -> String {
        "Het kwadrant is rond: \(words.quality) is het positieve tegenovergestelde van \(words.allergy). Herkennen jullie dat?"
            + (testAllergy ? " Zouden jullie bij \(words.allergy) roepen: ‘dat nooit!’?" : "")
    }

    func checkOpen(_ broken: ArrowCheck, revising corner: Corner, words: Quadrant<String>) -> String {
        switch broken.finding {
        case .unknownWord(let word):
            return "‘\(word)’ staat niet in mijn woordenlijst, dus ik kan niet nagaan of \(words[broken.arrow.from]) en \(words[broken.arrow.to]) bij elkaar passen. Voelt het voor jullie rond?"
        default:
            return "Het kwadrant is nog niet rond. \(reason(broken)) Willen jullie de \(name(of: corner)) aanpassen?"
        }
    }

    var confirmLabel: String { "Ja, dat klopt" }
    func reviseLabel(_ corner: Corner) -> String { "\(name(of: corner).capitalisedFirst) aanpassen" }
    var keepAsIsLabel: String { "Zo laten" }

    func reason(_ check: ArrowCheck) -> String {
        let relation = check.arrow.relation == .excess ? "te veel van" : "het positieve tegenovergestelde van"
        switch check.finding {
        case .holds:
            return "\(check.to.capitalisedFirst) is \(relation) \(check.from)."
        case .unknownWord(let word):
            return "‘\(word)’ staat niet in de woordenlijst, dus dit kan ik niet beoordelen."
        case .wrongPolarity(let word, let corner):
            let kind = corner.polarity == .quality ? "een kwaliteit" : "te veel van het goede"
            return "\(word.capitalisedFirst) past niet als \(name(of: corner)): die moet \(kind) zijn."
        case .same(let a, let b):
            return "\(a.capitalisedFirst) en \(b) betekenen bijna hetzelfde; hier hoort \(relation) \(check.from)."
        case .unrelated(let better):
            let hint = better.isEmpty ? "" : " Beter past: \(better.joined(separator: ", "))."
            return "\(check.to.capitalisedFirst) is niet \(relation) \(check.from).\(hint)"
        }
    }

    func askExample(_ words: Quadrant<String>) -> String {
        // The seed's example fits its own quadrant only.
        let seed = words.quality == "klantgerichtheid" ? " Bij een kinderopvang werd de debiteurenadministratie teruggefloten ‘in het belang van de klant’." : ""
        return "Denk eens aan een concreet moment waarop \(words.pitfall) zich liet zien.\(seed) Wat gebeurde er bij jullie?"
    }

    func askNextStep(_ words: Quadrant<String>) -> String {
        "En wat is één kleine stap richting \(words.challenge) die jullie deze week kunnen zetten?"
    }

    func explainReflection(_ words: Quadrant<String>, example: Bool) -> String {
        if example {
            return "Een moment waarop \(words.pitfall) zich liet zien: een gesprek, een klus of een dag waarop jullie doorschoten. Wat gebeurde er, en wat deden jullie? Eén of twee zinnen is genoeg. Liever niet? Zeg dan ‘overslaan’."
        }
        return "Een kleine stap is iets wat jullie deze week echt kunnen doen, bijvoorbeeld één gesprek waarin jullie oefenen met \(words.challenge), en daarna kort bespreken hoe het ging. Welke stap kiezen jullie? Liever niet? Zeg dan ‘overslaan’."
    }

    var skipLabel: String { "overslaan" }

    var summaryWording: SummaryWording {
        SummaryWording(
            round: "Jullie kernkwadrant is rond:", notRound: "Jullie kernkwadrant:",
            quality: "Kernkwaliteit", pitfall: "Valkuil", allergy: "Allergie", challenge: "Uitdaging",
            example: "Voorbeeld", nextStep: "Volgende stap",
            goodbye: "Succes! Zeg ‘opnieuw’ voor nog een kwadrant, of ‘de vier fasen’: in welke fase werkt jullie team met \(people)?",
            goodbyeToTeam: "Succes! Zeg ‘opnieuw’ voor nog een kwadrant.")
    }

    var againLabel: String { "opnieuw" }

    func finished() -> String { "Dit kwadrant is klaar." }
    func welcome() -> String { "Graag gedaan, en veel succes!" }
    var thanksWords: Set<String> { Self.thanks }
    private static let thanks: Set<String> = ["ok", "oke", "okay", "top", "mooi", "super", "fijn", "bedankt", "dank je", "dank je wel", "dankjewel", "dank u", "dank u wel", "dankuwel", "thanks", "merci", "top bedankt", "super bedankt", "ok bedankt", "oke bedankt", "fijn bedankt", "ok dank je", "oke dank je", "ok dankjewel", "ok dank je wel"]

    func help(_ stage: Stage, known: Quadrant<String?>, examples: [String]) -> String {
        let commands = "Je kunt altijd ‘terug’, ‘opnieuw’, ‘status’, ‘fasen’, ‘stoppen’ of ‘in het Engels’ zeggen."
        if let corner = stage.corner { return "\(explanation(of: corner, known: known, examples: examples)) \(commands)" }
        switch stage {
        case .check: return "Een kwadrant is rond als de kernkwaliteit het positieve tegenovergestelde is van de allergie. \(commands)"
        case .reflect: return "Een concreet voorbeeld maakt de valkuil herkenbaar; een kleine stap maakt de uitdaging haalbaar. \(commands)"
        case .phases: return "Met een paar vragen zien we in welke fase jullie team met \(people) werkt: onwetend (niet weten wat er mis gaat), klantgericht (het zien, nog niet kunnen), klantbewust (het kunnen, met aandacht) of klantbekwaam (het gaat vanzelf). \(commands)"
        default: return commands
        }
    }

    func status(_ stage: Stage, filled: Quadrant<String?>) -> String {
        let parts = filledCorners(filled)
        let place = stage.corner.map { "We zoeken de \(name(of: $0))." } ?? (stage == .done ? "We zijn klaar." : "We zijn bij de \(stageName(stage)).")
        return parts.isEmpty ? "\(place) Nog niets ingevuld." : "\(place) Ingevuld: \(parts.joined(separator: ", "))."
    }

    private func stageName(_ stage: Stage) -> String {
        switch stage {
        case .check: return "check"
        case .reflect: return "reflectie"
        case .phases: return "vragen over de vier fasen"
        case .lobby: return "start: wie doet mee"
        default: return stage.rawValue
        }
    }

    func nothingToUndo() -> String { "We staan al aan het begin." }
    func noFurtherBack(_ steps: Int) -> String { "Verder terug kan niet: ik onthoud de laatste \(steps) stappen. Met ‘opnieuw’ begin je helemaal vooraan." }
    func undone() -> String { "Oké, een stap terug." }
    func restarted() -> String { "We beginnen opnieuw." }

    func goodbye(_ filled: Quadrant<String?>) -> String {
        let parts = filledCorners(filled)
        return parts.isEmpty ? "Tot ziens!" : "Tot ziens! Jullie hadden: \(parts.joined(separator: ", "))."
    }

    func switchedLanguage() -> String { "Prima, we gaan verder in het Nederlands." }

    var yesWords: Set<String> { Self.yes }
    private static let yes: Set<String> = [
        "ja", "jazeker", "jawel", "jep", "jup", "klopt", "100", "100 procent", "nee hoor klopt helemaal", "nee hoor klopt",
        "nee hoor prima", "nee hoor prima zo", "nee hoor dat klopt", "nee hoor het klopt", "nee hoor helemaal goed",
        "top", "super", "mooi", "mooi zo", "perfect", "akkoord", "raak", "bingo", "nice", "nou en of", "dat is m", "eens",
        "spot on", "pijnlijk herkenbaar", "ja pijnlijk herkenbaar", "dat zijn wij ten voeten uit", "helemaal top", "dat klopt", "ja dat klopt", "zeker", "rond", "goed", "prima", "oke", "ok", "yes",
        "inderdaad", "idd", "herkenbaar", "zeker weten", "helemaal", "absoluut", "schuldig", "haha schuldig", "haha herkenbaar",
        "herkenbaar haha", "klopt helemaal", "dat zijn wij", "zo zijn we", "dat zijn wij ja", "logisch", "precies",
        "terecht", "helemaal mee eens", "zo is het",
    ]
    var noWords: Set<String> { Self.no }
    private static let no: Set<String> = ["nee", "neen", "niet", "nooit", "klopt niet", "aanpassen", "nee aanpassen", "no"]
    var skipWords: Set<String> { Self.skip }
    private static let skip: Set<String> = [
        "overslaan", "sla over", "weet ik niet", "geen idee", "skip", "nee", "volgende", "volgende stap", "verder", "door",
        "wat is de volgende stap", "en nu", "wat nu",
    ]
    var partlyWords: Set<String> { Self.partly }
    var yesNoOrSkipWords: Set<String> { Self.yesNoOrSkip }
    private static let yesNoOrSkip = yes.union(no).union(skip)
    private static let partly: Set<String> = [
        "deels", "een beetje", "soms", "gedeeltelijk", "beetje", "half", "meestal wel", "min of meer", "af en toe", "ja maar", "ten dele",
        "meestal", "vaak", "regelmatig", "wisselend", "hangt ervan af",
    ]

    var phaseQuestions: [String] {
        [
            "Weten jullie goed wat \(people) van jullie vinden, ook waar het schuurt?",
            "Hebben cursussen, workshops of klachten jullie laten zien wat er beter kan?",
            "Lukt het jullie \(people) echt goed te \(audience == .customers ? "bedienen" : "helpen") als jullie er bewust je best voor doen?",
            "Gaat dat vanzelf, ook op een drukke dag, zonder dat iemand erop hoeft te letten?",
        ]
    }

    var phaseAnswerLabels: [String] { ["ja", "deels", "nee"] }

    func phaseIntroduction() -> String {
        "Vier korte vragen over hoe jullie met \(people) werken. Antwoord met ja, deels of nee."
    }

    func phaseResult(_ phase: CustomerPhase, offerWalk: Bool) -> String {
        let next = offerWalk ? "Zullen we jullie kernkwadrant zoeken?" : "Zeg ‘opnieuw’ voor nog een kwadrant, of ‘stoppen’."
        switch phase {
        case .onwetend:
            return "Jullie zitten in de fase onwetend: ‘niets aan de hand’, business as usual. Onbewust onbekwaam, zoals een klein kind dat nog niet weet wat autorijden is. Wat helpt: eerlijk horen wat \(people) ervaren. \(next)"
        case .klantgericht:
            return "Jullie zijn klantgericht: bewust onbekwaam. Jullie zien wat er mankeert, zoals iemand van bijna achttien die graag wil rijden maar nog niet snapt hoe. Vaak staat de organisatie nog centraal, niet \(audience == .customers ? "de klant" : "wie jullie helpen"). Wat helpt: leiderschap en blijven oefenen. \(next)"
        case .klantbewust:
            return "Jullie zijn klantbewust: bewust bekwaam. Het lukt, met aandacht, zoals rijden vlak na je examen. Wat helpt: veel praktijk en een lerende cultuur, tot het vanzelf gaat. \(next)"
        case .klantbekwaam:
            return "Jullie zijn klantbekwaam: onbewust bekwaam. \(audience == .customers ? "De klant zit" : "Goed helpen zit") in jullie DNA, zoals autorijden terwijl je radio luistert en een broodje eet. Wat helpt: scherp blijven op je valkuil. \(next)"
        }
    }

    var walkOfferLabel: String { "ja, het kernkwadrant" }
    func phasesDeclined() -> String { "Prima. Willen jullie later toch het kernkwadrant zoeken? Zeg dan ‘ja, het kernkwadrant’." }
    var phasesLabel: String { "de vier fasen" }
}

import Testing
@testable import QuadrantKit

/// Hearing whom a team works for, from what it says about itself.
@Suite("Audience")
struct AudienceTests {
    static func heard(_ text: String, _ language: Language) -> Audience? {
        Audience.heard(in: TextFolding.key(text), language)
    }

    @Test("a workplace or its people places the team", arguments: [
        ("wij zijn een politieteam", Language.nl, Audience.citizens),
        ("we werken op de spoedeisende hulp", .nl, .patients),
        ("wij zijn het team van verpleeghuis De Linde", .nl, .residents),
        ("de studentenadministratie van een hogeschool", .nl, .students), ("de servicedesk van een hogeschool", .nl, .users),
        ("Patiënten zeggen dat we rustig zijn", .nl, .patients),
        ("baasjes zeggen dat we lief zijn", .nl, .owners),
        ("We're a dementia ward", .en, .residents),
        ("We're the Year 6 teachers at a primary school", .en, .pupils),
        ("A&E nurses, we stay calm", .en, .patients),
        ("we keep smiling, even when passengers are rude", .en, .travellers),
        ("Municipality, the permits desk", .en, .inhabitants),
        ("we're in the local authority's benefits team", .en, .inhabitants),
        ("neighbourhood policing, we're decisive", .en, .citizens),
        ("GP surgery reception, we're patient", .en, .patients),
        ("hoi wij zijn de afdeling oncologie", .nl, .patients),
        ("wij werken in een gevangenis", .nl, .detainees),
        ("wij als ziekenhuis zijn zorgvuldig", .nl, .patients),
        ("we like our residents to feel at home", .en, .residents),
        ("als een bewoner agressief wordt blijven we rustig", .nl, .residents),
        ("we're the HR team at a hospital", .en, .staff), ("wij zijn de salarisadministratie van een zorggroep", .nl, .staff),
        ("IT helpdesk, users love that we're patient", .en, .users),
        ("we werken in de zorg", .nl, .clients), ("wij werken in de zorgsector", .nl, .clients),
    ])
    func places(text: String, language: Language, audience: Audience) {
        #expect(Self.heard(text, language) == audience)
    }

    @Test("words with an everyday sense place no one", arguments: [
        ("we zijn heel geduldig", Language.nl),
        ("die gast van de overkant", .nl),
        ("we zijn een hecht team", .nl),
        ("We are very patient with everyone", .en),
        ("we vet every supplier twice", .en),
        ("we're old school", .en),
        ("our officers of the day", .en),
        ("bij code reviews spelen we een beetje politieagent", .nl),
        ("wij zijn een beetje de brandweer van het bedrijf", .nl),
        ("we zijn net een school, iedereen leert van elkaar", .nl),
        ("we leveren aan scholen", .nl),
        ("we zijn geen ziekenhuis maar wel zorgvuldig", .nl),
        ("zo gastvrij als een hotel", .nl),
        ("we leveren eerste klas service", .nl),
        ("wat een theater soms bij de balie", .nl),
        ("we explain things patiently, like teachers", .en),
        ("we police each other's work a lot", .en),
        ("we're like a hospital triage", .en),
    ])
    func placesNoOne(text: String, language: Language) {
        #expect(Self.heard(text, language) == nil)
    }

    @Test("the first workplace named counts")
    func firstCounts() {
        #expect(Self.heard("wij zijn de klantenservice van het ziekenhuis", .nl) == .customers)
        #expect(Self.heard("de politie helpt burgers en klanten", .nl) == .citizens)
    }

    @Test("every audience has nouns in both languages")
    func nouns() {
        for audience in Audience.allCases {
            #expect(!audience.nouns(.nl).isEmpty && !audience.nouns(.en).isEmpty)
        }
        #expect(Audience.residents.nouns(.nl) == ["bewoners", "familie"])
    }

    @Test("the qualities offered first to a team are quality lemmas of the built-in lexicon")
    func seedQualities() {
        let lexicons = TranslationTableTests.lexicons
        for audience in Audience.allCases {
            for language in Language.allCases {
                let lexicon = lexicons[language]
                for word in audience.seedQualities(language) {
                    let id = lexicon.lemmaID(named: word)
                    #expect(id.map { lexicon.lemmas[$0].polarity } == .quality, "\(audience) \(language): \(word)")
                }
            }
        }
        #expect(Audience.customers.seedQualities(.nl).isEmpty)
    }
}

import QuadrantKit

/// A small lexicon of the seed's quadrants, so unit tests do not depend on the built-in data.
enum Fixtures {
    static let dutch = """
    language: nl

    quality klantgerichtheid
      forms: klantgericht, klantgerichte
      synonyms: servicegerichtheid, dienstbaarheid, klantvriendelijkheid
      excess: grenzeloosheid, meegaandheid
      opposite-: hardheid, starheid

    distortion grenzeloosheid
      forms: grenzeloos, grenzeloze
      synonyms: geen nee kunnen zeggen, zonder grenzen
      opposite+: duidelijkheid

    distortion meegaandheid
      forms: meegaand, meegaande
      synonyms: pleasen
      opposite+: duidelijkheid

    quality duidelijkheid
      forms: duidelijk, duidelijke
      synonyms: helderheid, grenzen stellen
      excess: hardheid, starheid

    distortion hardheid
      forms: hard, harde
      synonyms: kilheid

    distortion starheid
      forms: star, starre
      synonyms: rigiditeit, niet kunnen loslaten

    quality efficiëntie
      forms: efficiënt, efficiënte
      synonyms: doelmatigheid
      excess: gehaastheid

    distortion gehaastheid
      forms: gehaast
      opposite+: zorgvuldigheid

    quality zorgvuldigheid
      forms: zorgvuldig
      excess: traagheid
      opposite-: gehaastheid

    distortion traagheid
      forms: traag
      opposite+: efficiëntie

    quality vriendelijkheid
      forms: vriendelijk
      excess: meegaandheid

    quality daadkracht
      forms: daadkrachtig
      excess: drammerigheid
      opposite-: passiviteit

    distortion drammerigheid
      forms: drammen, drammerig, dramt
      opposite+: geduld

    quality geduld
      forms: geduldig
      excess: passiviteit

    distortion passiviteit
      forms: passief

    quality rust
      synonyms: kalmte
      excess: sloomheid

    distortion sloomheid
      forms: sloom

    quality spontaniteit
      forms: spontaan
      synonyms: kalmte
      excess: sloomheid

    quality bedachtzaamheid

    quality hulpvaardigheid
      forms: hulpvaardig
      synonyms: klantgerichtheid

    quality loslaten

    quadrant klantgerichtheid > grenzeloosheid > duidelijkheid > hardheid
    quadrant klantgerichtheid > meegaandheid > duidelijkheid > starheid
    quadrant daadkracht > drammerigheid > geduld > passiviteit
    quadrant efficiëntie > gehaastheid > zorgvuldigheid > traagheid
    """

    static let english = """
    language: en

    quality customer focus
      forms: customer focused, customer oriented
      excess: boundlessness
      opposite-: rigidity

    distortion boundlessness
      forms: boundless
      synonyms: lack of boundaries
      opposite+: clarity

    quality clarity
      forms: clear
      excess: rigidity

    distortion rigidity
      forms: rigid

    quality flexibility

    quadrant customer focus > boundlessness > clarity > rigidity
    """

    static let lexicons: Lexicons = {
        let (lexicons, problems) = Lexicons.load([
            LexiconSource(name: "nl.txt", text: dutch), LexiconSource(name: "en.txt", text: english),
        ])
        precondition(problems.isEmpty, "fixture lexicon has problems: \(problems)")
        return lexicons
    }()

    static var nl: Lexicon { lexicons[.nl] }
    static var en: Lexicon { lexicons[.en] }
    static var engine: Engine { Engine(lexicons: lexicons) }
}

extension Engine {
    /// `suggest(_:language:corner:)` computed, not remembered.
    func suggestAfresh(_ word: String, language: Language?, corner: Corner?) -> Suggestion {
        let language = language ?? lexicons.guessLanguage(of: word)
        let lexicon = lexicons[language]
        var matches = lexicon.recognise(word).matches.map(\.lemma)
        if let corner {
            let fitting = matches.filter { lexicon.lemmas[$0].polarity == corner.polarity }
            if !fitting.isEmpty { matches = fitting }
        }
        guard let id = matches.first else {
            return Suggestion(word: word, language: language, lemma: nil, corner: nil, synonyms: [], quadrants: [], alternatives: [])
        }
        let lemma = lexicon.lemmas[id]
        let quadrants: [Quadrant<Int>]
        if lemma.polarity == .quality {
            quadrants = lexicon.quadrants(forQuality: id)
        } else {
            quadrants = lexicon.qualities(withExcess: id).flatMap { lexicon.quadrants(forQuality: $0) }.filter { $0.pitfall == id || $0.allergy == id }
        }
        let usualCorner: Corner = corner ?? (lemma.polarity == .quality ? .quality : .pitfall)
        return Suggestion(
            word: word, language: language, lemma: lemma.word, corner: usualCorner,
            synonyms: lexicon.synonymWords(of: id), quadrants: quadrants.map { $0.map { lexicon.lemmas[$0].word } },
            alternatives: matches.dropFirst().map { lexicon.lemmas[$0].word })
    }

    /// `check(_:language:)` computed, not remembered.
    func checkAfresh(_ words: Quadrant<String>, language: Language?) -> CheckResult {
        let language = language ?? lexicons.guessLanguage(of: words.all.joined(separator: " "))
        let lexicon = lexicons[language]
        let check = lexicon.check(words)
        let book = phrasebook(language)
        return CheckResult(language: language, check: check, reasons: check.arrows.map(book.reason),
                           lemmas: check.lemmas.map { $0.map { lexicon.lemmas[$0].word } })
    }

    /// The session's quadrant as a card to keep, with its reflection.
    public func card(_ session: Session) -> QuadrantCard {
        let words = session.quadrantWords
        var closed = false
        if !words.all.contains(where: { $0 == nil }) {
            closed = quadrantCheck(session).closed
        }
        return QuadrantCard(words: words, closed: closed, language: session.language, example: session.example, nextStep: session.nextStep,
                            team: teamResults(session))
    }
}

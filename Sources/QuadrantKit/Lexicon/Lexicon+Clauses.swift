extension Lexicon {
    /// A listed phrase the words of a Dutch main clause may stand for: the phrase, how many words from the
    /// verb on it covers, and whether a negation among those words denies it.
    struct ClauseReading {
        var phrase: String
        var length: Int
        var negated = false
    }

    /// The listed phrases the words from `verb` on may be, most likely first, when a plural subject comes
    /// just before (its verb has the form a listed phrase ends in). A main clause puts the verb first: "we
    /// zeggen overal ja op" is "overal ja op zeggen", "we geven het uit handen" is "uit handen geven"
    /// (without the object, or an adverb: "we gaan soms over lijken"); and it leaves a separable verb's particle behind: "we houden vol" is
    /// "volhouden", "we hakken de knoop door" is "de knoop doorhakken", "we geven niet op" is "niet opgeven".
    func clauseReadings(_ words: [String], verbAt verb: Int) -> [ClauseReading] {
        let end = min(words.count, verb + longestPhrase)
        var readings: [ClauseReading] = []
        // An object or an adverb may stand between the verb and the rest: "we geven het soms uit handen".
        var skippable = 0
        while skippable < 2, verb + 1 + skippable < end, StopWords.clauseObjects.contains(words[verb + 1 + skippable])
            || StopWords.clauseAdverbs.contains(words[verb + 1 + skippable]) { skippable += 1 }
        for skipped in 0...skippable {
            let first = verb + 1 + skipped
            guard first < end, phraseStarts.contains(words[first]) else { continue }
            for last in stride(from: end - 1, through: first, by: -1) {
                // Without the infinitive's te: "we durven nee te zeggen" is "nee durven zeggen". A te that
                // opens the rest is "too": "we beloven te veel" is the listed "te veel beloven".
                let rest = words[first...last].enumerated().filter { $0.offset == 0 || $0.element != "te" }.map(\.element)
                guard let final = rest.last else { continue }
                readings.append(ClauseReading(phrase: (rest + [words[verb]]).joined(separator: " "), length: last - verb + 1))
                // Before a last infinitive: "we laten over ons heen lopen" is "over je heen laten lopen".
                if rest.count > 1 {
                    readings.append(ClauseReading(phrase: (rest.dropLast() + [words[verb], final]).joined(separator: " "),
                                                  length: last - verb + 1))
                }
            }
        }
        // The particle ends the clause: it is the last word, or a preposition or a conjunction follows it.
        for particle in verb + 1..<end where StopWords.separableParticles.contains(words[particle])
            && (particle + 1 == words.count || StopWords.clauseEnds.contains(words[particle + 1])) {
            let joined = words[particle] + words[verb]
            let between = words[verb + 1..<particle]
            let length = particle - verb + 1
            if !between.isEmpty { readings.append(ClauseReading(phrase: (between + [joined]).joined(separator: " "), length: length)) }
            readings.append(ClauseReading(phrase: joined, length: length,
                                          negated: between.contains(where: StopWords.negations(language).contains)))
        }
        return readings
    }

    /// Whether the word at `start` may stand in a Dutch relative clause: a relative pronoun is among the three
    /// words before it ("een team dat nooit opgeeft").
    func inRelativeClause(_ words: [String], at start: Int) -> Bool {
        language == .nl && start > 0 && words[max(0, start - 3)..<start].contains(where: StopWords.relativePronouns(language).contains)
    }

    /// The listed phrases the words from `start` on may be in a Dutch relative clause, longest first: its
    /// singular verb comes last, and a listed phrase ends in the infinitive ("dat nooit opgeeft" is "nooit
    /// opgeven", "dat hard werkt" "hard werken").
    func relativeClauseReadings(_ words: [String], from start: Int) -> [ClauseReading] {
        var readings: [ClauseReading] = []
        for last in stride(from: min(words.count, start + longestPhrase) - 1, through: start, by: -1) {
            for infinitive in Derivation.dutchInfinitives(words[last]) {
                readings.append(ClauseReading(phrase: (words[start..<last] + [infinitive]).joined(separator: " "), length: last - start + 1))
            }
        }
        return readings
    }
}

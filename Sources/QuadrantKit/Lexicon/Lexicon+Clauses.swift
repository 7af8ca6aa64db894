extension Lexicon {
    /// A listed phrase the words of a Dutch main clause may stand for: the phrase, how many words from the
    /// verb on it covers, and whether a negation among those words denies it.
    struct ClauseReading {
        var phrase: String
        var length: Int
        var negated = false
    }

    /// The listed phrases the words from `verb` on may be, most likely first, when a plural subject comes
    /// just before or after (its verb has the form a listed phrase ends in). A main clause puts the verb
    /// first: "we zeggen overal ja op" is "overal ja op zeggen", "we geven het uit handen" is "uit handen
    /// geven" (without the object, or an adverb: "we gaan soms over lijken"), "we verliezen ons in details"
    /// is "je verliezen in details". It leaves a separable verb's particle behind: "we houden vol" is
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
                let written = words[first...last].enumerated().filter { $0.offset == 0 || $0.element != "te" }.map(\.element)
                // And without an adverb of frequency inside: "we verliezen ons vaak in details".
                let plain = written.enumerated().filter { $0.offset == 0 || !StopWords.innerAdverbs(language).contains($0.element) }.map(\.element)
                for rest in plain.count < written.count ? [written, plain] : [written] {
                    guard let final = rest.last else { continue }
                    readings.append(ClauseReading(phrase: (rest + [words[verb]]).joined(separator: " "), length: last - verb + 1))
                    // A reflexive pronoun comes before the infinitive: "we verliezen ons in details" is "je
                    // verliezen in details" ("ons" and "zich" are read as "je").
                    if skipped == 0, rest.count > 1, rest[0] == "je" || rest[0] == "jezelf" {
                        readings.append(ClauseReading(phrase: ([rest[0], words[verb]] + rest.dropFirst()).joined(separator: " "),
                                                      length: last - verb + 1))
                    }
                    // Before a last infinitive: "we laten over ons heen lopen" is "over je heen laten lopen".
                    if rest.count > 1 {
                        readings.append(ClauseReading(phrase: (rest.dropLast() + [words[verb], final]).joined(separator: " "),
                                                      length: last - verb + 1))
                    }
                }
            }
        }
        // The particle ends the clause: it is the last word, or a preposition or a conjunction follows it.
        for particle in verb + 1..<end where StopWords.separableParticles.contains(words[particle])
            && (particle + 1 == words.count || StopWords.clauseEnds.contains(words[particle + 1])) {
            let joined = words[particle] + words[verb]
            // Without an adverb of frequency, and then without an object too: "we trekken ons alles persoonlijk
            // aan" is "je alles persoonlijk aantrekken", "we geven ze nooit op" is "nooit opgeven".
            let between = words[verb + 1..<particle].filter { !StopWords.innerAdverbs(language).contains($0) }
            let withoutObjects = between.filter { !StopWords.clauseObjects.contains($0) }
            // What follows the particle may belong to the phrase: "we passen ons aan aan iedereen" is "je aanpassen
            // aan iedereen", "we houden vast aan oude gewoontes" "vasthouden aan oude gewoontes".
            for last in stride(from: end - 1, through: particle + 1, by: -1) {
                readings.append(ClauseReading(phrase: (between + [joined] + words[particle + 1...last]).joined(separator: " "),
                                              length: last - verb + 1))
            }
            let length = particle - verb + 1
            for kept in withoutObjects.count < between.count ? [between, withoutObjects] : [between] where !kept.isEmpty {
                readings.append(ClauseReading(phrase: (kept + [joined]).joined(separator: " "), length: length))
            }
            // "we geven niet op", "we grijpen te laat in": a negation between verb and particle denies it.
            let denied = between.contains(where: StopWords.negations(language).contains)
                || zip(between, between.dropFirst()).contains { StopWords.negatingPairs(language).contains($0 + " " + $1) }
            readings.append(ClauseReading(phrase: joined, length: length, negated: denied))
        }
        return readings
    }

    /// Whether the word at `start` may stand in a Dutch clause that ends in its verb: a relative pronoun is among
    /// the three words before it ("een team dat nooit opgeeft"), or a subordinating conjunction among the five
    /// ("als een collega er met de pet naar gooit").
    func inRelativeClause(_ words: [String], at start: Int) -> Bool {
        language == .nl && start > 0 && (words[max(0, start - 3)..<start].contains(where: StopWords.relativePronouns(language).contains)
            || words[max(0, start - 5)..<start].contains(where: StopWords.subordinators.contains))
    }

    /// The listed phrases the words from `start` on may be in a Dutch relative clause, longest first: its
    /// singular verb comes last, and a listed phrase ends in the infinitive ("dat nooit opgeeft" is "nooit
    /// opgeven", "dat hard werkt" "hard werken"), or before a last infinitive ("die alles laat liggen" is
    /// "alles laten liggen").
    func relativeClauseReadings(_ words: [String], from start: Int) -> [ClauseReading] {
        var readings: [ClauseReading] = []
        for last in stride(from: min(words.count, start + longestPhrase) - 1, through: start, by: -1) {
            for infinitive in Derivation.dutchInfinitives(words[last]) {
                readings.append(ClauseReading(phrase: (words[start..<last] + [infinitive]).joined(separator: " "), length: last - start + 1))
            }
            guard last > start, words[last].hasSuffix("en") else { continue }
            for infinitive in Derivation.dutchInfinitives(words[last - 1]) {
                readings.append(ClauseReading(phrase: (words[start..<last - 1] + [infinitive, words[last]]).joined(separator: " "),
                                              length: last - start + 1))
            }
        }
        return readings
    }

    /// The listed phrases the words from `start` on may be without the adverbs of frequency inside them,
    /// longest first ("de bewoner altijd op de eerste plaats" is "de bewoner op de eerste plaats"). The first
    /// word stays: an adverb that opens a phrase is part of it.
    func withoutInnerAdverbs(_ words: [String], from start: Int) -> [ClauseReading] {
        let adverbs = StopWords.innerAdverbs(language)
        var kept = [words[start]]
        var lengths = [1]
        var index = start + 1
        while index < words.count, kept.count < longestPhrase {
            if !adverbs.contains(words[index]) {
                kept.append(words[index])
                lengths.append(index - start + 1)
            }
            index += 1
        }
        // Only readings that left an adverb out are new; shorter ones were tried as they are.
        return stride(from: kept.count, through: 2, by: -1).compactMap { count in
            lengths[count - 1] > count ? ClauseReading(phrase: kept[..<count].joined(separator: " "), length: lengths[count - 1]) : nil
        }
    }
}

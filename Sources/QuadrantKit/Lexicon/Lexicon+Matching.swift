extension Lexicon {
    /// Understands a typed answer: case, accents, punctuation, word forms, phrases, synonyms, typos,
    /// "te veel X" / "too much X", and a known word inside a sentence.
    ///
    /// Exact words and forms beat synonyms, which beat typos; a negated word ("niet flexibel") is not
    /// taken as that word. When different lemmas fit equally well the result is `.ambiguous`, never a guess.
    ///
    /// What the text says of the people a team serves ("gasten die klagen") is left out, unless the text
    /// answers `aboutOthers`: the allergy is what a team cannot stand in others.
    public func recognise(_ text: String, aboutOthers: Bool = false) -> Recognition {
        guard text.utf8.count <= Self.longestRemembered else { return recogniseAfresh(text, aboutOthers: aboutOthers) }
        return (aboutOthers ? recognitionsAboutOthers : recognitions).value(for: text) { recogniseAfresh(text, aboutOthers: aboutOthers) }
    }

    private func recogniseAfresh(_ text: String, aboutOthers: Bool) -> Recognition {
        let folded = TextFolding.words(text)
        var typed: [String] = []
        var starts: Set<Int> = [0]
        let aboutTeam = !aboutOthers && OtherPeople.mentions(folded, language)
        // Where the clauses begin, for what the people a team serves do when they open one; counted only for
        // texts that name them with punctuation inside (most answers do neither). Each clause is read apart.
        if aboutTeam && text.utf8.dropLast().contains(where: Self.clausePunctuation.contains) {
            for clause in text.utf8.split(whereSeparator: Self.clausePunctuation.contains) {
                starts.insert(typed.count)
                typed += OtherSenses.without(TextFolding.words(Substring(clause)), language, isListed: isListedPhrase)
            }
        } else {
            typed = OtherSenses.without(folded, language, isListed: isListedPhrase)
        }
        if aboutTeam { typed = OtherPeople.without(typed, language, clauseStarts: starts, isListed: isListedPhrase) }
        let words = StopWords.asListed(typed, language)
        guard !words.isEmpty else { return .unknown }
        var exact: [LexiconMatch] = []
        var aliases: [LexiconMatch] = []
        var covered = [Bool](repeating: false, count: words.count)
        var longestFound = 0
        let hasInnerAdverb = words.count > 2 && words.dropFirst().contains(where: StopWords.innerAdverbs(language).contains)

        /// Takes the words from `start` on, `length` of them, as `phrase` when the index holds it (denied
        /// when `negated`, or when the words around it negate it).
        func take(_ phrase: String, from start: Int, length: Int, negated: Bool = false) -> Bool {
            let exactIDs = exactIndex[phrase] ?? []
            let aliasIDs = exactIDs.isEmpty ? aliasIndex[phrase] ?? [] : []
            guard !exactIDs.isEmpty || !aliasIDs.isEmpty else { return false }
            let context = Context(words: words, start: start, end: start + length, language: language)
            // "lastig" in "het is lastig om grenzen te stellen" says what follows is hard, and "kind" in "kind of
            // pushy" hedges what follows: neither is a trait there.
            let opensNegation = length == 1 && context.after.map {
                StopWords.negatingPairs(language).contains(phrase + " " + $0) || StopWords.hedges.contains(phrase + " " + $0)
            } == true
            // "overdreven" in "overdreven servile" says how much of what follows, even when that word is unknown.
            let marksExcess = length == 1 && StopWords.marksExcess(phrase, before: context.after, language)
            // A phrase that holds its own negation ("nooit nee zeggen") is not denied again by one around it:
            // in "we zeggen nooit nee, ook niet als …" the "niet" is about the clause after the comma.
            let deniedAround = context.isNegatedBefore || context.isNegatedAfter
                && !(length > 1 && phrase.split(separator: " ").contains { StopWords.negations(language).contains(String($0)) })
            if !negated && !opensNegation && !marksExcess && !deniedAround {
                let found = (exactIDs.isEmpty ? aliasIDs : exactIDs).flatMap {
                    applyMarkers(context, to: LexiconMatch(lemma: $0, kind: exactIDs.isEmpty ? .synonym : .form, matched: phrase))
                }
                if exactIDs.isEmpty { aliases += found } else { exact += found }
                longestFound = max(longestFound, length)
            }
            for index in start..<start + length { covered[index] = true }
            return true
        }

        var start = 0
        scan: while start < words.count {
            // `hyper` in `hyper critical` marks the next word's too-much; it is not a word of its own there.
            if start + 1 < words.count && StopWords.excessPrefixes.contains(words[start]) {
                start += 1
                continue
            }
            // "we zeggen overal ja op", "we houden vol": after a plural subject, the verb of a Dutch main clause.
            if start > 0, start + 1 < words.count, StopWords.pluralSubjects(language).contains(words[start - 1]) {
                // The reading that covers most words first: "we staan altijd klaar voor de klant" is "klaarstaan
                // voor de klant", not "altijd klaar staan".
                for reading in Self.longestFirst(clauseReadings(words, verbAt: start)) {
                    if take(reading.phrase, from: start, length: reading.length, negated: reading.negated) {
                        start += reading.length
                        continue scan
                    }
                }
            }
            // "daarom geven we nooit op", "als het misgaat houden we vol": after what opens the sentence, the
            // verb comes before its subject, and the clause is read without it.
            // (The fronted part may have been left out as about others: "als een collega uitvalt springen we bij".)
            if start + 2 < words.count, StopWords.pluralSubjects(language).contains(words[start + 1]) {
                var inverted = words
                inverted.remove(at: start + 1)
                for reading in Self.longestFirst(clauseReadings(inverted, verbAt: start))
                where take(reading.phrase, from: start, length: reading.length + 1, negated: reading.negated) {
                    start += reading.length + 1
                    continue scan
                }
            }
            // "een team dat nooit opgeeft", "dat goed samenwerkt": a Dutch relative clause ends in its verb.
            if inRelativeClause(words, at: start) {
                for reading in relativeClauseReadings(words, from: start) where take(reading.phrase, from: start, length: reading.length) {
                    start += reading.length
                    continue scan
                }
            }
            // Only a word that begins some phrase of the index can start a longer match.
            var length = phraseStarts.contains(words[start]) ? min(longestPhrase, words.count - start) : 1
            let phrases = Phrases(words[start..<start + length])
            while length > 1 {
                if take(phrases.first(length), from: start, length: length) {
                    start += length
                    continue scan
                }
                // "nee te zeggen" is the listed "nee zeggen": the infinitive's te inside a Dutch phrase.
                let inner = words[start + 1..<start + length]
                // (A te that ends the words is no infinitive's: "we luisteren te veel" is too much listening.)
                if language == .nl, inner.contains("te"), inner.last != "te",
                   take(([words[start]] + inner.filter { $0 != "te" }).joined(separator: " "), from: start, length: length) {
                    start += length
                    continue scan
                }
                length -= 1
            }
            // "de bewoner altijd op de eerste plaats": an adverb of frequency inside a listed phrase.
            if hasInnerAdverb, phraseStarts.contains(words[start]) {
                for reading in withoutInnerAdverbs(words, from: start) where take(reading.phrase, from: start, length: reading.length) {
                    start += reading.length
                    continue scan
                }
            }
            // "we stand our ground": English lists a verb's phrases by its -ing form ("standing your ground").
            if start + 1 < words.count {
                for gerund in Derivation.gerunds(words[start], language) where phraseStarts.contains(gerund) {
                    for length in stride(from: min(longestPhrase, words.count - start), through: 2, by: -1) {
                        if take(gerund + " " + words[start + 1..<start + length].joined(separator: " "), from: start, length: length) {
                            start += length
                            continue scan
                        }
                    }
                }
            }
            _ = take(words[start], from: start, length: 1)
            start += 1
        }
        // A phrase with a slip that spans more words than any exact match is the better reading: in
        // "niet kunen loslaten" the phrase "niet kunnen loslaten", not the word "loslaten".
        if longestFound > 0 {
            let longer = phraseTypoMatches(words, longerThan: longestFound)
            if !longer.isEmpty { return Self.settle(longer) }
        }
        // Each run of words is an exact word or a synonym, never both; different words of one sentence are
        // different readings ("fast and friendly"), so a synonym counts as much as a word's own form there.
        if !exact.isEmpty || !aliases.isEmpty { return Self.settle(exact + aliases) }
        let formed = formedMatches(words)
        if !formed.isEmpty { return Self.settle(formed) }
        let phrased = phraseTypoMatches(words, longerThan: 0)
        if !phrased.isEmpty { return Self.settle(phrased) }

        var typos: [(distance: Int, match: LexiconMatch)] = []
        // (The people a team serves are no slip of a trait: "patients" is not patience.)
        for (index, word) in words.enumerated() where !covered[index] && !StopWords.contains(word, language) && !OtherPeople.isPerson(word, language) {
            let bytes = Array(word.utf8)
            // In a sentence a real word is no slip ("het gesprek is goed verlopen" is not about verlegen).
            // An answer of a word or two names a trait, so there a near trait word is the likely reading.
            // (A sentence as typed: "de kinderen zijn bij ons heel vrolijk" is one, with or without what it says of them.)
            if folded.count >= Self.sentenceLength && bytes.count >= 5 && RealWords.contains(word, language) { continue }
            let limit = EditDistance.allowedTypos(forLength: bytes.count)
            guard limit > 0 else { continue }
            let near = typoMatches.value(for: word) { typoIndex.matches(bytes, limit: limit) }
            let context = Context(words: words, start: index, language: language)
            if context.isNegated || StopWords.marksExcess(word, before: context.after, language) { continue }
            for (position, distance) in near {
                let entry = typoIndex.keys[position]
                for id in entry.ids {
                    for match in applyMarkers(context, to: LexiconMatch(lemma: id, kind: .typo, matched: word)) {
                        typos.append((distance, match))
                    }
                }
            }
        }
        guard let best = typos.map(\.distance).min() else { return .unknown }
        return Self.settle(typos.filter { $0.distance == best }.map(\.match))
    }

    /// The lemmas a text names only to deny them: "nooit slordig" denies slordigheid, "we plannen niet"
    /// planmatigheid, "niet flexibel" (listed as starheid) flexibiliteit. Exact words and listed phrases, read as
    /// `recognise` reads them; it is asked of texts `recognise` finds nothing in, and at the challenge.
    public func deniedLemmas(_ text: String) -> [Int] {
        let words = StopWords.asListed(TextFolding.words(text), language)
        var denied: [Int] = []
        var start = 0
        scan: while start < words.count {
            // "geen team dat snel opgeeft" denies "snel opgeven", as `recognise` reads the relative clause.
            if inRelativeClause(words, at: start) {
                for reading in relativeClauseReadings(words, from: start) {
                    guard let ids = exactIndex[reading.phrase] ?? aliasIndex[reading.phrase] else { continue }
                    if Context(words: words, start: start, end: start + reading.length, language: language).isNegated {
                        for id in ids where !denied.contains(id) { denied.append(id) }
                    }
                    start += reading.length
                    continue scan
                }
            }
            var length = phraseStarts.contains(words[start]) ? min(longestPhrase, words.count - start) : 1
            let phrases = Phrases(words[start..<start + length])
            while length > 0 {
                let phrase = length == 1 ? words[start] : phrases.first(length)
                if let ids = exactIndex[phrase] ?? aliasIndex[phrase] {
                    if Context(words: words, start: start, end: start + length, language: language).isNegated {
                        for id in ids where !denied.contains(id) { denied.append(id) }
                    }
                    // A listed phrase that is itself a negation ("niet flexibel") denies what follows its "niet".
                    if length == 2, StopWords.negations(language).contains(words[start]),
                       let inner = exactIndex[words[start + 1]] ?? aliasIndex[words[start + 1]] {
                        for id in inner where !denied.contains(id) { denied.append(id) }
                    }
                    break
                }
                length -= 1
            }
            start += max(length, 1)
        }
        return denied
    }

    /// Bytes that end a clause in typed text.
    private static let clausePunctuation: Set<UInt8> = Set(".,;:!?\n".utf8)

    /// Whether typed words, read as listed phrases are written, are a phrase of the index.
    func isListedPhrase(_ words: [String]) -> Bool {
        let phrase = StopWords.asListed(words, language).joined(separator: " ")
        return exactIndex[phrase] != nil || aliasIndex[phrase] != nil
    }

    /// Words the index does not hold as typed but does as a compound written together (`los laten`,
    /// `service-gericht`) or by regular word formation (`creatief` -> `creativiteit`).
    private func formedMatches(_ words: [String]) -> [LexiconMatch] {
        var matches: [LexiconMatch] = []
        func lookUp(_ key: String, typed: String, at index: Int) {
            for id in exactIndex[key] ?? aliasIndex[key] ?? [] {
                matches += applyMarkers(Context(words: words, start: index, language: language),
                                             to: LexiconMatch(lemma: id, kind: .form, matched: typed))
            }
        }
        if words.count > 1 { lookUp(words.joined(), typed: words.joined(separator: " "), at: 0) }
        for index in words.indices.dropLast() where matches.isEmpty {
            lookUp(words[index] + words[index + 1], typed: words[index] + " " + words[index + 1], at: index)
        }
        guard matches.isEmpty else { return matches }
        // "overbezorgd", "hypercritical": over- or hyper- and a quality's word is that quality's too-much, as
        // "te veel X" is.
        for (index, word) in words.enumerated() {
            guard let prefix = StopWords.joinedExcessPrefixes.first(where: { word.hasPrefix($0) }),
                  word.utf8.count >= prefix.utf8.count + 4 else { continue }
            let rest = String(word.dropFirst(prefix.count))
            let context = Context(words: words, start: index, language: language)
            if context.isNegated { continue }
            for id in exactIndex[rest] ?? aliasIndex[rest] ?? [] where lemmas[id].polarity == .quality {
                matches += excess[id].map { LexiconMatch(lemma: $0, kind: .excess(of: id), matched: word) }
            }
        }
        guard matches.isEmpty else { return matches }
        for (index, word) in words.enumerated() where !StopWords.contains(word, language) && word.count >= 4 && !OtherPeople.isPerson(word, language) {
            let context = Context(words: words, start: index, language: language)
            if context.isNegated || StopWords.marksExcess(word, before: context.after, language) { continue }
            // An adverb's adjective is often a synonym ("quickly" is quick, of speed): those are looked up too.
            let adverb = language == .en && word.hasSuffix("ly")
            for candidate in Derivation.candidates(word, language) {
                if let ids = exactIndex[candidate] ?? (adverb ? aliasIndex[candidate] : nil) {
                    matches += ids.flatMap { applyMarkers(context, to: LexiconMatch(lemma: $0, kind: .form, matched: word)) }
                    break
                }
            }
        }
        return matches
    }

    /// The fewest words of a sentence, in which real words are never read as slips.
    static let sentenceLength = 3

    /// The phrases a run of words begins, as the first so many words joined by spaces: all prefixes of one
    /// string of bytes, so trying each length costs a copy, not a join (`joined` on a slice of strings
    /// took 3,400 instructions).
    struct Phrases {
        private let words: ArraySlice<String>
        private var bytes: [UInt8] = []
        /// Where each word ends in `bytes`.
        private var ends: [Int] = []

        init(_ words: ArraySlice<String>) {
            self.words = words
            guard words.count > 1 else { return }
            for word in words {
                if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
                bytes.append(contentsOf: word.utf8)
                ends.append(bytes.count)
            }
        }

        /// The first `count` words, joined by spaces.
        func first(_ count: Int) -> String {
            count == 1 ? words[words.startIndex] : String(decoding: bytes[..<ends[count - 1]], as: UTF8.self)
        }
    }

    /// Clause readings by the words they cover, most first; of equal cover, in the order made.
    static func longestFirst(_ readings: [ClauseReading]) -> [ClauseReading] {
        readings.enumerated().sorted { ($0.element.length, -$0.offset) > ($1.element.length, -$1.offset) }.map(\.element)
    }

    /// One match per lemma; one lemma is an answer, several are a question.
    private static func settle(_ matches: [LexiconMatch]) -> Recognition {
        var distinct: [LexiconMatch] = []
        for match in matches where !distinct.contains(where: { $0.lemma == match.lemma }) {
            distinct.append(match)
        }
        return distinct.count == 1 ? .one(distinct[0]) : .ambiguous(distinct)
    }

    /// "te veel klantgericht" means the excess of klantgerichtheid: its pitfall(s). And "gezonde twijfel",
    /// "healthy scepticism": a distortion called healthy is the strength it overdoes, as Ofman reads it.
    func applyMarkers(_ context: Context, to match: LexiconMatch) -> [LexiconMatch] {
        let id = match.lemma
        if lemmas[id].polarity == .distortion {
            guard let last = context.before.last, StopWords.healthy(language).contains(last), !excessOf[id].isEmpty else { return [match] }
            return excessOf[id].map { LexiconMatch(lemma: $0, kind: .synonym, matched: last + " " + match.matched) }
        }
        guard context.hasExcessMarker, !excess[id].isEmpty else { return [match] }
        return excess[id].map { LexiconMatch(lemma: $0, kind: .excess(of: id), matched: match.matched) }
    }

    /// The words around a match, which can negate it or turn it into its excess.
    struct Context {
        var before: [String]
        /// The two words after the match, or fewer at the end.
        var following: ArraySlice<String>
        var language: Language
        /// The match stands in a relative clause about something said not to be: "geen team dat snel opgeeft",
        /// "not a team that gives up".
        var inDeniedClause = false

        /// The match is `words[start..<end]`.
        init(words: [String], start: Int, end: Int? = nil, language: Language) {
            before = Array(words[max(0, start - 2)..<start])
            let negations = StopWords.negations(language)
            for pronoun in min(start, max(2, start - 3))..<start where StopWords.relativePronouns(language).contains(words[pronoun]) {
                // "geen team dat", "not a team that": the negation before the noun, or before its article.
                if negations.contains(words[pronoun - 2]) || pronoun >= 3 && negations.contains(words[pronoun - 3])
                    && StopWords.articles(language).contains(words[pronoun - 2]) {
                    inDeniedClause = true
                }
            }
            // "we zijn niet zo goed in nee zeggen", "we're not very good at saying no": what they are not good at.
            if start >= 3, StopWords.skillPrepositions(language).contains(words[start - 1]), StopWords.goodWords(language).contains(words[start - 2]),
               negations.contains(words[start - 3]) || start >= 4 && negations.contains(words[start - 4]) {
                inDeniedClause = true
            }
            // "we fixen alles zelf ipv dat we uitleggen hoe het zit", "instead of explaining": what the team does
            // instead of; only a few words back, so the clause after it is read again.
            let back = words[max(0, start - 6)..<start]
            if back.indices.contains(where: { StopWords.opensInstead(back, at: $0, language) }) {
                inDeniedClause = true
            }
            var end = min(end ?? start + 1, words.count)
            // "we luisteren soms te lang": an adverb between the word and what is said of it.
            if language == .nl, end + 1 < words.count, StopWords.clauseAdverbs.contains(words[end]) { end += 1 }
            following = words[end..<min(end + 2, words.count)]
            self.language = language
        }

        /// The word just after the match, if any.
        var after: String? { following.first }

        /// "niet flexibel", "gebrek aan structuur", "not very flexible", and in Dutch "we delegeren niet":
        /// the word is said to be missing, so it is not what the person means.
        var isNegated: Bool { isNegatedBefore || isNegatedAfter }

        /// Denied by what comes before the word: "niet flexibel", "gebrek aan structuur", "not a team that …".
        var isNegatedBefore: Bool {
            guard let last = before.last else { return false }
            if inDeniedClause { return true }
            if StopWords.negations(language).contains(last) { return true }
            guard before.count == 2 else { return false }
            return StopWords.negatingPairs(language).contains(before.joined(separator: " "))
                || (StopWords.negations(language).contains(before[0]) && StopWords.degreeWords(language).contains(last))
        }

        /// Denied by a Dutch negation after the verb of a main clause: "we delegeren niet".
        var isNegatedAfter: Bool {
            guard let last = before.last, let after, StopWords.subjects(language).contains(last) else { return false }
            let negations = StopWords.trailingNegations(language)
            if negations.contains(after) { return true }
            // "we beslissen te laat", "we step in too late": done too late is not done.
            if following.count == 2, StopWords.trailingNegatingPairs(language).contains(following.joined(separator: " ")) { return true }
            // "we luisteren soms niet": a word such as soms or vaak may come between.
            return following.count == 2 && StopWords.beforeTrailingNegation(language).contains(after)
                && negations.contains(following[following.endIndex - 1])
        }

        var hasExcessMarker: Bool {
            // "we're so flexible that nobody knows where they stand": so much that it goes wrong.
            if let last = before.last, let after, StopWords.soThat(language).so == last, StopWords.soThat(language).that == after { return true }
            // "caring too much", "we helpen te veel": the marker after the word.
            if let after, StopWords.trailingExcessMarkers(language).contains(after) { return true }
            if following.count == 2, StopWords.trailingExcessMarkers(language).contains(following.joined(separator: " ")) { return true }
            // Most answers are one word, with nothing before it to join and compare.
            guard !before.isEmpty else { return false }
            let pair = before.joined(separator: " ")
            return StopWords.excessMarkers(language).contains { marker in
                pair == marker || pair.hasSuffix(" " + marker) || before.last == marker
            }
        }
    }
}

/// What a team says beside its answers: a question about the question, a doubt about a word, the corner to
/// start from, a bare yes or no, a shrug; and the explanations that answer them.
extension Engine {
    /// The help for `stage`: its explanation, with the team's words and the words that would fit its corner,
    /// and the commands.
    func help(_ stage: Stage, in session: Session) -> String {
        let examples = stage.corner.map { suggestions(for: $0, in: session) } ?? []
        return phrasebook(session.language, audience: session.audience).help(stage, known: session.spokenWords, examples: examples)
    }

    /// The answer to a question about a stage ("wat bedoel je met uitdaging?"): its explanation alone.
    func explain(_ stage: Stage, in session: Session) -> String {
        guard let corner = stage.corner else { return help(stage, in: session) }
        var examples = suggestions(for: corner, in: session)
        // "why is rigidity a pitfall?": a word of the team's that fits there is the first example.
        var others = lemmaIDs(session)
        if let own = others[corner], let word = session.spokenWords[corner] {
            others[corner] = nil
            if fits(own, corner: corner, known: others, lexicon: lexicon(session)) == nil {
                examples = [word] + examples.filter { $0 != word }
            }
        }
        return phrasebook(session.language, audience: session.audience).explanation(of: corner, known: session.spokenWords, examples: examples)
    }

    /// The stage of the corner a question names ("whats the allergy again?"), to explain that one.
    func askedAbout(_ key: String, _ book: any Phrasebook) -> Stage? {
        cornerNamed(in: key, book).map(Stage.init)
    }

    /// The first corner a folded answer names ("valkuil", "allergy"). Only words as long as a corner's name
    /// are looked up, so most answers make no string at all. A name that is the first part of another
    /// thing's ("the people in quality control", "kwaliteit van zorg") names no corner.
    func cornerNamed(in key: String, _ book: any Phrasebook) -> Corner? {
        let bytes = key.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.endIndex
            let next = end == bytes.endIndex ? end : bytes.index(after: end)
            if Self.cornerNameLengths.contains(bytes.distance(from: start, to: end)),
               let corner = book.corner(named: String(Substring(bytes[start..<end]))) {
                let following = bytes[next...].prefix { $0 != UInt8(ascii: " ") }
                if !Self.thingsNamedAfterCorners.contains(String(Substring(following))) { return corner }
            }
            start = next
        }
        return nil
    }

    /// Words after a corner's name that make it part of another thing's name: "quality control", "quality
    /// time", "kwaliteit van zorg".
    static let thingsNamedAfterCorners: Set<String> = [
        "control", "assurance", "check", "checks", "team", "department", "manager", "managers", "standards", "time", "of",
        "issues", "van", "afdeling", "medewerker", "medewerkers", "zorg",
    ]

    /// The lengths of the corners' names in both languages, "quality" to "kernkwaliteit".
    static let cornerNameLengths = 7...13

    /// The first word of a folded key.
    func firstWord(of key: String) -> String { firstWords(1, of: key) }

    /// The first `count` words of a folded key (all of it when it has fewer).
    func firstWords(_ count: Int, of key: String) -> String {
        var spaces = 0
        let end = key.utf8.firstIndex { byte in
            if byte == UInt8(ascii: " ") { spaces += 1 }
            return spaces == count
        } ?? key.utf8.endIndex
        return String(key[..<end])
    }

    /// "ja hoor", "nee eigenlijk niet", "yes we do": a short answer that opens with a yes or a no (and names
    /// no trait: the caller asks only then) is no word for a corner. ("niet zo betrokken" opens with a
    /// negation, not a no.)
    func isBareYesOrNo(_ key: String, book: any Phrasebook) -> Bool {
        let first = firstWord(of: key)
        guard !book.negationsAsNo.contains(first), key.utf8.count(where: { $0 == UInt8(ascii: " ") }) < Agreement.longest else { return false }
        if book.yesWords.contains(first) || book.noWords.contains(first) || Self.shrugs.contains(first) { return true }
        // A drawn-out yes or no ("jaaa", "neee") is a short word with a doubled letter.
        guard first.utf8.count <= 6, zip(first.utf8, first.utf8.dropFirst()).contains(where: { $0 == $1 }) else { return false }
        let opening = Agreement(folded: first, book)
        return opening == .yes || opening == .no
    }

    /// Whether the answer opens as a question about the question does ("hoe bedoel je dat", "can you explain").
    func asksAboutQuestion(_ key: String, _ book: any Phrasebook) -> Bool {
        guard key.utf8.contains(UInt8(ascii: " ")) else { return false }
        return book.questionOpenings.contains(firstWords(2, of: key)) || book.questionOpenings.contains(key)
    }

    /// A question that doubts a word rather than gives one: "why flexibility and not kindness?", "is apathy
    /// really a pitfall?", "waarom geduld?". A question that prefers a word ("isn't it more patience?") gives it.
    func doubts(_ text: String, key: String, _ book: any Phrasebook, preferring: Bool = false) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "?")), key.utf8.contains(UInt8(ascii: " ")) else { return false }
        // "hmm, is that really a pitfall?", "why is rigidity a pitfall? we have to follow the rules".
        let words = key.split(separator: " ").map(String.init).drop { Self.shrugs.contains($0) }
        guard let first = words.first, book.doubtOpenings.contains(first),
              preferring || !words.contains(where: book.preferenceWords.contains) else { return false }
        return book.doubtWords.contains(first) || words.dropFirst().contains(where: book.doubtWords.contains)
    }

    /// The corner a first answer chooses to start from, and the answer given with it, if any: "we beginnen
    /// bij de valkuil" (none), "our allergy is arrogance" ("arrogance"), "valkuil: we zijn te perfectionistisch".
    /// The corner's name must come before any word of the answer: "we zijn geduldig, onze valkuil is
    /// traagheid" answers the question asked.
    func startChosen(_ text: String, key: String, book: any Phrasebook) -> (Corner, String?)? {
        guard let corner = cornerNamed(in: key, book) else { return nil }
        let tokens = text.split(separator: " ")
        guard let at = tokens.firstIndex(where: { book.corner(named: TextFolding.key(String($0))) == corner }),
              tokens[..<at].allSatisfy({ book.startWords.contains(TextFolding.key(String($0))) }) else { return nil }
        let rest = tokens[(at + 1)...].drop { Self.linkingWords.contains(TextFolding.key(String($0))) }
        guard !rest.allSatisfy({ book.startWords.contains(TextFolding.key(String($0))) }) else { return (corner, nil) }
        return (corner, rest.joined(separator: " "))
    }

    /// What a first answer says the team cannot stand, when it says so ("what drives us mad is sloppiness",
    /// "waar we niet tegen kunnen: mensen die te laat komen"): the words after, possibly none. Only
    /// `allergyLeads` may come before ("honestly, what …"), or the team's workplace: "we're patient, even when
    /// customers annoy us" answers the question asked.
    func allergyVoiced(_ key: String, _ book: any Phrasebook) -> String? {
        // "waar we echt niet tegen kunnen": an intensifier inside the opening changes nothing.
        let words = TextFolding.keyWords(key).filter { !book.allergyIntensifiers.contains($0) }
        // Most first answers hold no word of such an opening: they are passed over at once.
        guard words.contains(where: book.allergySignals.contains) else { return nil }
        for phrase in book.allergyOpenings {
            guard let at = TextFolding.firstIndex(of: phrase, in: words) else { continue }
            let before = words[..<at].drop(while: book.allergyLeads.contains)
            // "we work in a call centre. what drives us mad is rigidity": a workplace may come first.
            if before.isEmpty || Audience.namesTrade(in: before.joined(separator: " "), book.language) {
                return words[(at + phrase.count)...].drop(while: book.allergyLinks.contains).joined(separator: " ")
            }
            // "lazy colleagues drive us mad": the allergy before the opening, which ends the answer; not
            // when the team speaks of itself ("we're patient, even when customers annoy us").
            if at + phrase.count == words.count, !before.contains(where: book.teamOpeners.contains) {
                return before.joined(separator: " ")
            }
        }
        return nil
    }

    /// Words between a corner's name and the answer given with it: "onze valkuil is dat …", "the allergy is …".
    static let linkingWords: Set<String> = ["is", "zijn", "dat", "are", "would", "be", "eerst", "first", "then", "dan"]

    /// What to say to chat that holds no word for a corner ("haha ok", "lol", "thanks, that was useful",
    /// "cheers"), or nil for anything else. Laughs and thanks come first; praise only after thanks.
    func chatter(_ key: String, _ book: any Phrasebook) -> String? {
        guard book.chatShapes.contains(TextFolding.firstWordShape(key)) else { return nil }
        let first = firstWord(of: key)
        guard book.chatWords.contains(first) || book.thanksOpeners.contains(first) else { return nil }
        let words = TextFolding.keyWords(key)
        guard words.count <= 8 else { return nil }
        if words.allSatisfy({ book.chatWords.contains($0) || book.thanksOpeners.contains($0) }) {
            return words.contains(where: book.thanksOpeners.contains) ? book.gladToHelp() : book.takeYourTime()
        }
        guard book.thanksOpeners.contains(first),
              words.allSatisfy({ book.chatWords.contains($0) || book.thanksOpeners.contains($0) || book.praiseWords.contains($0) }) else { return nil }
        return book.gladToHelp()
    }

    /// The corner a first answer speaks to when it is not the quality asked: the challenge when it says what
    /// the team needs ("we moeten duidelijker zijn"), the pitfall when it names one ("we zijn te bemoeizuchtig").
    func cornerOfFirstAnswer(_ interpretation: Interpretation, key: String, book: any Phrasebook) -> Corner? {
        let distortion: Bool
        if case .misfit(_, let misfit) = interpretation { distortion = misfit.wrongPolarity } else { distortion = false }
        // ("we're missing deadlines" names a pitfall: a lack counts only for a strength.)
        if interpretation.fits && wishes(key, book) || distortion && wishes(key, book, countingLack: false) { return .challenge }
        return distortion ? .pitfall : nil
    }

    /// Whether an answer says what the team needs rather than what it is: it opens with "meer" / "more" ("more
    /// thinking it through"), or holds a word of need and "meer" / "more" or a comparative ("we hebben meer
    /// grenzen nodig", "we moeten duidelijker zijn", "we need to be clearer"), or says something lacks ("what we
    /// lack is structure"; not `countingLack`, for a pitfall: "we're missing deadlines"). `loosely`, where the pitfall is
    /// asked and a quality came: "meer" anywhere, or a comparative first ("zakelijker, gesprekken sneller
    /// afronden", "klant meer zelf laten doen").
    func wishes(_ key: String, _ book: any Phrasebook, loosely: Bool = false, countingLack: Bool = true) -> Bool {
        let words = TextFolding.keyWords(key)
        // "geduldiger dan nodig", "more helpful than we should be": more than needed is too much, no need.
        if let than = words.firstIndex(where: book.comparisonWords.contains), words[(than + 1)...].contains(where: book.needWords.contains)
            || words[(than + 1)...].contains("should") || words[(than + 1)...].contains("necessary") { return false }
        let (more, need) = (book.moreWords, book.needWords)
        if let first = words.first, more.contains(first) { return true }
        if loosely, let first = words.first {
            if first.utf8.count >= 6 && first.hasSuffix("er") || words.contains(where: more.contains) { return true }
        }
        guard let needed = words.firstIndex(where: need.contains) else { return false }
        // "what we lack is a bit of structure", "wat ontbreekt is rust": a lack is a need of its own.
        if book.lackWords.contains(words[needed]) { return countingLack }
        return words.contains { more.contains($0) || $0.utf8.count >= 6 && $0.hasSuffix("er") }
    }

    /// Whether a strength typed while the pitfall or the quality is asked is the challenge, named before its
    /// turn: a listed positive opposite of some too-much of the quality ("flexibel | duidelijkheid"), or of the
    /// pitfall already named ("we're too blunt | we need to be more tactful").
    func namesChallengeEarly(_ lemma: Int, at corner: Corner, in session: Session) -> Bool {
        guard session.answers[.challenge] == nil else { return false }
        let known = lemmaIDs(session), lexicon = lexicon(session)
        switch corner {
        case .pitfall:
            guard let quality = known.quality else { return false }
            return lexicon.fitsAsChallenge(lemma, ofQuality: quality)
        case .quality:
            guard let pitfall = known.pitfall, lexicon.lemmas[lemma].polarity == .quality else { return false }
            return lexicon.holds(.positiveOpposite, from: pitfall, to: lemma)
        case .challenge, .allergy:
            return false
        }
    }

    /// Whether an answer opens as a team taking its time ("momentje", "hmm even denken", "good question").
    func isPause(_ key: String, _ book: any Phrasebook) -> Bool {
        if let first = key.utf8.first, book.pauseFirstBytes.contains(first),
           book.pauseOpenings.contains(firstWord(of: key)) || book.pauseOpenings.contains(firstWords(2, of: key)) {
            return true
        }
        // After a shrug: "hmm even denken".
        guard Self.shrugs.contains(firstWord(of: key)), let space = key.firstIndex(of: " ") else { return false }
        return isPause(String(key[key.index(after: space)...]), book)
    }

    /// The words after "maar" / "but" when a negation comes before it: "niet zo snel, maar wel heel grondig",
    /// "not the fastest but really thorough". Nil when there is no such contrast.
    func afterDeniedContrast(_ key: String, _ book: any Phrasebook) -> String? {
        guard TextFolding.holdsWord(key, book.contrastWord) else { return nil }
        let words = TextFolding.keyWords(key)
        guard let but = words.firstIndex(where: { $0 == book.contrastWord }), but > 0, but + 1 < words.count,
              words[..<but].contains(where: StopWords.negations(book.language).contains) else { return nil }
        return words[(but + 1)...].joined(separator: " ")
    }

    /// The words after a correction inside an answer ("controlling? no wait, more like inflexible", "streng, nee
    /// wacht, eerder consequent"); not when the answer opens with it, which corrects an earlier corner.
    func afterSelfCorrection(_ key: String, _ book: any Phrasebook) -> String? {
        guard TextFolding.holdsWord(key, book.selfCorrections.signal) else { return nil }
        let words = TextFolding.keyWords(key)
        for phrase in book.selfCorrections.phrases {
            // Not first, and with words after it.
            guard let at = TextFolding.firstIndex(of: phrase, in: words, from: 1), at + phrase.count < words.count else { continue }
            return words[(at + phrase.count)...].joined(separator: " ")
        }
        return nil
    }

    /// How a short answer that only agrees does so: in words ("fair enough", "ha fair enough", "lol true", "klopt
    /// haha"), or with nothing but a yes and laughs ("haha ja", "yeah lol"); nil for anything else.
    enum AgreementKind { case words, bare }

    func agreement(_ key: String, _ book: any Phrasebook) -> AgreementKind? {
        // Most answers open with no word of agreement or chat: passed over by the first word's shape.
        guard book.agreementShapes.contains(TextFolding.firstWordShape(key)) else { return nil }
        if book.agreementPhrases.contains(key) { return .words }
        guard key.utf8.count(where: { $0 == UInt8(ascii: " ") }) < 5 else { return nil }
        let words = TextFolding.keyWords(key)
        func filler(_ word: String) -> Bool {
            (book.chatWords.contains(word) || book.yesWords.contains(word)) && !book.agreementPhrases.contains(word)
        }
        let core = words.drop(while: filler).reversed().drop(while: filler).reversed()
        guard core.count < words.count else { return nil }
        if core.isEmpty { return .bare }
        return book.agreementPhrases.contains(core.joined(separator: " ")) ? .words : nil
    }

    /// The words after a first clause of agreement alone ("ok fair, we're also a bit smothering", "klopt. we
    /// zijn ook wat bazig"), when at least two follow; nil for any other answer.
    func afterAgreement(_ text: String, key: String, _ book: any Phrasebook) -> String? {
        // Most answers open with no word of agreement or chat: passed over by the first word's shape.
        guard book.agreementShapes.contains(TextFolding.firstWordShape(key)),
              let end = text.utf8.firstIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: ";") })
        else { return nil }
        let opening = TextFolding.key(String(text[..<end]))
        guard !opening.isEmpty, agreement(opening, book) != nil else { return nil }
        let rest = text[text.index(after: end)...].drop { $0 == " " || $0 == "," || $0 == "." || $0 == "!" }
        return rest.split(separator: " ").count >= 2 ? String(rest) : nil
    }

    /// The words after an answer's opening that says the team is stuck ("we kunnen niet kiezen", "we can't
    /// decide tbh, half the team says pushover"), possibly none; nil for any other answer. The opening is the
    /// whole answer or its first words, two or more.
    func afterStuck(_ key: String, _ book: any Phrasebook) -> String? {
        // Most answers are longer than any such phrase, or open with no word of one: told apart without hashing.
        guard key.utf8.count < 120, book.notSureShapes.contains(TextFolding.firstWordShape(key)) else { return nil }
        if key.utf8.count < 48, book.notSureWords.contains(key) { return "" }
        guard book.stuckOpeners.contains(firstWords(2, of: key)) else { return nil }
        let words = TextFolding.keyWords(key)
        for length in stride(from: min(6, words.count - 1), through: 2, by: -1)
        where book.notSureWords.contains(words[..<length].joined(separator: " ")) {
            return words[length...].joined(separator: " ")
        }
        return nil
    }

    /// Sounds that open an answer without a word in it ("tja, soms", "hmm").
    static let shrugs: Set<String> = ["tja", "hmm", "hm", "pff", "uhm", "ehm", "eh", "um", "erm", "meh", "mwah", "mwa", "mja"]

    /// The words after "ja, maar (eerder)" / "yes, but (rather)", when an answer opens so and goes on; a word
    /// may stand between ("yes rigidity, but more like stubbornness").
    func afterYesBut(_ key: String, _ book: any Phrasebook) -> String? {
        // Most answers open otherwise, and are passed over with one short lookup.
        guard key.utf8.count > 6, book.yesWords.contains(firstWord(of: key)) else { return nil }
        let words = key.split(separator: " ").map(String.init)
        guard words.count >= 3, let but = words.prefix(4).dropFirst().firstIndex(where: book.butWords.contains) else { return nil }
        let rest = words[(but + 1)...].drop { book.preferenceWords.contains($0) || Self.likeWords.contains($0) }
        return rest.isEmpty ? nil : rest.joined(separator: " ")
    }

    /// "more like X", "meer zoiets als X": the words of a comparison before the word preferred.
    private static let likeWords: Set<String> = ["like", "zoiets", "als", "zoals"]
}

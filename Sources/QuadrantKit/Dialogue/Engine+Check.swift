/// The check: whether the quadrant feels round, and what an answer to it changes.
extension Engine {
    /// The corner to revisit when an arrow does not hold: the one it points to.
    func corner(toRevise broken: ArrowCheck) -> Corner {
        switch broken.finding {
        // The word of the wrong kind, or the one quadrant does not know, is the one to change.
        case .wrongPolarity(_, let corner): return corner
        case .unknownWord(let word) where broken.from == word && broken.to != word: return broken.arrow.from
        default: return broken.arrow.to
        }
    }

    /// Whether the check's question is whether to change a corner ("Willen jullie de valkuil aanpassen?"), so
    /// that a yes changes it; the other questions ("Klopt dat?", "Voelt het rond?") a yes confirms.
    func asksToChange(_ check: QuadrantCheck) -> Bool {
        guard let broken = check.firstBroken else { return false }
        return broken.finding.verdict != .unknown
    }

    /// "Is it round?": yes moves on to reflection, no reopens the corner that does not close.
    func respondToCheck(_ text: String, in session: inout Session) -> [Output] {
        let book = phrasebook(session.language)
        let check = quadrantCheck(session)
        let key = TextFolding.key(text)
        // A button's label is that button (most answers here are).
        let labelled = CheckReply.isLabel(key, language: session.language)
        // "nee wacht, de valkuil moet pleasegedrag zijn", "change the pitfall to slowness": the corner named
        // takes the word, the others stay, and the quadrant is checked again.
        if !labelled, let (named, word) = namedCorrection(text, key: key, in: session, book: book) {
            return replace(named, with: word, in: &session)
        }
        let stuck = afterStuck(key, book) != nil
        if !labelled, !stuck, let outputs = takeNewWord(text, key: key, in: &session, book: book) {
            return outputs
        }
        // "hmm, actually we're more patient than caring": the word compared away from gives its corner.
        if !labelled, let (compared, word) = comparedAway(text, key: key, in: session, book: book) {
            return replace(compared, with: word, in: &session)
        }
        let target = check.firstBroken.map(corner(toRevise:)) ?? .allergy
        // "ja, al is het eigenlijk meer dat zo iemand te slap is", "no, rather softness": a word the team
        // prefers is taken for the corner the check would change, whatever the yes or no around it; a strength
        // ("ja maar eerder slagvaardigheid") for the strength it fits best.
        if !labelled, let (corner, word) = preferredWord(key, for: target, in: session, book: book) {
            if corner != target {
                return replace(corner, with: word, in: &session)
            }
            reopen(target, in: &session)
            return answer(word, for: target, in: &session)
        }
        // "is dat echt een allergie? het is meer ergernis": a doubt about a corner gets that corner explained,
        // and the check is asked again.
        if !labelled, doubts(text, key: key, book, preferring: true) || asksAboutQuestion(key, book), let named = cornerNamed(in: key, book) {
            return [.reply(prompt(session, preface: explain(Stage(named), in: session)))]
        }
        // "we can't decide": the check asked again.
        if !labelled, stuck {
            return [.reply(prompt(session, preface: check.closed ? book.askYesOrNo() : book.askReviseOrKeep()))]
        }
        switch CheckReply(folded: key, language: session.language, asksToChange: asksToChange(check)) {
        case .revise:
            reopen(target, in: &session)
            return [.reply(prompt(session, preface: book.revising(target)))]
        case .confirm:
            remember(&session)
            session.stage = .reflect
            return [.reply(prompt(session, preface: book.confirmed()))]
        case .other:
            break
        }
        if let broken = check.firstBroken, broken.finding.verdict == .mismatch, text.utf8.count(where: { $0 == UInt8(ascii: " ") }) < Self.newWordLength,
           lexicon(session).recognise(text) != .unknown {
            // "Willen jullie de uitdaging aanpassen?" answered with a new word: take it for that corner. (A
            // longer sentence that merely holds a trait word is no such answer: "set a soft time limit".)
            let corner = corner(toRevise: broken)
            reopen(corner, in: &session)
            return answer(text, for: corner, in: &session)
        }
        return [.reply(prompt(session, preface: check.closed ? book.askYesOrNo() : book.askReviseOrKeep()))]
    }

    /// The one new word an answer to the check (folded, `key`) names after a word of preference ("eigenlijk",
    /// "eerder", "rather"), of "meer X dan Y" X, and the corner it is for: `target` when it is of that kind,
    /// else the corner of its kind where the quadrant holds best with it.
    func preferredWord(_ key: String, for target: Corner, in session: Session, book: any Phrasebook) -> (Corner, String)? {
        // A preference comes with its word: one word alone ("ja") is none.
        guard key.utf8.contains(UInt8(ascii: " ")) else { return nil }
        let words = key.split(separator: " ").map(String.init)
        guard let marker = words.firstIndex(where: book.preferenceWords.contains) else { return nil }
        let after = beforeComparison(words[(marker + 1)...], book)
        // "precise rather than thorough": the word may come before the marker, after a "ja maar" that is no trait.
        let before = words[..<marker].drop { book.yesWords.contains($0) || book.noWords.contains($0) || book.butWords.contains($0) }
        for part in [after, before] {
            let named = newWords(in: part.joined(separator: " "), other: session.quadrantWords.all.compactMap { $0 }, session: session)
            guard named.count == 1, let lemma = lexicon(session).lemma(named: named[0]) else { continue }
            if lemma.polarity == target.polarity { return (target, lemma.word) }
            return (bestCorner(for: lemma.id, in: session), lemma.word)
        }
        return nil
    }

    /// The words up to a comparison's "dan" / "than": of "meer X dan Y", X.
    func beforeComparison(_ words: ArraySlice<String>, _ book: any Phrasebook) -> ArraySlice<String> {
        words.firstIndex(where: book.comparisonWords.contains).map { words[..<$0] } ?? words
    }

    /// The corner of `lemma`'s kind where the quadrant has the most arrows holding with it in place.
    func bestCorner(for lemma: Int, in session: Session) -> Corner {
        let lexicon = lexicon(session)
        let corners = Corner.allCases.filter { $0.polarity == lexicon.lemmas[lemma].polarity }
        func holding(_ corner: Corner) -> Int {
            var words = session.quadrantWords.map { $0 ?? "" }
            var ids = lemmaIDs(session)
            words[corner] = lexicon.lemmas[lemma].word
            ids[corner] = lemma
            return lexicon.check(words: words, lemmas: ids).arrows.filter { $0.finding == .holds }.count
        }
        // On a tie the later corner: a word someone else says at the check is more often the allergy.
        let scored = corners.reversed().map { (corner: $0, holding: holding($0)) }
        return scored.reduce(scored[0]) { $1.holding > $0.holding ? $1 : $0 }.corner
    }

    /// An answer to the check that names one new word: "no, selfishness", "hmm twijfel, Lisa zegt egoisme" put it
    /// in the corner of its kind where the quadrant holds best with it, and the quadrant is checked again; after a
    /// yes with "but", "also" or someone saying it ("ja, maar Lisa zegt egoïsme") the team chooses between the two,
    /// every corner kept. Praise, thanks and agreement name no word ("spot on", "yes that's exactly it"), nor does
    /// a yes with a feeling ("ja, al twijfelen we nog een beetje"), nor, without a yes, a word among others
    /// ("mostly yes, although chaos feels a bit strong"). The team's own preference ("nee, eerder
    /// onverschilligheid") is left to `preferredWord`; someone else's is taken here. Nil when no word is taken.
    func takeNewWord(_ text: String, key: String, in session: inout Session, book: any Phrasebook) -> [Output]? {
        guard key.utf8.count(where: { $0 == UInt8(ascii: " ") }) < 2 * Self.newWordLength, !book.yesWords.contains(key),
              chatter(key, book) == nil, agreement(key, book) == nil else { return nil }
        let words = TextFolding.keyWords(key)
        guard !words.isEmpty, !words.contains(where: book.preferenceWords.contains) || words.contains(where: Self.speechWords.contains),
              let lemma = newWord(in: withoutAgreement(text, book), session: session) else { return nil }
        let corner = bestCorner(for: lemma.id, in: session)
        let marked = words.contains(where: book.alternativeMarkers.contains)
        if Agreement(folded: words[0], book) == .yes {
            remember(&session)
            guard let current = session.answers[corner]?.lemma, marked else {
                session.stage = .reflect
                return [.reply(prompt(session, preface: book.confirmed()))]
            }
            session.stage = Stage(corner)
            session.pending = .choose(candidates: [current, lemma.word], original: text)
            return [.reply(prompt(session))]
        }
        guard words.count <= 2 || book.noWords.contains(words[0]) || book.correctionOpenings.contains(words[0]) || marked else { return nil }
        return replace(corner, with: lemma.word, in: &session)
    }

    /// The one word an answer to the check names that the quadrant does not have yet, if it names one.
    /// ("twijfel" in "hmm twijfel, Lisa zegt egoisme" is a doubt, not besluiteloosheid: when the whole answer
    /// names more than one, the clause after its last comma counts.)
    func newWord(in text: String, session: Session) -> Lemma? {
        let known = session.quadrantWords.all.compactMap { $0 }
        // ("no, selfishness" names selfishness: the no answers the check.)
        let text = afterCorrectionOpening(text, phrasebook(session.language))
        var named = newWords(in: text, other: known, session: session)
        if named.count > 1, let lastClause = text.split(separator: ",").last { named = newWords(in: String(lastClause), other: known, session: session) }
        return named.count == 1 ? lexicon(session).lemma(named: named[0]) : nil
    }

    /// Words that say someone else said or thinks it: "Ahmed vindt het eerder kilheid", "Priya says selfishness".
    static let speechWords: Set<String> = ["zegt", "zei", "zeggen", "vindt", "vinden", "says", "said", "say", "thinks", "reckons"]

    /// `text` without words of agreement, praise and chat ("yes that's exactly it", "spot on, rudeness"); the
    /// punctuation of the words left stays ("no, selfishness").
    func withoutAgreement(_ text: String, _ book: any Phrasebook) -> String {
        var tokens = text.split(separator: " ").map(String.init)
        var keys = tokens.map { TextFolding.key($0) }
        for phrase in book.agreementPhrases where phrase.contains(" ") {
            let parts = phrase.split(separator: " ")
            while let at = TextFolding.firstIndex(of: parts, in: keys) {
                tokens.removeSubrange(at..<at + parts.count)
                keys.removeSubrange(at..<at + parts.count)
            }
        }
        func filler(_ key: String) -> Bool {
            book.agreementPhrases.contains(key) || book.yesWords.contains(key) || book.chatWords.contains(key)
                || book.thanksOpeners.contains(key) || book.praiseWords.contains(key)
        }
        return zip(tokens, keys).filter { !filler($0.1) }.map(\.0).joined(separator: " ")
    }

    /// The most words an answer to "Willen jullie de uitdaging aanpassen?" may have to be taken as a new word.
    static let newWordLength = 4
}

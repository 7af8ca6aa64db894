/// How a team corrects what it said: a word taken back ("nee, geduld"), denied ("patience not caring"), changed
/// ("change that to patience"), or a corner named with its new word ("de valkuil moet pleasegedrag zijn").
extension Engine {
    /// The corner answered just before `corner` and its new word, when an answer opens with a no (or a word and
    /// a yes: "zorgzaamheid ja") and names one word of that corner's kind, other than the word it has ("nee niet
    /// saai, meer onverschillig"), or with a yes and a but (`yesBut`, the words after it: "ja maar eerder
    /// besluiteloos" after "Ik lees: overanalyseren").
    func correction(_ text: String, key: String, yesBut: String?, before corner: Corner, in session: Session, book: any Phrasebook)
        -> (Corner, LexiconMatch)? {
        let opensWithNo = key.utf8.first.map(book.correctionFirstBytes.contains) == true && book.correctionOpenings.contains(firstWord(of: key))
        guard let index = session.order.firstIndex(of: corner), index > 0 else { return nil }
        let previous = session.order[index - 1]
        guard let answered = session.answers[previous] else { return nil }
        let lexicon = lexicon(session)
        // "patience not caring", "niet zorgzaam maar geduldig": the word before denied, another named; "can we
        // change that to patience": a change asked for. (Looked for only in answers that name a word of the
        // kind: the denial costs a second reading.)
        guard opensWithNo || yesBut != nil || wordThenYes(key, book) || changesOrDenies(answered, text: text, key: key, book: book, lexicon: lexicon)
        else { return nil }
        let corrected = opensWithNo ? afterCorrectionOpening(text, book) : text
        let named = lexicon.recognise(yesBut ?? corrected).matches.filter {
            lexicon.lemmas[$0.lemma].polarity == previous.polarity && lexicon.lemmas[$0.lemma].word != answered.lemma
        }
        return named.count == 1 ? (previous, named[0]) : nil
    }

    /// Whether an answer asks to change the word before ("can we change that to patience") or denies it
    /// ("patience not caring"). Most answers hold neither a word of change nor a negation, and are passed over.
    func changesOrDenies(_ answered: Answer, text: String, key: String, book: any Phrasebook, lexicon: Lexicon) -> Bool {
        guard key.utf8.contains(UInt8(ascii: " ")) else { return false }
        let words = TextFolding.keyWords(key)
        // ("we fix things quickly" holds a word of change, but changes nothing to something else.)
        if let change = words.firstIndex(where: book.changeWords.contains),
           words[(change + 1)...].contains(where: Self.changeTargets.contains) { return true }
        guard words.contains(where: StopWords.negations(book.language).contains),
              let id = answered.lemma.flatMap(lexicon.lemmaID(named:)) else { return false }
        return lexicon.deniedLemmas(text).contains(id)
    }

    /// Words that say what a change is to: "change that to patience", "veranderen in geduld".
    static let changeTargets: Set<String> = ["to", "into", "in", "naar", "door"]

    /// An answer after the words that open a correction: "actually no, patience is more our thing" is about
    /// patience, not its denial. A negation before the word stays ("nee, niet geduld", "no patience").
    func afterCorrectionOpening(_ text: String, _ book: any Phrasebook) -> String {
        let tokens = text.split(separator: " ")
        let negations = StopWords.negations(book.language)
        var start = 0
        while start < tokens.count - 1 {
            let word = TextFolding.key(String(tokens[start]))
            guard book.correctionOpenings.contains(word) || book.noWords.contains(word) else { break }
            // A negation counts as one only right before the word it denies ("no patience").
            let next = TextFolding.key(String(tokens[start + 1]))
            // ("no - aggressiveness": a dash is a comma.)
            if next.isEmpty { start += 2; continue }
            if negations.contains(word), !tokens[start].hasSuffix(","), !negations.contains(next), !book.correctionOpenings.contains(next) { break }
            start += 1
        }
        return tokens[start...].joined(separator: " ")
    }

    /// Whether an answer only confirms the word of the corner answered just before: a yes and that word ("ja
    /// behulpzaamheid", "geduld ja"), which would otherwise be read as the next corner's answer.
    func confirmsPrevious(_ text: String, key: String, before corner: Corner, in session: Session, book: any Phrasebook) -> Bool {
        guard key.utf8.contains(UInt8(ascii: " ")), book.yesWords.contains(firstWord(of: key)) || wordThenYes(key, book),
              let index = session.order.firstIndex(of: corner), index > 0,
              let answered = session.answers[session.order[index - 1]]?.lemma else { return false }
        let lexicon = lexicon(session)
        let named = lexicon.recognise(text).matches.map { lexicon.lemmas[$0.lemma].word }
        return !named.isEmpty && named.allSatisfy { $0 == answered }
    }

    /// The filled corner an answer names, with the one new word of its kind it gives: "de valkuil moet
    /// pleasegedrag zijn", "change the pitfall to slowness", "de kwaliteit is eigenlijk geduld, niet rust".
    func namedCorrection(_ text: String, key: String, in session: Session, book: any Phrasebook) -> (Corner, String)? {
        // The corner asked about now counts as named too ("no wait, the pitfall is actually indifference" while
        // the pitfall is coached).
        guard let corner = cornerNamed(in: key, book), session.answers[corner] != nil || Stage(corner) == session.stage else { return nil }
        let current = session.answers[corner]
        // The clause that names the corner: "actually the quality is more creativity, we come up with clever
        // solutions" names creativity, whatever the rest holds.
        let clause = text.split(separator: ",").lazy.map { TextFolding.key(String($0)) }.first { cornerNamed(in: $0, book) != nil } ?? key
        let rest = clause.split(separator: " ").map(String.init).filter { book.corner(named: $0) == nil }
        let others = current?.lemma.map { [$0] } ?? []
        let named = newWords(in: rest.joined(separator: " "), polarity: corner.polarity, other: others, session: session)
        if named.count == 1 { return (corner, named[0]) }
        // "the challenge is more pragmatism than speed": of a comparison, the first.
        guard named.count > 1 else { return nil }
        let preferred = newWords(in: beforeComparison(rest[...], book).joined(separator: " "), polarity: corner.polarity, other: others, session: session)
        return preferred.count == 1 ? (corner, preferred[0]) : nil
    }

    /// The lemmas (of `polarity`, if given) that `text` names, other than `other`, each once.
    func newWords(in text: String, polarity: Polarity? = nil, other: [String], session: Session) -> [String] {
        let lexicon = lexicon(session)
        var words: [String] = []
        for match in lexicon.recognise(text).matches {
            let lemma = lexicon.lemmas[match.lemma]
            if polarity.map({ lemma.polarity == $0 }) != false && !other.contains(lemma.word) && !words.contains(lemma.word) {
                words.append(lemma.word)
            }
        }
        return words
    }

    /// Whether an answer is a word and then a yes: "zorgzaamheid ja", "snelheid ja, we zijn snel ter plaatse".
    func wordThenYes(_ key: String, _ book: any Phrasebook) -> Bool {
        let bytes = key.utf8
        guard let space = bytes.firstIndex(of: UInt8(ascii: " ")) else { return false }
        let rest = bytes[bytes.index(after: space)...]
        let second = rest.prefix { $0 != UInt8(ascii: " ") }
        // A yes is a short word ("ja", "yes", "klopt"): longer ones are passed over without a string.
        return second.count <= 5 && book.yesWords.contains(String(Substring(second)))
    }

    /// The filled corner an answer compares its word away from, and the word it prefers: "actually we're more
    /// careful than thorough" (thoroughness the quality), "eerder geduldig dan zorgzaam".
    func comparedAway(_ text: String, key: String, in session: Session, book: any Phrasebook) -> (Corner, String)? {
        // ("we need to be more assertive than friendly" names the challenge against the quality: no correction.)
        guard let comparison = book.comparisonWords.first(where: { TextFolding.holdsWord(key, Substring($0)) }),
              !wishes(key, book) else { return nil }
        let words = TextFolding.keyWords(key)
        guard let at = words.firstIndex(of: comparison), at > 0, at + 1 < words.count else { return nil }
        let lexicon = lexicon(session)
        let after = lexicon.recognise(words[(at + 1)...].joined(separator: " ")).matches.map { lexicon.lemmas[$0.lemma].word }
        guard after.count == 1, let corner = Corner.allCases.first(where: { session.answers[$0]?.lemma == after[0] }) else { return nil }
        let named = newWords(in: words[..<at].joined(separator: " "), polarity: corner.polarity, other: [after[0]], session: session)
        return named.count == 1 ? (corner, named[0]) : nil
    }

    /// The filled corner an answer asks to go back to: "back to" / "terug naar" and the corner, or the start
    /// ("go back to the start", "terug naar het begin"), which is the walk's first corner.
    func cornerToReturnTo(_ key: String, book: any Phrasebook, session: Session) -> Corner? {
        guard TextFolding.holdsWord(key, "back") || TextFolding.holdsWord(key, "terug") else { return nil }
        let words = TextFolding.keyWords(key)
        guard let back = words.firstIndex(where: { $0 == "back" || $0 == "terug" }), back + 2 < words.count,
              ["to", "naar"].contains(words[back + 1]) else { return nil }
        let target = words[(back + 2)...].drop { StopWords.articles(book.language).contains($0) }
        if let first = target.first, Self.startWords.contains(first) { return session.order.first { session.answers[$0] != nil } }
        let corner = cornerNamed(in: target.joined(separator: " "), book)
        return corner.flatMap { session.answers[$0] != nil ? $0 : nil }
    }

    private static let startWords: Set<String> = ["start", "beginning", "begin", "first"]

    /// The filled corner an answer asks to change: it names the corner and a change ("de valkuil aanpassen").
    func cornerToChange(_ key: String, book: any Phrasebook, session: Session) -> Corner? {
        guard let corner = cornerNamed(in: key, book), session.answers[corner] != nil,
              key.split(separator: " ").contains(where: { book.changeWords.contains(String($0)) }) else { return nil }
        return corner
    }
}

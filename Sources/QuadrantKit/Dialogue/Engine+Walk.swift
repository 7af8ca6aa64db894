extension Engine {
    /// The question the session is waiting on, with its options.
    ///
    /// In a solo walk, asking for a corner or whether the quadrant is round depends only on the language,
    /// the stage and the answers, and walks meet the same states again and again (every walk starts with
    /// the same first question), so those questions are remembered; the others are composed each time.
    func currentQuestion(_ session: Session) -> Question {
        switch session.stage {
        case .quality, .pitfall, .challenge, .allergy, .check:
            guard session.team == nil && session.pending == nil else { return composedQuestion(session) }
            return questions.value(for: QuestionKey(language: session.language, audience: session.audience ?? .customers, stage: session.stage, answers: session.answers)) {
                var question = composedQuestion(session)
                question.written = .kept()
                return question
            }
        default:
            return composedQuestion(session)
        }
    }

    private func composedQuestion(_ session: Session) -> Question {
        let (text, options) = composeQuestion(session)
        return Question(text: text, options: options)
    }

    /// `currentQuestion` composed, not remembered.
    func composeQuestion(_ session: Session) -> (String, [Option]) {
        let book = phrasebook(session.language, audience: session.audience)
        let words = session.quadrantWords
        let spoken = session.spokenWords
        switch session.stage {
        case .quality, .pitfall, .challenge, .allergy:
            let corner = session.stage.corner!
            if case .choose(let candidates, let original)? = session.pending {
                return (book.askWhich(original, candidates: candidates),
                        candidates.map(Option.init) + [Option(book.somethingElse)])
            }
            if let team = session.team {
                if team.voting {
                    let vote = votePrompt(session, groups: proposalGroups(session))
                    return (vote.text, vote.options)
                }
                return (book.question(for: corner, known: spoken) + " " + book.proposeHint(prefix: team.prefix, hidden: team.hidden),
                        suggestions(for: corner, in: session).map(Option.init))
            }
            return (book.question(for: corner, known: spoken),
                    suggestions(for: corner, in: session).map(Option.init) + [Option(book.somethingElse)])
        case .check:
            let complete = spoken.map { $0 ?? "" }
            let check = quadrantCheck(session)
            if let broken = check.firstBroken {
                return (book.checkOpen(broken, revising: corner(toRevise: broken), words: complete),
                        [Option(book.reviseLabel(corner(toRevise: broken))), Option(book.keepAsIsLabel)])
            }
            return (book.checkClosed(complete, testAllergy: session.order.last != .allergy),
                    [Option(book.confirmLabel), Option(book.reviseLabel(.allergy))])
        case .reflect:
            let complete = spoken.map { $0 ?? "" }
            let question = session.example == nil ? book.askExample(complete) : book.askNextStep(complete)
            return (question, [Option(book.skipLabel)])
        case .done where session.flow == .phases:
            let outcome = phaseOutcome(session)
            return (outcome.text, outcome.options)
        case .done:
            let complete = words.map { $0 ?? "" }
            let closed = quadrantCheck(session).closed
            return (book.summary(complete, closed: closed, example: session.example, nextStep: session.nextStep, team: teamResults(session)),
                    session.team == nil ? [Option(book.againLabel), Option(book.phasesLabel)] : [Option(book.againLabel)])
        case .phases:
            return phaseQuestion(session)
        case .lobby:
            let team = session.team!
            return (book.lobby(facilitator: team.name(team.facilitator), prefix: team.prefix, players: team.active.map(\.name)), [Option(book.joinLabel)])
        }
    }

    /// Up to four lexicon words that fit `corner` given what is filled in.
    /// A team that works for others than customers (a ward, a police unit) is offered no words about
    /// customers or trade, and its first question offers the qualities such teams often name.
    func suggestions(for corner: Corner, in session: Session) -> [String] {
        let lexicon = lexicon(session)
        let given = lemmaIDs(session).map { $0 }
        guard let audience = session.audience, audience != .customers else {
            return lexicon.candidates(for: corner, given: given, limit: 4).map { lexicon.lemmas[$0].word }
        }
        let stems = Audience.customerStems(session.language)
        let seeds = corner == .quality && given.all.allSatisfy({ $0 == nil })
            ? audience.seedQualities(session.language).filter { lexicon.lemmaID(named: $0) != nil } : []
        let general = lexicon.candidates(for: corner, given: given, limit: 8).lazy
            .map { lexicon.lemmas[$0].word }.filter { word in !stems.contains { word.contains($0) } && !seeds.contains(word) }
        return Array((seeds + general).prefix(4))
    }

    /// The lemma id of each filled corner that the session's lexicon knows.
    func lemmaIDs(_ session: Session) -> Quadrant<Int?> {
        let lexicon = lexicon(session)
        var ids = Quadrant<Int?>(quality: nil, pitfall: nil, challenge: nil, allergy: nil)
        for corner in Corner.allCases {
            ids[corner] = session.answers[corner]?.lemma.flatMap { lexicon.lemmaID(named: $0) }
        }
        return ids
    }

    /// Takes an answer for `corner`: understood, asked about, coached, or kept as the participant's own.
    /// `folded` is `TextFolding.key(text)` when the caller has it already.
    func answer(_ text: String, folded: String? = nil, for corner: Corner, in session: inout Session) -> [Output] {
        let book = phrasebook(session.language)
        let lexicon = lexicon(session)
        let key = folded ?? TextFolding.key(text)

        // "we beginnen bij de valkuil", "our allergy is arrogance": before the first answer, the team chooses
        // the corner to start from.
        if session.answers.isEmpty, session.pending == nil, corner == session.start,
           let (named, rest) = startChosen(text, key: key, book: book), named != corner {
            session.start = named
            session.stage = Stage(named)
            guard let rest else { return [.reply(prompt(session, preface: book.startingFrom(named)))] }
            return answer(rest, for: named, in: &session)
        }
        // "hoe bedoel je dat?", "can you explain that differently", "why flexibility and not kindness?": a
        // question about the question, or one that doubts a word, gets the corner explained, and is no word for it.
        if asksAboutQuestion(key, book) || doubts(text, key: key, book) {
            // The question is asked anew, so "keep it anyway?" no longer stands: a later yes keeps nothing.
            if case .coached? = session.pending { session.pending = nil }
            return [.reply(prompt(session, preface: explain(askedAbout(key, book) ?? session.stage, in: session)))]
        }
        // "haha ok", "lol", "thanks, that was useful": chat, and no word for the corner.
        if let reply = chatter(key, book) {
            return [.reply(prompt(session, preface: reply))]
        }
        // "fair enough", "spot on" (read as precision otherwise): agreement confirms the word just read, and
        // the question stands; a bare yes or a laugh ("haha ja") asks for a word. (A pending "keep it anyway?"
        // takes its yes below.)
        if session.pending == nil, let agreement = agreement(key, book) {
            let confirms = agreement == .words && !session.answers.isEmpty
            return [.reply(prompt(session, preface: confirms ? book.confirmed() : book.askOwnWords(for: corner)))]
        }
        // "lol yeah fair. we can be a bit know-it-all", "spot on, we're too soft": agreement before a clause of
        // its own is no word ('fair' had become fairness); the clause is the answer.
        if session.pending == nil, let rest = afterAgreement(text, key: key, book) {
            return answer(rest, for: corner, in: &session)
        }
        // "momentje, we overleggen even", "good question, give us a sec": the team takes its time.
        // ("wait, actually the pitfall is that we're too soft" is no pause: it names a corner.)
        if isPause(key, book), cornerNamed(in: key, book) == nil {
            return [.reply(prompt(session, preface: book.takeYourTime()))]
        }
        // "wij kunnen niet kiezen", "we can't decide": a team stuck between words gets a way in, not a reading
        // of "kiezen". (Not at the pitfall, where "we twijfelen" may be the answer: indecisiveness.)
        if corner != .pitfall, book.notSureWords.contains(key) {
            return [.reply(prompt(session, preface: book.notSure(withWords: !suggestions(for: corner, in: session).isEmpty)))]
        }
        // "iets anders": the participant types their own word; a "which one?" question is dropped.
        if key == book.somethingElse {
            if case .choose? = session.pending { session.pending = nil }
            return [.reply(replyWithoutOptions(session, text: book.askOwnWords(for: corner)))]
        }
        switch session.pending {
        case .choose(let candidates, _)?:
            if let chosen = candidates.first(where: { TextFolding.key($0) == key }), let lemma = lexicon.lemma(named: chosen) {
                // A chosen word is judged like a typed one: a pitfall picked as the quality is coached.
                if let misfit = fits(lemma.id, corner: corner, known: lemmaIDs(session), lexicon: lexicon) {
                    return [.reply(coaching(lemma.id, typed: text, misfit: misfit, for: corner, in: &session))]
                }
                return accept(Answer(text: lemma.word, lemma: lemma.word, ownChoice: false), for: corner, in: &session,
                              ack: book.acknowledge(lemma.word, typed: lemma.word, kind: .form, excessOf: nil, corner: corner))
            }
            // "the first one", "de tweede": an option by its place.
            if let place = Self.place(in: key, of: candidates.count) {
                return answer(candidates[place], for: corner, in: &session)
            }
            // "both really, but mostly friendly", "vooral geduld eigenlijk": one option named in a sentence.
            let named = lexicon.recognise(text).matches.map { lexicon.lemmas[$0.lemma].word }.filter(candidates.contains)
            if Set(named).count == 1 { return answer(named[0], for: corner, in: &session) }
            if book.bothWords.contains(key) || book.bothWords.contains(firstWord(of: key)) {
                return [.reply(prompt(session, preface: book.pickOne()))]
            }
            // "we're too chatty sometimes" while the quality's "which one?" stands: the pitfall it names is too
            // much of one option, which is then the quality; the answer goes on to the pitfall.
            if corner == .quality, session.start == .quality, session.answers[.pitfall] == nil,
               case .one(let match) = lexicon.recognise(text), lexicon.lemmas[match.lemma].polarity == .distortion {
                let implied = candidates.compactMap { lexicon.lemma(named: $0)?.id }.filter { lexicon.holds(.excess, from: $0, to: match.lemma) }
                if implied.count == 1 {
                    remember(&session)
                    let word = lexicon.lemmas[implied[0]].word
                    session.answers[.quality] = Answer(text: word, lemma: word, ownChoice: false)
                    session.pending = nil
                    session.stage = .pitfall
                    // The reply says which quality was taken, before it answers the pitfall.
                    return answer(text, folded: key, for: .pitfall, in: &session).map { output in
                        guard case .reply(var reply) = output else { return output }
                        reply.text = book.corrected(word, corner: .quality) + " " + reply.text
                        return .reply(reply)
                    }
                }
            }
            // "courage to decide" while the pitfall's "which one?" stands: the answer is for a later corner, so the
            // pick comes first (a guess would not be the team's word).
            if case .misfit(let match, let misfit) = interpret(text, for: corner, in: session), misfit.wrongPolarity,
               candidates.contains(where: { lexicon.lemma(named: $0)?.polarity == corner.polarity }) {
                // "daadkracht" while the pitfall's "which one?" stands: the challenge, kept for its turn.
                if namesChallengeEarly(match.lemma, at: corner, in: session) {
                    remember(&session)
                    let word = lexicon.lemmas[match.lemma].word
                    session.answers[.challenge] = Answer(text: word, lemma: word, ownChoice: false)
                    return [.reply(prompt(session, preface: book.challengeFirst(word, before: corner)))]
                }
                return [.reply(prompt(session, preface: book.pickOne()))]
            }
        case .coached(let original, let lemma)?:
            // Typed again, or a yes to "Houden jullie toch X?" ("ja", "ja precies", "dat klopt"), keeps it; a
            // plain no asks for another. A yes further on is no answer to it ("doing it right").
            let plain = lexicon.recognise(text) == .unknown
            let agreement = Agreement(folded: key, book)
            let parts = key.split(separator: " ")
            let saysYesFirst = parts.count <= Agreement.longest && parts.first.map { book.yesWords.contains(String($0)) } == true
            // "oké, onverschilligheid dan" names another word: that one is the answer, not a yes to keeping.
            let namesOther = !plain && !lexicon.recognise(text).matches.contains { lexicon.lemmas[$0.lemma].word == lemma }
            // ("fair enough", "klopt wel" agree in words, and keep it too.)
            if !namesOther && (keeps(key, word: lemma, original: original, book: book) || (agreement == .yes && (saysYesFirst || book.yesWords.contains(key))))
                || self.agreement(key, book) == .words {
                let word = lemma ?? original
                return accept(Answer(text: word, lemma: lemma, ownChoice: true), for: corner, in: &session,
                              ack: book.keptDespiteCoaching(word))
            }
            if plain && agreement == .no {
                session.pending = nil
                // "nee, eerder geweld": the team's own word for the corner instead.
                if parts.count > 2, parts.count <= 6, book.preferenceWords.contains(String(parts[1])) {
                    return answer(parts.dropFirst(2).joined(separator: " "), for: corner, in: &session)
                }
                return [.reply(prompt(session, preface: book.anotherWord()))]
            }
        default:
            break
        }
        // Whatever follows asks anew, so an earlier "which one?" or "keep it anyway?" no longer stands: a
        // later yes is no answer to it.
        session.pending = nil
        // "no wait, the pitfall is actually indifference": a filled corner named with a new word of its kind takes
        // it, and the question stands (before a plain correction, which would take the word for the corner
        // answered last).
        if let (named, word) = namedCorrection(text, key: key, in: session, book: book) {
            // The corner asked about is answered as any answer is: judged, and coached when it does not fit.
            return named == corner ? answer(word, for: corner, in: &session) : replace(named, with: word, in: &session)
        }
        // "nee niet geduld, meer persoonlijke aandacht": a no that names a word for the corner answered just
        // before corrects that corner, and the question stands.
        let yesBut = afterYesBut(key, book)
        if let (previous, match) = correction(text, key: key, yesBut: yesBut, before: corner, in: session, book: book) {
            let word = lexicon.lemmas[match.lemma].word
            return replace(previous, with: word, in: &session)
        }
        // "ja behulpzaamheid", "geduld ja": the word just read for the corner before, confirmed; the question stands.
        if confirmsPrevious(text, key: key, before: corner, in: session, book: book) {
            return [.reply(prompt(session, preface: book.confirmed()))]
        }
        // "ja, maar eerder rust", "yes, but rather calm": a polite correction; the word after it is the answer.
        if let yesBut { return answer(yesBut, for: corner, in: &session) }
        // "controlling? no wait, more like inflexible": the team takes its first word back; the later one counts.
        if let later = afterSelfCorrection(key, book) { return answer(later, for: corner, in: &session) }
        // "we zijn niet zo snel, maar wel heel grondig": what the team denies sets off what it claims.
        if corner != .allergy, let claimed = afterDeniedContrast(key, book) { return answer(claimed, for: corner, in: &session) }
        let interpretation = interpret(text, for: corner, in: session)
        // "what drives us mad is sloppiness", "waar we niet tegen kunnen is arrogantie": the allergy first.
        // (Looked for only in a first answer that does not fit: "we stay patient when customers annoy us" does.)
        if !interpretation.fits, session.answers.isEmpty, corner == session.start, corner != .allergy,
           let rest = allergyVoiced(key, book) {
            session.start = .allergy
            session.stage = .allergy
            guard !rest.isEmpty else { return [.reply(prompt(session, preface: book.startingFrom(.allergy)))] }
            return answer(rest, for: .allergy, in: &session)
        }
        // "kunnen we de valkuil aanpassen?", "can we change the quality": a corner filled before is reopened.
        // (Looked for only in answers that do not fit: most do, and such a request holds no fitting word.)
        if !interpretation.fits, let asked = cornerToChange(key, book: book, session: session) {
            reopen(asked, in: &session)
            return [.reply(prompt(session, preface: book.revising(asked)))]
        }
        // The check's button labels typed here ("Zo laten", "Uitdaging aanpassen") are no words for a corner.
        // (Looked up only for answers that do not fit: most do.)
        if !interpretation.fits, CheckReply.isLabel(key, language: session.language) {
            return [.reply(prompt(session, preface: book.askOwnWords(for: corner)))]
        }
        // What the lexicon does not know may be no answer at all: "weet ik niet", "hoi", "ja hoor", "ok".
        // (Checked only then: most answers are words it knows, and these lookups are a tenth of a turn.)
        // "goedemorgen allemaal!", "morning! sorry, drop-off chaos": a greeting first, with nothing that fits, is
        // greeted back.
        // ("hoi, wij zijn de cardiologie … we blijven zorgzaam en rustig" names traits: those are asked about.)
        if !interpretation.fits, !interpretation.isChoice, book.greetingWords.contains(key) || book.greetingWords.contains(firstWord(of: key)) {
            // "hoi! wij zijn de afdeling oncologie": whom the team works for is heard too.
            let noted = Audience.namesTrade(in: key, session.language) ? " " + book.notedAudience() : ""
            return [.reply(prompt(session, preface: book.greetBack() + noted))]
        }
        // "we zijn soms te bemoeizuchtig", "we moeten duidelijker zijn": a first answer that names the pitfall,
        // or what the team needs (the challenge), starts the walk there.
        if session.answers.isEmpty, corner == .quality, session.start == .quality,
           let named = cornerOfFirstAnswer(interpretation, key: key, book: book) {
            session.start = named
            session.stage = Stage(named)
            return answer(text, folded: key, for: named, in: &session)
        }
        switch interpretation {
        case .unknown, .tooLong:
            if corner == .pitfall, book.notSureWords.contains(key) {
                return [.reply(prompt(session, preface: book.notSure(withWords: !suggestions(for: corner, in: session).isEmpty)))]
            }
            // "what's a core quadrant?", "hmm what's the opposite of that then?": a question gets the corner
            // explained, and is no word for it.
            if text.trimmingSpaces().hasSuffix("?") {
                return [.reply(prompt(session, preface: explain(askedAbout(key, book) ?? session.stage, in: session)))]
            }
        default:
            break
        }
        if case .unknown = interpretation {
            if book.yesNoOrSkipWords.contains(key) || book.thanksWords.contains(key) || isBareYesOrNo(key, book: book) {
                return [.reply(prompt(session, preface: book.askOwnWords(for: corner)))]
            }
        }

        // "we zijn een team wijkagenten", "we're a dementia ward": whom the team works for, and no word yet.
        // (At the allergy, people are the others: "agency nurses who don't bother reading the notes".)
        // (Only before the first word: later, "40 kilo kip bij de verkeerde winkel" tells a story.)
        if interpretation.isUnderstoodAsNothing, session.answers.isEmpty, corner != .allergy, Audience.namesTrade(in: key, session.language) {
            return [.reply(prompt(session, preface: book.notedAudience()))]
        }
        switch interpretation {
        case .tooLong:
            return [.reply(prompt(session, preface: book.askShorter()))]
        case .unknown:
            return accept(Answer(text: text, lemma: nil, ownChoice: true), for: corner, in: &session, ack: book.keptOwnWord(text))
        case .ambiguous(let candidates):
            session.pending = .choose(candidates: candidates, original: text)
            return [.reply(prompt(session))]
        case .misfit(let match, let misfit):
            // "flexibel | duidelijkheid", "we need more clarity": asked for the pitfall, the team names what it
            // needs, the challenge. ("we durven nee te zeggen" says what it does: coached.)
            // A need said outright ("we need to be more concise") is the challenge whatever the graph lists.
            if misfit.wrongPolarity || corner == .quality, session.pending == nil,
               key.utf8.count(where: { $0 == UInt8(ascii: " ") }) < 2 || wishes(key, book, loosely: true),
               namesChallengeEarly(match.lemma, at: corner, in: session)
                || corner == .pitfall && misfit.wrongPolarity && session.answers[.challenge] == nil && wishes(key, book) {
                let word = lexicon.lemmas[match.lemma].word
                return accept(Answer(text: word, lemma: word, ownChoice: false), for: .challenge, in: &session,
                              ack: book.challengeFirst(word, before: corner))
            }
            return [.reply(coaching(match.lemma, typed: text, misfit: misfit, for: corner, in: &session))]
        case .fits(let match):
            let lemma = lexicon.lemmas[match.lemma]
            var excessOf: String?
            if case .excess(let quality) = match.kind { excessOf = lexicon.lemmas[quality].word }
            return accept(Answer(text: lemma.word, lemma: lemma.word, ownChoice: false), for: corner, in: &session,
                          ack: book.acknowledge(lemma.word, typed: text, kind: match.kind, excessOf: excessOf, corner: corner))
        }
    }

    /// Whether an answer to "Houden jullie toch X?" keeps X: the answer or the word again, the button's label
    /// typed out ("Toch ‘hardheid’"), or the word with words of keeping around it ("toch hardheid", "hardheid
    /// ja", "keep it").
    private func keeps(_ key: String, word: String?, original: String, book: any Phrasebook) -> Bool {
        let targets = [TextFolding.key(original)] + (word.map { [TextFolding.key($0)] } ?? [])
        if targets.contains(key) { return true }
        let rest = key.split(separator: " ").filter { !book.keepWords.contains(String($0)) }.joined(separator: " ")
        return rest.utf8.count < key.utf8.count && (rest.isEmpty || targets.contains(rest))
    }

    /// The corner answered just before `corner` and its new word, when an answer opens with a no (or a word and
    /// a yes: "zorgzaamheid ja") and names one word of that corner's kind, other than the word it has ("nee niet
    /// saai, meer onverschillig"), or with a yes and a but (`yesBut`, the words after it: "ja maar eerder
    /// besluiteloos" after "Ik lees: overanalyseren").
    private func correction(_ text: String, key: String, yesBut: String?, before corner: Corner, in session: Session, book: any Phrasebook)
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
    private func changesOrDenies(_ answered: Answer, text: String, key: String, book: any Phrasebook, lexicon: Lexicon) -> Bool {
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
    private static let changeTargets: Set<String> = ["to", "into", "in", "naar", "door"]

    /// An answer after the words that open a correction: "actually no, patience is more our thing" is about
    /// patience, not its denial. A negation before the word stays ("nee, niet geduld", "no patience").
    private func afterCorrectionOpening(_ text: String, _ book: any Phrasebook) -> String {
        let tokens = text.split(separator: " ")
        let negations = StopWords.negations(book.language)
        var start = 0
        while start < tokens.count - 1 {
            let word = TextFolding.key(String(tokens[start]))
            guard book.correctionOpenings.contains(word) || book.noWords.contains(word) else { break }
            // A negation counts as one only right before the word it denies ("no patience").
            let next = TextFolding.key(String(tokens[start + 1]))
            if negations.contains(word), !tokens[start].hasSuffix(","), !negations.contains(next), !book.correctionOpenings.contains(next) { break }
            start += 1
        }
        return tokens[start...].joined(separator: " ")
    }

    /// Whether an answer only confirms the word of the corner answered just before: a yes and that word ("ja
    /// behulpzaamheid", "geduld ja"), which would otherwise be read as the next corner's answer.
    private func confirmsPrevious(_ text: String, key: String, before corner: Corner, in session: Session, book: any Phrasebook) -> Bool {
        guard key.utf8.contains(UInt8(ascii: " ")), book.yesWords.contains(firstWord(of: key)) || wordThenYes(key, book),
              let index = session.order.firstIndex(of: corner), index > 0,
              let answered = session.answers[session.order[index - 1]]?.lemma else { return false }
        let lexicon = lexicon(session)
        let named = lexicon.recognise(text).matches.map { lexicon.lemmas[$0.lemma].word }
        return !named.isEmpty && named.allSatisfy { $0 == answered }
    }

    /// The filled corner an answer names, with the one new word of its kind it gives: "de valkuil moet
    /// pleasegedrag zijn", "change the pitfall to slowness", "de kwaliteit is eigenlijk geduld, niet rust".
    private func namedCorrection(_ text: String, key: String, in session: Session, book: any Phrasebook) -> (Corner, String)? {
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
    private func newWords(in text: String, polarity: Polarity? = nil, other: [String], session: Session) -> [String] {
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
    private func wordThenYes(_ key: String, _ book: any Phrasebook) -> Bool {
        let bytes = key.utf8
        guard let space = bytes.firstIndex(of: UInt8(ascii: " ")) else { return false }
        let rest = bytes[bytes.index(after: space)...]
        let second = rest.prefix { $0 != UInt8(ascii: " ") }
        // A yes is a short word ("ja", "yes", "klopt"): longer ones are passed over without a string.
        return second.count <= 5 && book.yesWords.contains(String(Substring(second)))
    }

    /// The filled corner an answer asks to change: it names the corner and a change ("de valkuil aanpassen").
    private func cornerToChange(_ key: String, book: any Phrasebook, session: Session) -> Corner? {
        guard let corner = cornerNamed(in: key, book), session.answers[corner] != nil,
              key.split(separator: " ").contains(where: { book.changeWords.contains(String($0)) }) else { return nil }
        return corner
    }

    /// Why `lemma` does not fit `corner`, with better words and the option to keep it; typing `typed`
    /// again (or a yes) keeps it.
    private func coaching(_ lemma: Int, typed: String, misfit: Misfit, for corner: Corner, in session: inout Session) -> Reply {
        let book = phrasebook(session.language)
        let word = lexicon(session).lemmas[lemma].word
        // A word the quadrant already has in another corner cannot be kept here too: it is asked about again.
        let taken = Corner.allCases.contains { $0 != corner && session.answers[$0]?.lemma == word }
        session.pending = misfit.sameAs == nil && !taken ? .coached(original: typed, lemma: word) : nil
        let options = optionsOnOffer(session)
        let keep = book.keepLabel(word)
        let better = options.contains { $0.label != keep && $0.value != book.somethingElse }
        return Reply(text: book.coach(word, corner: corner, misfit: misfit, known: session.spokenWords, withWords: better),
                     options: options, stage: session.stage, quadrant: session.quadrantWords, language: session.language)
    }

    /// The options of the question the participant has before them: after coaching, better words and
    /// keeping their own; otherwise those of the stage's question.
    func optionsOnOffer(_ session: Session) -> [Option] {
        if case .coached(let typed, let word?)? = session.pending, let corner = session.stage.corner,
           let lemma = lexicon(session).lemmaID(named: word) {
            return betterWords(than: lemma, for: corner, in: session).map(Option.init)
                + [Option(label: phrasebook(session.language).keepLabel(word), value: typed)]
        }
        return composeQuestion(session).1
    }

    /// The most words a team's own word for a corner has ("oog voor de mens"); a longer answer the lexicon
    /// does not know is a sentence to put in a word or two, and so is one of three words or more that opens
    /// with the team ("we zijn een bank").
    static let longestOwnWords = 4

    /// The option an answer names by its place ("the first one", "de tweede", "last"), among `count`.
    static func place(in key: String, of count: Int) -> Int? {
        let words = key.split(separator: " ").map(String.init).filter { !placeFillers.contains($0) }
        guard words.count == 1, let place = places[words[0]] else { return nil }
        let index = place < 0 ? count - 1 : place
        return index < count ? index : nil
    }

    private static let places: [String: Int] = [
        "first": 0, "1st": 0, "eerste": 0, "second": 1, "2nd": 1, "tweede": 1, "third": 2, "3rd": 2, "derde": 2,
        "last": -1, "laatste": -1,
    ]
    private static let placeFillers: Set<String> = ["the", "one", "de", "het", "die", "een", "is", "it", "that", "please", "graag", "maar"]

    /// What an answer for `corner` amounts to, before anything is decided about it.
    enum Interpretation {
        /// A known word that fits the corner and its filled neighbours.
        case fits(LexiconMatch)
        /// A known word that does not fit, and why.
        case misfit(LexiconMatch, Misfit)
        /// Several lemmas fit equally well; the participant chooses.
        case ambiguous([String])
        /// No known word: the participant's own.
        case unknown
        /// Too long to be a word for a corner.
        case tooLong

        var isChoice: Bool {
            if case .ambiguous = self { return true }
            return false
        }

        var fits: Bool {
            if case .fits = self { return true }
            return false
        }

        /// No known word was found in the answer, short or long.
        var isUnderstoodAsNothing: Bool {
            switch self {
            case .unknown, .tooLong: return true
            case .fits, .misfit, .ambiguous: return false
            }
        }
    }

    /// Understands `text` as an answer for `corner`: polarity and the filled neighbours settle ambiguity
    /// where they can, and decide whether the word fits.
    func interpret(_ text: String, for corner: Corner, in session: Session) -> Interpretation {
        let interpretation = interpretAsTyped(text, for: corner, in: session)
        // A word the bot offered at this question is taken as offered, not coached away.
        if case .misfit(let match, _) = interpretation,
           suggestions(for: corner, in: session).contains(lexicon(session).lemmas[match.lemma].word) {
            return .fits(match)
        }
        return interpretation
    }

    private func interpretAsTyped(_ text: String, for corner: Corner, in session: Session) -> Interpretation {
        let lexicon = lexicon(session)
        let known = lemmaIDs(session)
        switch lexicon.recognise(text, aboutOthers: corner == .allergy) {
        case .unknown:
            if let lacking = lackingStrength(text, for: corner, known: known, lexicon: lexicon) { return .fits(lacking) }
            // "we zijn nooit slordig": a word said not to be there names its opposites; those that fit are offered.
            let opposites = lexicon.deniedLemmas(text).flatMap { lexicon.opposites(of: $0) }
                .filter { lexicon.lemmas[$0].polarity == corner.polarity && fits($0, corner: corner, known: known, lexicon: lexicon) == nil }
            var offered: [String] = []
            for id in opposites where !offered.contains(lexicon.lemmas[id].word) && offered.count < 4 { offered.append(lexicon.lemmas[id].word) }
            if offered.count == 1 { return .fits(LexiconMatch(lemma: opposites[0], kind: .synonym, matched: text)) }
            if !offered.isEmpty { return .ambiguous(offered) }
            // A sentence the lexicon does not know is no word for a corner: "wij zijn het klantcontactcentrum van
            // een energiebedrijf" would stand in the quadrant. Own words are a few words: "oog voor detail".
            // What the people a team serves go through is no word for the team either: "burgers moeten maanden
            // wachten".
            let words = TextFolding.words(text)
            let book = phrasebook(session.language)
            // Nor is a clause ("dan zijn we uitgeput", "the tours overrun") or the name of a workplace ("public
            // library", "de balie van de apotheek", "team hypotheken").
            let sentence = words.count > Self.longestOwnWords
                || (words.count >= 3 && words.prefix(3).contains(where: book.teamOpeners.contains))
                || (words.count >= 3 && StopWords.articles(session.language).contains(words[0]))
                || (words.count >= 2 && (book.workplaceWords.contains(words[words.count - 1]) || book.workplaceWords.contains(words[0])))
                || (words.count >= 3 && OtherPeople.mentions(words, session.language))
                // "de klant", "onze baas", "the manager": a person is no trait.
                || (words.count == 2 && OtherPeople.isSomeone(words[1], session.language)
                    && (StopWords.articles(session.language).contains(words[0]) || book.teamOpeners.contains(words[0])))
                || (words.count >= 3 && Self.otherSubjects.contains(words[0]))
            return sentence ? .tooLong : .unknown
        case .one(let match):
            // "niet flexibel" is starheid, but at the challenge the strength lacking is the answer.
            if corner == .challenge, lexicon.lemmas[match.lemma].polarity == .distortion,
               let lacking = lackingStrength(text, for: corner, known: known, lexicon: lexicon) {
                return .fits(lacking)
            }
            return judge(match, corner: corner, known: known, lexicon: lexicon)
        case .ambiguous(let matches):
            // "onverschilligheid, zoals invalkrachten die de kinderen laten aanmodderen": the word the answer opens
            // with, before its comma, is the answer; the rest explains it.
            if let comma = text.firstIndex(of: ","),
               case .one(let named) = lexicon.recognise(String(text[..<comma]), aboutOthers: corner == .allergy),
               matches.contains(where: { $0.lemma == named.lemma }) {
                return judge(named, corner: corner, known: known, lexicon: lexicon)
            }
            // "we zijn te behulpzaam" for the core quality: its too-much names the strength behind it.
            if corner == .quality, case .excess(let quality)? = matches.first?.kind,
               matches.allSatisfy({ $0.kind == .excess(of: quality) }) {
                return judge(LexiconMatch(lemma: quality, kind: .synonym, matched: text), corner: corner, known: known, lexicon: lexicon)
            }
            let fitting = matches.filter { lexicon.lemmas[$0.lemma].polarity == corner.polarity }
            let related = fitting.filter { fits($0.lemma, corner: corner, known: known, lexicon: lexicon) == nil }
            if related.count == 1 { return .fits(related[0]) }
            // "thoughtfulness?" against impulsiveness: one word read two ways, of which the one offered at this
            // question fits. Two words ("fast and friendly") or a too-much of several ("too much caution") are
            // still asked about.
            if related.count > 1, related.allSatisfy({ $0.matched == related[0].matched && !$0.kind.isExcess }) {
                let offered = suggestions(for: corner, in: session)
                let onOffer = related.filter { offered.contains(lexicon.lemmas[$0.lemma].word) }
                if onOffer.count == 1 { return .fits(onOffer[0]) }
            }
            // None fits beside the corners filled: asking which would offer words the next turn coaches away, so
            // the first is coached now, with words that fit.
            if related.isEmpty, let first = fitting.first { return judge(first, corner: corner, known: known, lexicon: lexicon) }
            let pool = related.isEmpty ? matches : related
            return .ambiguous(pool.prefix(4).map { lexicon.lemmas[$0.lemma].word })
        }
    }

    /// At the challenge, a strength the team says it lacks and that fits there: "we zijn niet flexibel genoeg"
    /// asks for flexibiliteit.
    private func lackingStrength(_ text: String, for corner: Corner, known: Quadrant<Int?>, lexicon: Lexicon) -> LexiconMatch? {
        guard corner == .challenge else { return nil }
        return lexicon.deniedLemmas(text).first {
            lexicon.lemmas[$0].polarity == .quality && fits($0, corner: corner, known: known, lexicon: lexicon) == nil
        }.map { LexiconMatch(lemma: $0, kind: .synonym, matched: text) }
    }

    private func judge(_ match: LexiconMatch, corner: Corner, known: Quadrant<Int?>, lexicon: Lexicon) -> Interpretation {
        fits(match.lemma, corner: corner, known: known, lexicon: lexicon).map { .misfit(match, $0) } ?? .fits(match)
    }

    /// Up to three words that would fit `corner` better than `lemma`: words that fit the corners filled in;
    /// with none filled, for a pitfall offered as the core quality the strengths it is too much of
    /// ("pleasegedrag": klantgerichtheid…), for a strength offered as the pitfall its too-much.
    func betterWords(than lemma: Int, for corner: Corner, in session: Session) -> [String] {
        let lexicon = lexicon(session)
        let known = lemmaIDs(session)
        var words: [Int] = []
        if lexicon.lemmas[lemma].polarity != corner.polarity && known.all.allSatisfy({ $0 == nil }) {
            if corner == .quality { words = lexicon.qualities(withExcess: lemma) }
            if corner == .pitfall { words = lexicon.excess(of: lemma) }
        }
        if words.isEmpty { words = lexicon.candidates(for: corner, given: known, limit: 4).filter { $0 != lemma } }
        return words.prefix(3).map { lexicon.lemmas[$0].word }
    }

    /// Why `lemma` does not fit `corner` next to the known corners, or nil when it fits.
    func fits(_ lemma: Int, corner: Corner, known: Quadrant<Int?>, lexicon: Lexicon) -> Misfit? {
        let word = lexicon.lemmas[lemma]
        guard word.polarity == corner.polarity else { return Misfit(polarityOf: corner) }
        if let same = Corner.allCases.first(where: { $0 != corner && known[$0] == lemma }) { return Misfit(sameAs: same) }
        if let previous = known[corner.previous], !lexicon.holds(corner.previous.relationToNext, from: previous, to: lemma) {
            return Misfit(side: corner.previous)
        }
        if let next = known[corner.next], !lexicon.holds(corner.relationToNext, from: lemma, to: next) {
            return Misfit(side: corner.next)
        }
        return nil
    }

    /// Puts a word the team corrects to in `corner` ("Goed, dan is de valkuil pleasegedrag.") and moves on.
    func replace(_ corner: Corner, with word: String, in session: inout Session) -> [Output] {
        accept(Answer(text: word, lemma: word, ownChoice: false), for: corner, in: &session,
               ack: phrasebook(session.language).corrected(word, corner: corner))
    }

    /// Fills `corner` and moves on: the next open corner, or the check when all four are filled.
    func accept(_ answer: Answer, for corner: Corner, in session: inout Session, ack: String) -> [Output] {
        remember(&session)
        session.answers[corner] = answer
        session.pending = nil
        if let next = session.nextOpenCorner {
            session.stage = Stage(next)
            return [.reply(prompt(session, preface: ack))]
        }
        session.stage = .check
        let words = session.quadrantWords.map { $0 ?? "" }
        let check = quadrantCheck(session)
        // The check opens with "‘X’ ken ik niet" when the last word is the team's own: say it once.
        var preface: String? = ack
        if answer.lemma == nil, case .unknownWord(let word)? = check.firstBroken?.finding, word == answer.text { preface = nil }
        // A word the team kept despite coaching is not asked about again: the check says once why the quadrant
        // stays open, and the reflection begins.
        if answer.ownChoice, answer.lemma != nil, let broken = check.firstBroken, self.corner(toRevise: broken) == corner {
            session.stage = .reflect
            return [.quadrantComplete(words, closed: false, language: session.language),
                    .reply(prompt(session, preface: ack + " " + phrasebook(session.language).keptOpen(broken)))]
        }
        return [.quadrantComplete(words, closed: check.closed, language: session.language), .reply(prompt(session, preface: preface))]
    }

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
        // "hmm twijfel, Lisa zegt egoïsme", "egoisme": one new word, neither yes nor no, takes the corner of its
        // kind where the quadrant holds best with it, and the quadrant is checked again.
        if !labelled, key.utf8.count(where: { $0 == UInt8(ascii: " ") }) < 2 * Self.newWordLength {
            let known = session.quadrantWords.all.compactMap { $0 }
            // ("twijfel" is a doubt here, not besluiteloosheid: the clause after the last comma names the word.)
            let lastClause = text.split(separator: ",").last.map(String.init) ?? text
            var named = newWords(in: text, other: known, session: session)
            if named.count > 1 { named = newWords(in: lastClause, other: known, session: session) }
            if named.count == 1, let lemma = lexicon(session).lemma(named: named[0]) {
                return replace(bestCorner(for: lemma.id, in: session), with: lemma.word, in: &session)
            }
        }
        return [.reply(prompt(session, preface: check.closed ? book.askYesOrNo() : book.askReviseOrKeep()))]
    }

    /// The one new word an answer to the check (folded, `key`) names after a word of preference ("eigenlijk",
    /// "eerder", "rather"), of "meer X dan Y" X, and the corner it is for: `target` when it is of that kind,
    /// else the corner of its kind where the quadrant holds best with it.
    private func preferredWord(_ key: String, for target: Corner, in session: Session, book: any Phrasebook) -> (Corner, String)? {
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
    private func beforeComparison(_ words: ArraySlice<String>, _ book: any Phrasebook) -> ArraySlice<String> {
        words.firstIndex(where: book.comparisonWords.contains).map { words[..<$0] } ?? words
    }

    /// The corner of `lemma`'s kind where the quadrant has the most arrows holding with it in place.
    private func bestCorner(for lemma: Int, in session: Session) -> Corner {
        let lexicon = lexicon(session)
        let corners = Corner.allCases.filter { $0.polarity == lexicon.lemmas[lemma].polarity }
        func holding(_ corner: Corner) -> Int {
            var words = session.quadrantWords.map { $0 ?? "" }
            var ids = lemmaIDs(session)
            words[corner] = lexicon.lemmas[lemma].word
            ids[corner] = lemma
            return lexicon.check(words: words, lemmas: ids).arrows.filter { $0.finding == .holds }.count
        }
        let scored = corners.map { (corner: $0, holding: holding($0)) }
        return scored.max { $0.holding < $1.holding }?.corner ?? corners[0]
    }

    /// Pronouns for others that open a sentence ("ze mogen niks zelf", "they never listen"): no word for a corner.
    static let otherSubjects: Set<String> = ["ze", "zij", "hij", "they", "he", "she"]

    /// The most words an answer to "Willen jullie de uitdaging aanpassen?" may have to be taken as a new word.
    static let newWordLength = 4

    /// Goes back to `corner` after the check: it and the corners the walk asks after it are open again,
    /// since they follow from it (a new challenge calls for a new allergy).
    func reopen(_ corner: Corner, in session: inout Session) {
        remember(&session)
        for later in session.order.drop(while: { $0 != corner }) { session.answers[later] = nil }
        session.stage = Stage(corner)
    }

    /// The reflection: a concrete example of the pitfall, then one small step toward the challenge.
    func reflect(_ text: String, in session: inout Session) -> [Output] {
        let book = phrasebook(session.language)
        let key = TextFolding.key(text)
        // "hoe bedoel je een concreet moment?", "geen idee eigenlijk": the question explained, nothing kept.
        if text.trimmingSpaces().hasSuffix("?") || asksAboutQuestion(key, book) || book.notSureWords.contains(key)
            || book.notSureWords.contains(firstWords(2, of: key)) {
            let words = session.spokenWords.map { $0 ?? "" }
            return [.reply(Reply(text: book.explainReflection(words, example: session.example == nil), options: [Option(book.skipLabel)],
                                 stage: session.stage, quadrant: session.quadrantWords, language: session.language))]
        }
        // "ok", "ja", "thanks" answer the question without an example or a step: nothing to keep.
        // ("thanks, bye", "ok cool": a short answer that opens with thanks or an ok is no example either.)
        let short = key.utf8.count(where: { $0 == UInt8(ascii: " ") }) < 3
        let skipped = book.yesNoOrSkipWords.contains(key) || book.thanksWords.contains(key)
            || short && (book.thanksWords.contains(firstWord(of: key)) || book.yesNoOrSkipWords.contains(firstWord(of: key)))
        // "hmm even denken", "haha ok": the team is thinking or chatting; the question stands.
        if !skipped, chatter(key, book) != nil || isPause(key, book) {
            return [.reply(prompt(session, preface: book.takeYourTime()))]
        }
        remember(&session)
        if session.example == nil {
            session.example = skipped ? "" : text
        } else {
            session.nextStep = skipped ? "" : text
            session.stage = .done
        }
        return [.reply(prompt(session))]
    }

    private func replyWithoutOptions(_ session: Session, text: String) -> Reply {
        Reply(text: text, options: [], stage: session.stage, quadrant: session.quadrantWords, language: session.language)
    }
}

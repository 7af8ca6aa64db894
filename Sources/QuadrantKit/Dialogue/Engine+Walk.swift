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
        // An answer to a "which one?" is no first answer that chooses where the walk starts.
        let answersAQuestion = session.pending != nil

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
        // "wij kunnen niet kiezen", "we can't decide tbh": a team stuck between words gets a way in, not a
        // reading of "kiezen"; with the words it is stuck between ("we can't decide, pushover or chatty"), those
        // are offered.
        if let rest = afterStuck(key, book) {
            let named = lexicon.recognise(rest).matches.map { lexicon.lemmas[$0.lemma] }.filter { $0.polarity == corner.polarity }.map(\.word)
            let offered = named.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            if offered.count >= 2 {
                session.pending = .choose(candidates: offered, original: text)
                return [.reply(prompt(session))]
            }
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
        // "actually we're more careful than thorough": a word preferred to one filled before takes its corner.
        if let (compared, word) = comparedAway(text, key: key, in: session, book: book), compared != corner {
            return replace(compared, with: word, in: &session)
        }
        // "hang on can we go back to the pitfall", "terug naar het begin": back to a corner filled before.
        if let earlier = cornerToReturnTo(key, book: book, session: session) {
            reopen(earlier, in: &session)
            return [.reply(prompt(session, preface: book.revising(earlier)))]
        }
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
        if session.answers.isEmpty, corner == .quality, session.start == .quality, !answersAQuestion,
           let named = cornerOfFirstAnswer(interpretation, key: key, book: book) {
            session.start = named
            session.stage = Stage(named)
            return answer(text, folded: key, for: named, in: &session)
        }
        switch interpretation {
        case .unknown, .tooLong:
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
        if interpretation.isUnderstoodAsNothing, session.answers.isEmpty, corner != .allergy,
           Audience.namesTrade(in: key, session.language) || OtherSenses.namesDepartment(TextFolding.keyWords(key), session.language) {
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

    /// The lemma of the session's language that a word of the other language means, when the text is that word
    /// (read exactly, not as a slip) and the translation table has it: "geduldig" in English is patience.
    /// Not in what says where the team works ("de planning bij een transportbedrijf"), nor a person ("patient"
    /// is a patiënt in Dutch), nor a short word.
    func fromOtherLanguage(_ text: String, session: Session) -> LexiconMatch? {
        let other = lexicons[session.language == .nl ? .en : .nl]
        let key = TextFolding.key(text)
        guard !Audience.namesTrade(in: key, session.language),
              case .one(let match) = other.recognise(text), match.kind == .form || match.kind == .synonym, match.matched.utf8.count >= 5,
              !match.matched.split(separator: " ").contains(where: { OtherPeople.isSomeone(String($0), session.language) }),
              let word = lexicons.translations.translate(other.lemmas[match.lemma].word, to: session.language),
              let id = lexicon(session).lemmaID(named: word) else { return nil }
        return LexiconMatch(lemma: id, kind: .synonym, matched: match.matched)
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
        // -1 is the last, -2 the middle one of an odd number.
        let index = place == -1 ? count - 1 : place == -2 ? (count % 2 == 1 ? count / 2 : count) : place
        return index < count ? index : nil
    }

    private static let places: [String: Int] = [
        "first": 0, "1st": 0, "eerste": 0, "second": 1, "2nd": 1, "tweede": 1, "third": 2, "3rd": 2, "derde": 2,
        "last": -1, "laatste": -1, "middle": -2, "middelste": -2, "midden": -2, "1": 0, "2": 1, "3": 2, "4": 3,
        "1e": 0, "2e": 1, "3e": 2, "4e": 3, "1ste": 0, "2de": 1, "3de": 2, "4de": 3, "4th": 3,
    ]
    /// The shapes of the words of place, to pass most answers over before `place` splits them.
    static let placeBits = TextFolding.shapeBits(places.keys)

    private static let placeFillers: Set<String> = [
        "the", "one", "de", "het", "die", "een", "is", "it", "that", "please", "graag", "maar", "number", "nummer", "nr", "no",
        "in", "van", "probably", "maybe", "think", "guess", "denk", "ik", "i", "sounds", "like", "us",
    ]

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
        // "Meddling? no, not us. more that we're too chummy": a word turned down is not the answer; the rest is.
        if let question = text.utf8.firstIndex(of: UInt8(ascii: "?")) {
            let rest = text[text.utf8.index(after: question)...]
            let words = TextFolding.keyWords(TextFolding.key(String(rest)))
            let book = phrasebook(session.language)
            if let first = words.first, book.noWords.contains(first) || StopWords.negations(book.language).contains(first) {
                let after = words.drop { book.noWords.contains($0) || StopWords.negations(book.language).contains($0) || $0 == "us" || $0 == "ons" }
                return after.isEmpty ? .unknown : interpretAsTyped(after.joined(separator: " "), for: corner, in: session)
            }
        }
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
            // "we're really behulpzaam" in an English chat: a word of the other language, as the bot would say it here.
            if let translated = fromOtherLanguage(text, session: session) { return judge(translated, corner: corner, known: known, lexicon: lexicon) }
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
            // "eerder slordigheid dan overhaastheid", "urgency? acting faster when someone's in danger": the word
            // before the comparison or the question mark is the one meant.
            let book = phrasebook(session.language)
            let words = TextFolding.keyWords(TextFolding.key(text))
            // ("Meddling? no, not us. more that we're too chummy" turns the word down: not this rule.)
            let question = text.firstIndex(of: "?")
            var turnedDown = false
            if let question, let next = TextFolding.keyWords(TextFolding.key(String(text[text.index(after: question)...]))).first {
                turnedDown = book.noWords.contains(next) || StopWords.negations(book.language).contains(next)
            }
            let before: String? = turnedDown ? nil : question.map { String(text[..<$0]) }
                ?? words.firstIndex(where: book.comparisonWords.contains).map { words[..<$0].joined(separator: " ") }
            if let before, case .one(let named) = lexicon.recognise(before, aboutOthers: corner == .allergy),
               matches.contains(where: { $0.lemma == named.lemma }) {
                return judge(named, corner: corner, known: known, lexicon: lexicon)
            }
            // ("fast, friendly and reliable" is a list: the rest names more than one word of its own.)
            if let comma = text.firstIndex(of: ","),
               case .one(let named) = lexicon.recognise(String(text[..<comma]), aboutOthers: corner == .allergy),
               matches.contains(where: { $0.lemma == named.lemma }),
               lexicon.recognise(String(text[text.index(after: comma)...]), aboutOthers: corner == .allergy).matches.count < 2 {
                return judge(named, corner: corner, known: known, lexicon: lexicon)
            }
            // "we zijn te behulpzaam" for the core quality: its too-much names the strength behind it.
            if corner == .quality, case .excess(let quality)? = matches.first?.kind,
               matches.allSatisfy({ $0.kind == .excess(of: quality) }) {
                return judge(LexiconMatch(lemma: quality, kind: .synonym, matched: text), corner: corner, known: known, lexicon: lexicon)
            }
            // "we zijn soms te zorgzaam, betuttelend naar patiënten": a distortion named outright beside the
            // too-much it explains is the answer.
            if corner.polarity == .distortion, text.contains(","), matches.allSatisfy({ $0.kind.isExcess }) {
                let named = text.split(separator: ",").compactMap { clause -> LexiconMatch? in
                    guard case .one(let match) = lexicon.recognise(String(clause)), !match.kind.isExcess else { return nil }
                    return matches.contains(where: { $0.lemma == match.lemma }) ? match : nil
                }
                if named.count == 1 { return judge(named[0], corner: corner, known: known, lexicon: lexicon) }
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
            // The words in the order the team typed them, so that "the second" is its second.
            let typed = TextFolding.keyWords(TextFolding.key(text))
            func place(_ match: LexiconMatch) -> Int {
                let phrase = TextFolding.key(match.matched).split(separator: " ")
                return TextFolding.firstIndex(of: phrase, in: typed) ?? typed.count
            }
            let pool = (related.isEmpty ? matches : related).enumerated().sorted { (place($0.element), $0.offset) < (place($1.element), $1.offset) }.map(\.element)
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
    /// A new core quality whose too-much the pitfall filled before is not ("careful" where "thorough" had
    /// "nitpicking") asks for the pitfall again.
    func replace(_ corner: Corner, with word: String, in session: inout Session) -> [Output] {
        let lexicon = lexicon(session)
        var stale: [Corner] = []
        if corner == .quality, session.stage != .check, let new = lexicon.lemmaID(named: word),
           let pitfall = session.answers[.pitfall]?.lemma.flatMap(lexicon.lemmaID(named:)), !lexicon.holds(.excess, from: new, to: pitfall) {
            stale = [.pitfall]
        }
        return accept(Answer(text: word, lemma: word, ownChoice: false), for: corner, in: &session,
                      ack: phrasebook(session.language).corrected(word, corner: corner), clearing: stale)
    }

    /// Fills `corner` (and empties the `stale` corners) and moves on: the next open corner, or the check when
    /// all four are filled.
    func accept(_ answer: Answer, for corner: Corner, in session: inout Session, ack: String, clearing stale: [Corner] = []) -> [Output] {
        remember(&session)
        session.answers[corner] = answer
        for other in stale { session.answers[other] = nil }
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

    /// Pronouns for others that open a sentence ("ze mogen niks zelf", "they never listen"): no word for a corner.
    static let otherSubjects: Set<String> = ["ze", "zij", "hij", "they", "he", "she"]

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

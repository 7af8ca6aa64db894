/// Everything quadrant says in English.
struct EnglishPhrasebook: Phrasebook {
    /// Whom the questions name: "what do patients say", "what do pupils, parents or colleagues blame you for".
    var audience = Audience.customers

    /// "customers", "pupils and parents".
    private var people: String { audience.nouns(.en).joinedAsList(and: "and") }
    /// "customers or colleagues", "pupils, parents or colleagues".
    private var peopleOrColleagues: String { (audience.nouns(.en) + ["colleagues"]).joinedAsList(and: "or") }
    /// The seed's example quality, or a kind of service without customers in it for other teams.
    private var service: String { audience == .customers ? "customer focus" : "helpfulness" }

    func name(of corner: Corner) -> String {
        switch corner {
        case .quality: return "core quality"
        case .pitfall: return "pitfall"
        case .challenge: return "challenge"
        case .allergy: return "allergy"
        }
    }

    func greeting(from corner: Corner) -> String {
        switch corner {
        case .quality: return "Hi! Let’s find your team’s core quadrant together: quality, pitfall, challenge and allergy."
        case .pitfall: return "Hi! Let’s find your core quadrant, starting with the pitfall: that is often where the energy is."
        case .challenge: return "Hi! Let’s find your core quadrant, starting with the challenge: what you want to learn."
        case .allergy: return "Hi! Let’s find your core quadrant, starting with what you can least stand."
        }
    }

    func question(for corner: Corner, known: Quadrant<String?>) -> String {
        switch corner {
        case .quality:
            if let allergy = known.allergy {
                return "What you are allergic to is often the reverse of your own strength. What is the positive opposite of \(allergy)?"
            }
            if let pitfall = known.pitfall {
                return "Behind every pitfall there is a quality. \(pitfall.capitalisedFirst) is too much of which good thing?"
            }
            return "What is your team really good at? Think of what \(people) say: ‘they do that brilliantly!’"
        case .pitfall:
            if let quality = known.quality {
                return "And when you overdo \(quality), too much of a good thing: what do \(peopleOrColleagues) blame you for?"
            }
            if let challenge = known.challenge {
                return "What do you slip into when \(challenge) is missing? That is the pitfall."
            }
            return "What do \(peopleOrColleagues) sometimes blame you for, while you have a good reason for it yourselves?"
        case .challenge:
            if let pitfall = known.pitfall {
                return "What is the positive opposite of \(pitfall)? What do you need so you don’t overdo it?"
            }
            if let allergy = known.allergy {
                return "\(allergy.capitalisedFirst) is too much of which quality? That quality is your challenge."
            }
            return "Which quality would you like to show more? Something you admire in others but find hard yourselves."
        case .allergy:
            if let challenge = known.challenge {
                return "Imagine someone overdoing \(challenge). What gets on your nerves, what makes you say: ‘never that!’?"
            }
            if let quality = known.quality {
                return "What is the negative opposite of \(quality)? What can’t you stand?"
            }
            return "What irritates you in others? What makes you say straight away: ‘never that!’?"
        }
    }

    func explanation(of corner: Corner, known: Quadrant<String?>, examples: [String]) -> String {
        let some = examples.prefix(2).joined(separator: " or ")
        switch corner {
        case .pitfall where known.quality != nil && !examples.isEmpty:
            return "The pitfall is too much of a good thing: the core quality overdone. Others blame you for it while you justify it. Too much \(known.quality!) becomes, for example, \(some)."
        case .challenge where known.pitfall != nil && !examples.isEmpty:
            return "The challenge is the positive opposite of the pitfall: what you want more of. Against \(known.pitfall!) stands, for example, \(some)."
        case .allergy where known.challenge != nil && !examples.isEmpty:
            return "The allergy is too much of the challenge, and the negative opposite of your core quality. Too much \(known.challenge!) becomes, for example, \(some): ‘never that!’"
        default:
            break
        }
        switch corner {
        case .quality:
            return "The core quality is what you are excellent at: \(people) say ‘they do that brilliantly!’ and you find it only natural. Think of \(service), accuracy in accounting or creativity in design."
        case .pitfall:
            return "The pitfall is too much of a good thing: the core quality overdone. \(people.capitalisedFirst) blame you for it while you justify it. Too much \(service) becomes a lack of boundaries or people-pleasing."
        case .challenge:
            return "The challenge is the positive opposite of the pitfall. A team without boundaries needs clarity: setting boundaries. \(people.capitalisedFirst) then know where they stand."
        case .allergy:
            return "The allergy is too much of the challenge, and the negative opposite of your core quality. Too much clarity turns into harshness or rigidity: ‘never that!’"
        }
    }

    func acknowledge(_ word: String, typed: String, kind: MatchKind, excessOf: String?, corner: Corner) -> String {
        if let excessOf { return "Too much \(excessOf): that is \(word)." }
        let heard = kind == .form ? word.capitalisedFirst : "I read: \(word)."
        switch (corner, kind) {
        case (.quality, .form): return "\(heard), lovely."
        case (.pitfall, .form): return "\(heard): that sounds familiar."
        case (.challenge, .form): return "\(heard), good."
        case (.allergy, .form): return "\(heard): never that!"
        default: return heard
        }
    }

    func keptOwnWord(_ word: String) -> String {
        "‘\(word)’ isn’t in my word list, but it is your word: I’ll keep it as it is."
    }

    func keptDespiteCoaching(_ word: String) -> String {
        "Fine, you keep ‘\(word)’. It is your quadrant."
    }

    func confirmed() -> String { "Good." }

    func keptOpen(_ broken: ArrowCheck) -> String { "The quadrant doesn’t quite close. \(reason(broken))" }

    func askWhich(_ typed: String, candidates: [String]) -> String {
        guard typed.split(separator: " ").count <= Self.longestQuoted else { return "I can hear more than one word in that. Which one do you mean?" }
        return "‘\(typed)’ could mean more than one word to me. Which one do you mean?"
    }

    var needWords: Set<String> { Self.needWords }
    var moreWords: Set<String> { Self.moreWords }
    var lackWords: Set<String> { Self.lackWords }
    private static let lackWords: Set<String> = ["lack", "lacking", "missing"]
    private static let needWords: Set<String> = ["need", "needs", "should", "ought", "could", "must", "lack", "lacking", "missing"]
    private static let moreWords: Set<String> = ["more", "less"]

    func challengeFirst(_ word: String, before corner: Corner) -> String {
        "\(word.capitalisedFirst) sounds like your challenge: I’ll keep it for later. First the \(name(of: corner))."
    }

    func notedAudience() -> String {
        "Thanks, now I know who you work with."
    }

    func askShorter() -> String {
        "I hear you. Which word sums that up? One or two words is enough."
    }

    func askAgain() -> String {
        "I didn’t catch an answer yet."
    }

    func askForWords() -> String {
        "I can see an emoji, but I need words."
    }

    var plainYes: String { "yes" }
    var plainNo: String { "no" }

    func pickNumber(upTo count: Int) -> String {
        "Pick a number from 1 to \(count), or say it in your own words."
    }

    func askOwnWords(for corner: Corner) -> String {
        "Say it in your own words: which \(name(of: corner)) fits you?"
    }

    func notSure(withWords: Bool) -> String {
        withWords
            ? "No problem, it isn’t easy. Pick the word below that comes closest, or tell me what happens then."
            : "No problem, it isn’t easy. Tell me what happens then: a few words will do."
    }

    func anotherWord() -> String { "Fine, let’s find another word." }

    var greetingWords: Set<String> { Self.greetings }
    private static let greetings: Set<String> = ["hello", "hi", "hey", "hiya", "hi there", "hello there", "good morning", "good afternoon", "morning"]
    func greetBack() -> String { "Hi!" }
    var pauseOpenings: Set<String> { Self.pauseOpenings }
    var pauseFirstBytes: Set<UInt8> { Self.pauseFirstBytes }
    private static let pauseFirstBytes = Set(pauseOpenings.compactMap(\.utf8.first))
    private static let pauseOpenings: Set<String> = [
        "one moment", "one sec", "hang on", "hold on", "wait a", "wait wait", "give us", "lets think", "good question",
    ]
    func takeYourTime() -> String { "Take your time." }
    var chatWords: Set<String> { Self.chat }
    var thanksOpeners: Set<String> { Self.thanksOpening }
    var praiseWords: Set<String> { Self.praise }
    var chatShapes: Set<UInt16> { Self.chatShapes }
    private static let chatShapes = Set(chat.union(thanksOpening).map(TextFolding.shape))
    private static let chat: Set<String> = ["haha", "hahaha", "ha", "lol", "lmao", "xd", "ok", "okay", "k", "kk", "brb", "yh", "cool", "tbh", "oof", "wait"]
    private static let thanksOpening: Set<String> = ["thanks", "thank", "thx", "ta", "cheers", "tnx"]
    private static let praise: Set<String> = [
        "you", "that", "was", "is", "very", "really", "so", "super", "useful", "helpful", "interesting", "good",
        "great", "nice", "much", "a", "lot", "for", "the", "tip", "tips", "explanation", "mate", "appreciated",
    ]
    func gladToHelp() -> String { "You’re welcome." }
    var agreementPhrases: Set<String> { Self.agreementPhrases }
    var agreementShapes: Set<UInt16> { Self.agreementShapes }
    private static let agreementShapes = Set(agreementPhrases.union(chat).union(yes).map { TextFolding.shape(of: $0.split(separator: " ")[0]) })
    private static let agreementPhrases: Set<String> = [
        "fair enough", "makes sense", "that makes sense", "sounds about right", "sounds right", "sounds good", "perfect",
        "fab", "brilliant", "nice one", "spot on", "bang on", "exactly", "got it", "true", "fair point", "good point",
        "agreed", "totally", "thats it", "thats the one", "fair", "thats fair", "so true", "thats so us", "thats us",
    ]
    func revising(_ corner: Corner) -> String { "Fine, let’s change the \(name(of: corner))." }
    var bothWords: Set<String> { Self.both }
    private static let both: Set<String> = ["both", "both of them", "all of them", "all", "either", "all three", "all 3", "the first two", "the last two", "2 and 3", "1 and 2"]
    func pickOne() -> String { "Pick one: which fits you best?" }

    var notSureWords: Set<String> { Self.notSure }
    var stuckOpeners: Set<String> { Self.notSureKeys.stuckOpeners }
    var alternativeMarkers: Set<String> { ["but", "also", "says", "said", "say", "rather", "or", "thinks", "reckons"] }
    var notSureShapes: Set<UInt16> { Self.notSureKeys.shapes }
    private static let notSureKeys = NotSureKeys(notSure, teamOpeners: teamOpeners)
    var keepWords: Set<String> { Self.keep }
    private static let keep: Set<String> = ["keep", "keeping", "it", "anyway", "yes", "yeah", "we", "ll", "still", "that", "one", "please", "go", "with", "the", "word", "is", "fine", "ok", "okay"]
    var teamOpeners: Set<String> { Self.teamOpeners }
    var correctionOpenings: Set<String> { Self.correctionOpenings }
    var correctionFirstBytes: Set<UInt8> { Self.correctionFirstBytes }
    private static let correctionFirstBytes = Set(correctionOpenings.compactMap(\.utf8.first))
    private static let correctionOpenings: Set<String> = ["no", "nope", "nah", "sorry", "oops", "actually"]
    func corrected(_ word: String, corner: Corner) -> String { "Right, then the \(name(of: corner)) is \(word)." }
    var changeWords: Set<String> { Self.changeWords }
    private static let changeWords: Set<String> = ["change", "fix", "redo", "replace", "correct"]
    var preferenceWords: Set<String> { Self.preferenceWords }
    private static let preferenceWords: Set<String> = ["actually", "rather", "more", "better", "instead"]
    var comparisonWords: Set<String> { Self.comparisonWords }
    private static let comparisonWords: Set<String> = ["than"]
    var butWords: Set<String> { Self.butWords }
    private static let butWords: Set<String> = ["but", "though", "although", "well"]
    func corner(named word: String) -> Corner? { Self.cornerNames[word] }
    private static let cornerNames: [String: Corner] = ["quality": .quality, "pitfall": .pitfall, "challenge": .challenge, "allergy": .allergy]
    var reviseWords: Set<String> { Self.reviseWords }
    private static let reviseWords: Set<String> = ["change", "no change", "yes change", "change it", "yes change it", "yes please change it"]
    var leaveWords: Set<String> { Self.leaveWords }
    private static let leaveWords: Set<String> = ["leave it", "leave it as it is", "no leave it", "keep it as it is", "leave as is"]
    private static let teamOpeners: Set<String> = ["we", "were", "weve", "i", "im", "ive", "our", "us", "my"]
    var workplaceWords: Set<String> { Self.workplaceWords }
    private static let workplaceWords: Set<String> = [
        "library", "office", "practice", "crew", "agency", "workers", "department", "ward", "school", "station", "desk",
        "centre", "center", "clinic", "lab", "laboratory", "shop", "store", "pharmacy", "museum", "brigade", "club",
        "team", "teams", "bank", "warehouse", "unit",
    ]
    var questionOpenings: Set<String> { Self.questionOpenings }
    private static let questionOpenings: Set<String> = [
        "what do", "what does", "what is", "what s", "how do", "can you", "could you", "please explain", "explain that",
        "explain what", "i dont understand", "i dont get it", "dont understand", "dont get it", "what if", "why do",
        "why does", "why would", "whats the", "whats a", "whats an", "how does", "not sure what you mean",
        "im not sure what you mean", "what do you mean",
        "what would", "which would", "which one would", "no idea what you mean", "not following", "sorry not following",
        "im not following", "i dont follow", "dont follow", "sorry i dont follow", "you lost me", "lost me",
    ]
    var doubtOpenings: Set<String> { Self.doubtOpenings }
    private static let doubtOpenings: Set<String> = ["why", "isnt", "arent", "doesnt", "is", "are", "does", "should", "shouldnt"]
    var doubtWords: Set<String> { Self.doubtWords }
    private static let doubtWords: Set<String> = ["really", "why", "isnt", "arent", "doesnt", "shouldnt"]
    var startWords: Set<String> { Self.startWords }
    private static let startWords: Set<String> = [
        "we", "want", "to", "start", "starting", "begin", "with", "from", "at", "the", "our", "lets", "let", "us", "can",
        "could", "d", "like", "rather", "first", "instead", "please", "is", "are", "ok", "okay", "wed", "id", "i", "love",
    ]

    var selfCorrections: (phrases: [[Substring]], signal: Substring) { (Self.selfCorrections, "no") }
    private static let selfCorrections = ["no wait", "actually no", "no actually", "or no"].map { $0.split(separator: " ") }
    var language: Language { .en }
    var contrastWord: Substring { "but" }
    var allergyOpenings: [[Substring]] { Self.allergyOpenings }
    var allergySignals: Set<String> { Self.allergySignals }
    private static let allergySignals: Set<String> = [
        "mad", "crazy", "nuts", "stand", "annoys", "annoy", "irritates", "irritate", "nerves", "hate", "allergic", "winds",
        "wind", "peeve", "heads", "hate",
    ]
    private static let allergyOpenings = [
        "drives us mad", "drives us crazy", "drives us nuts", "drive us mad", "drive us crazy", "we cant stand",
        "we cannot stand", "we can not stand", "annoys us", "annoy us", "irritates us", "irritate us",
        "gets on our nerves", "get on our nerves", "we hate it when", "we really hate", "were allergic to",
        "we are allergic to", "winds us up", "wind us up", "our biggest pet peeve", "biggest pet peeve",
        "pet peeve", "nothing annoys us more than", "does our heads in", "do our heads in", "drives me mad",
        "winds me up", "we cant stand it when", "our pet hate", "pet hate", "biggest pet hate",
    ].map { $0.split(separator: " ") }
    var allergyIntensifiers: Set<String> { Self.allergyIntensifiers }
    private static let allergyIntensifiers: Set<String> = ["really", "absolutely", "totally", "just", "so"]
    var allergyLeads: Set<String> { Self.allergyLeads }
    private static let allergyLeads: Set<String> = [
        "honestly", "what", "it", "really", "the", "thing", "that", "well", "so", "hmm", "oh", "tbh", "one", "always",
    ]
    var allergyLinks: Set<String> { Self.allergyLinks }
    private static let allergyLinks: Set<String> = ["is", "are", "most", "the", "when", "it", "its", "really"]

    func startingFrom(_ corner: Corner) -> String {
        switch corner {
        case .quality: return "Fine, let’s start with the quality."
        case .pitfall: return "Fine, let’s start with the pitfall: that is often where the energy is."
        case .challenge: return "Fine, let’s start with the challenge: what you want to learn."
        case .allergy: return "Fine, let’s start with what you can least stand."
        }
    }

    var negationsAsNo: Set<String> { Self.negationsAsNo }
    private static let negationsAsNo: Set<String> = ["not", "never", "not really"]
    private static let notSure: Set<String> = [
        "dont know", "i dont know", "no idea", "not sure", "im not sure", "unsure", "dunno", "no clue", "hmm", "hmm not sure",
        "good question", "tough one", "hard to say", "were not sure", "we dont know", "idk", "idk tbh", "not sure tbh",
        "too much", "no idea tbh", "we dont know tbh", "not sure really", "we re not sure",
        "yes and no", "hmm yes and no", "yes and no really", "you choose", "you pick", "your call", "you decide", "up to you",
        "dunno you decide", "whatever you think", "surprise us", "you pick one whatever fits", "you pick one",
        "we disagree", "dunno we disagree", "we cant make our minds up", "cant agree on this one", "cant agree on this one lol",
        "we cant decide", "cant decide", "we cant agree", "cant agree", "we cant make up our minds", "we cant agree on this one", "we cant choose", "we cannot decide", "were torn", "we re torn", "torn",
    ]

    func coach(_ word: String, corner: Corner, misfit: Misfit, known: Quadrant<String?>, withWords: Bool) -> String {
        let advice = (withWords ? "Words that fit are below. " : "") + "Keeping ‘\(word)’ anyway? Then just say it again."
        let Word = word.capitalisedFirst
        if let same = misfit.sameAs {
            return "You already have ‘\(word)’ as the \(name(of: same)). Which other word fits here?" + (withWords ? " Words that fit are below." : "")
        }
        guard let side = misfit.side, let other = known[side] else {
            switch corner {
            case .pitfall:
                return "\(Word) sounds more like a quality than a pitfall. The pitfall is too much of a good thing: \(known.quality.map { "\($0) gone too far" } ?? "a quality overdone"). \(advice)"
            case .allergy:
                return "\(Word) is a positive word; the allergy is the negative: too much \(known.challenge ?? "of the challenge"), which you can’t stand. \(advice)"
            case .quality:
                return "\(Word) sounds more like a pitfall than a quality. What strength is behind it? \(advice)"
            case .challenge:
                return "\(Word) sounds more like a pitfall than a challenge. The challenge is a strength: \(known.pitfall.map { "the positive opposite of \($0)" } ?? "what you want more of"). \(advice)"
            }
        }
        let why: String
        switch (side == corner.previous, corner) {
        case (false, .allergy): why = "\(Word) isn’t the negative opposite of \(other)."
        case (true, _): why = "\(Word) isn’t \(relation(corner.previous.relationToNext)) \(other)."
        case (false, _): why = "\(other.capitalisedFirst) isn’t \(relation(corner.relationToNext)) \(word)."
        }
        return "\(why) \(advice)"
    }

    private func relation(_ relation: QuadrantRelation) -> String {
        relation == .excess ? "really too much of" : "the positive opposite of"
    }

    func askYesOrNo() -> String { "Say ‘yes’ if it’s right, or ‘change’." }
    func askReviseOrKeep() -> String { "Say ‘change’ to change it, or ‘leave it’." }
    func askYesPartlyNo() -> String { "Answer yes, partly or no." }

    func keepLabel(_ word: String) -> String { "Keep ‘\(word)’" }
    var somethingElse: String { "something else" }

    func checkClosed(_ words: Quadrant<String>, testAllergy: Bool) -> String {
        "The quadrant closes: \(words.quality) is the positive opposite of \(words.allergy). Does that ring true?"
            + (testAllergy ? " Would you say of \(words.allergy): ‘never that!’?" : "")
    }

    func checkOpen(_ broken: ArrowCheck, revising corner: Corner, words: Quadrant<String>) -> String {
        switch broken.finding {
        case .unknownWord(let word):
            return "I don’t know ‘\(word)’, so I can’t tell whether the link from \(words[broken.arrow.from]) to \(words[broken.arrow.to]) holds. Does it fit for you?"
        default:
            return "The quadrant doesn’t close yet. \(reason(broken)) Would you like to change the \(name(of: corner))?"
        }
    }

    var confirmLabel: String { "Yes, that’s right" }
    func reviseLabel(_ corner: Corner) -> String { "Change the \(name(of: corner))" }
    var keepAsIsLabel: String { "Leave it" }

    func reason(_ check: ArrowCheck) -> String {
        let relation = check.arrow.relation == .excess ? "too much of" : "the positive opposite of"
        switch check.finding {
        case .holds:
            return "\(check.to.capitalisedFirst) is \(relation) \(check.from)."
        case .unknownWord(let word):
            return "‘\(word)’ isn’t in the word list, so I can’t judge this."
        case .wrongPolarity(let word, let corner):
            let kind = corner.polarity == .quality ? "a quality" : "too much of a good thing"
            return "\(word.capitalisedFirst) doesn’t fit as \(name(of: corner)): it should be \(kind)."
        case .same(let a, let b):
            return "\(a.capitalisedFirst) and \(b) mean nearly the same; this side needs \(relation) \(check.from)."
        case .unrelated(let better):
            let hint = better.isEmpty ? "" : " A better fit: \(better.joined(separator: ", "))."
            return "\(check.to.capitalisedFirst) isn’t \(relation) \(check.from).\(hint)"
        }
    }

    func askExample(_ words: Quadrant<String>) -> String {
        // The seed's example fits its own quadrant only.
        let seed = words.quality == "customer focus" ? " At one childcare organisation, the debt collectors were called off ‘in the customer’s interest’." : ""
        return "Think of a concrete moment when \(words.pitfall) showed.\(seed) What happened in your team?"
    }

    func askNextStep(_ words: Quadrant<String>) -> String {
        "And what is one small step toward \(words.challenge) you can take this week?"
    }

    func explainReflection(_ words: Quadrant<String>, example: Bool) -> String {
        if example {
            return "A moment when \(words.pitfall) showed: a conversation, a job or a day when you overdid it. What happened, and what did you do? One or two sentences is enough. Rather not? Then say ‘skip’."
        }
        return "A small step is something you can really do this week, such as one conversation in which you practise \(words.challenge), and a short talk afterwards about how it went. Which step do you choose? Rather not? Then say ‘skip’."
    }

    var skipLabel: String { "skip" }

    var summaryWording: SummaryWording {
        SummaryWording(
            round: "Your core quadrant closes:", notRound: "Your core quadrant:",
            quality: "Core quality", pitfall: "Pitfall", allergy: "Allergy", challenge: "Challenge",
            example: "Example", nextStep: "Next step",
            goodbye: "Good luck! Say ‘again’ for another quadrant, or ‘the four phases’: which phase is your team in with \(people)?",
            goodbyeToTeam: "Good luck! Say ‘again’ for another quadrant.")
    }

    var againLabel: String { "again" }

    func finished() -> String { "This quadrant is done." }
    func welcome() -> String { "You’re welcome, and good luck!" }
    var thanksWords: Set<String> { Self.thanks }
    private static let thanks: Set<String> = ["ok", "okay", "great", "cool", "nice", "thanks", "thank you", "thanks a lot", "thank you very much", "cheers", "thx", "ta", "ok thanks", "great thanks", "bedankt"]

    func help(_ stage: Stage, known: Quadrant<String?>, examples: [String]) -> String {
        let commands = "You can always say ‘back’, ‘restart’, ‘status’, ‘phases’, ‘stop’ or ‘in Dutch’."
        if let corner = stage.corner { return "\(explanation(of: corner, known: known, examples: examples)) \(commands)" }
        switch stage {
        case .check: return "A quadrant closes when the core quality is the positive opposite of the allergy. \(commands)"
        case .reflect: return "A concrete example makes the pitfall tangible; a small step makes the challenge doable. \(commands)"
        case .phases: return "A few questions show which phase your team is in with \(people): unaware (not knowing what goes wrong), customer-focused (seeing it, not yet able), customer-aware (able, with attention) or customer-competent (it comes naturally). \(commands)"
        default: return commands
        }
    }

    func status(_ stage: Stage, filled: Quadrant<String?>) -> String {
        let parts = filledCorners(filled)
        let place = stage.corner.map { "We’re looking for the \(name(of: $0))." } ?? (stage == .done ? "We’re done." : "We’re at the \(stageName(stage)).")
        return parts.isEmpty ? "\(place) Nothing filled in yet." : "\(place) Filled in: \(parts.joined(separator: ", "))."
    }

    private func stageName(_ stage: Stage) -> String {
        switch stage {
        case .check: return "check"
        case .reflect: return "reflection"
        case .phases: return "questions about the four phases"
        case .lobby: return "start: who’s in"
        default: return stage.rawValue
        }
    }

    func nothingToUndo() -> String { "We’re already at the start." }
    func noFurtherBack(_ steps: Int) -> String { "I can’t go back further: I keep the last \(steps) steps. Say ‘again’ to start from scratch." }
    func undone() -> String { "Okay, one step back." }
    func restarted() -> String { "Let’s start again." }

    func goodbye(_ filled: Quadrant<String?>) -> String {
        let parts = filledCorners(filled)
        return parts.isEmpty ? "Goodbye!" : "Goodbye! You had: \(parts.joined(separator: ", "))."
    }

    func switchedLanguage() -> String { "Fine, let’s carry on in English." }

    var yesWords: Set<String> { Self.yes }
    private static let yes: Set<String> = [
        "yes", "yeah", "yep", "yup", "right", "100", "100 percent", "ye", "yh", "ya", "yea", "excellent", "great", "perfect",
        "sounds good", "brilliant", "love it", "nailed it", "ha nailed it", "cool", "lovely", "thats us in a nutshell",
        "not bad", "not bad at all", "not wrong", "to be honest yes thats us", "honestly yes", "thats right", "yes thats right", "correct", "true", "round", "sure", "ok", "okay", "ja",
        "indeed", "absolutely", "exactly", "definitely", "agreed", "spot on", "yeh", "i think so", "pretty much", "y",
        "guilty", "haha guilty", "guilty as charged", "so true", "lol so true", "haha so true", "thats us", "thats us alright",
        "thats so us", "sounds like us", "makes sense", "that makes sense", "fair enough", "sounds about right",
        "sounds right", "bang on",
    ]
    var noWords: Set<String> { Self.no }
    private static let no: Set<String> = ["no", "nope", "nah", "not", "not really", "never", "change", "no change", "nee"]
    var skipWords: Set<String> { Self.skip }
    private static let skip: Set<String> = [
        "skip", "pass", "dont know", "i dont know", "no idea", "no", "overslaan", "next", "next step", "next step please",
        "whats next", "whats the next step", "ok whats the next step", "move on", "lets move on",
    ]
    var partlyWords: Set<String> { Self.partly }
    var yesNoOrSkipWords: Set<String> { Self.yesNoOrSkip }
    private static let yesNoOrSkip = yes.union(no).union(skip)
    private static let partly: Set<String> = [
        "partly", "somewhat", "sometimes", "a bit", "a little", "half", "sort of", "kind of", "kinda", "mostly", "most of the time",
        "yes but", "more or less", "usually", "often", "it depends", "depends", "on and off",
    ]

    var phaseQuestions: [String] {
        [
            "Do you really know what \(people) think of you, sore points included?",
            "Have courses, workshops or complaints shown you what could be better?",
            "Do you manage to \(audience == .customers ? "serve" : "help") \(people) really well when you consciously make the effort?",
            "Does that happen by itself, even on a busy day, without anyone having to watch it?",
        ]
    }

    var phaseAnswerLabels: [String] { ["yes", "partly", "no"] }

    func phaseIntroduction() -> String {
        "Four short questions about how you work with \(people). Answer yes, partly or no."
    }

    func phaseResult(_ phase: CustomerPhase, offerWalk: Bool) -> String {
        let next = offerWalk ? "Shall we find your core quadrant?" : "Say ‘again’ for another quadrant, or ‘stop’."
        switch phase {
        case .onwetend:
            return "You are in the unaware phase: ‘nothing wrong here’, business as usual. Unconsciously incompetent, like a small child who has no idea what driving is. What helps: hearing honestly what \(people) experience. \(next)"
        case .klantgericht:
            return "You are customer-focused: consciously incompetent. You see what is missing, like a learner driver who wants to drive but doesn’t yet know how. Often the organisation, not \(audience == .customers ? "the customer" : "the people you help"), is still at the centre. What helps: leadership and practice. \(next)"
        case .klantbewust:
            return "You are customer-aware: consciously competent. It works, with attention, like driving just after your test. What helps: lots of practice and a learning culture, until it comes naturally. \(next)"
        case .klantbekwaam:
            return "You are customer-competent: unconsciously competent. \(audience == .customers ? "The customer is" : "Helping well is") in your DNA, like driving while listening to the radio and eating a sandwich. What helps: staying sharp on your pitfall. \(next)"
        }
    }

    var walkOfferLabel: String { "yes, the core quadrant" }
    func phasesDeclined() -> String { "Fine. Want to find your core quadrant later after all? Say ‘yes, the core quadrant’." }
    var phasesLabel: String { "the four phases" }
}

/// Everything the bot says, in one language. One type per language implements it, so the two stay in step:
/// a text added to one and not the other does not compile.
protocol Phrasebook: PhasesPhrasebook, TeamPhrasebook {
    /// Short name of a corner as a participant says it: "kernkwaliteit", "pitfall".
    func name(of corner: Corner) -> String
    /// The greeting that opens a walk.
    func greeting(from corner: Corner) -> String
    /// The question for `corner`, phrased from the neighbour that is known (the arrow into it first).
    func question(for corner: Corner, known: Quadrant<String?>) -> String
    /// One sentence explaining a corner, with the team's own neighbouring word and two `examples` of words
    /// that fit when they are known, else with the seed's example (for `help`).
    func explanation(of corner: Corner, known: Quadrant<String?>, examples: [String]) -> String
    /// Acknowledges a recognised answer; `typed` differs from `word` when a typo or synonym was understood.
    func acknowledge(_ word: String, typed: String, kind: MatchKind, excessOf: String?, corner: Corner) -> String
    /// Acknowledges a word the lexicon does not know, kept as the participant's own.
    func keptOwnWord(_ word: String) -> String
    /// Acknowledges a word kept although it did not fit.
    func keptDespiteCoaching(_ word: String) -> String
    /// The quadrant confirmed at the check, before the reflection's first question.
    func confirmed() -> String
    /// A word kept despite coaching leaves the quadrant open: said once, and the walk goes on.
    func keptOpen(_ broken: ArrowCheck) -> String
    /// Asks which of several words was meant.
    func askWhich(_ typed: String, candidates: [String]) -> String
    /// Asks to say a long answer in a few words.
    func askShorter() -> String
    /// Asked for `corner`, the team named the challenge: kept there, `corner` still to find.
    func challengeFirst(_ word: String, before corner: Corner) -> String
    /// The signs of a wish rather than what the team does: a word of need ("nodig", "moeten", "should") with
    /// "meer" / "more" or a comparative.
    var needWords: Set<String> { get }
    var moreWords: Set<String> { get }
    /// The words of need that say something lacks, a wish without "more": "lack", "ontbreekt".
    var lackWords: Set<String> { get }
    /// Thanks for saying whom the team works for, in an answer that holds no word for the corner.
    func notedAudience() -> String
    /// Asks for an answer after an empty message.
    func askAgain() -> String
    /// Asks for words after a message of emoji alone (not a thumbs-up or -down).
    func askForWords() -> String
    /// The plain yes and no a thumbs-up and a thumbs-down stand for.
    var plainYes: String { get }
    var plainNo: String { get }
    /// After a number that is none of the `count` options on offer.
    func pickNumber(upTo count: Int) -> String
    /// After "something else": the participant types their own word.
    func askOwnWords(for corner: Corner) -> String
    /// After "weet ik niet" / "not sure" at a corner: no pressure, a way in (`withWords`: words are offered).
    func notSure(withWords: Bool) -> String
    /// After "no" to keeping a coached word: on to another one.
    func anotherWord() -> String
    /// Answers that say the participant does not know.
    var notSureWords: Set<String> { get }
    /// Words that bring in another word beside a yes at the check: "maar", "ook", "zegt"; "but", "also", "says".
    var alternativeMarkers: Set<String> { get }
    /// The shapes of the first words of `notSureWords` (`TextFolding.firstWordShape`).
    var notSureShapes: Set<UInt16> { get }
    /// The first two words of the phrases of `notSureWords` that open with the team: "we kunnen", "we cant".
    var stuckOpeners: Set<String> { get }
    /// Words around a coached word that keep it ("toch hardheid", "keep it"), and how the team opens a
    /// sentence about itself ("we", "wij"): such a sentence the lexicon does not know is no word for a corner.
    var keepWords: Set<String> { get }
    /// At the check: words that ask to change a corner ("aanpassen", "change") and to leave it ("zo laten").
    var reviseWords: Set<String> { get }
    /// Words that ask for a change ("aanpassen", "change"), and the words that name a corner in a request
    /// ("valkuil", "kwaliteit"): together they reopen that corner.
    var changeWords: Set<String> { get }
    /// Words that mark a preferred word at the check ("eigenlijk meer X", "more like X"), and the word of a
    /// comparison after it ("meer X dan Y").
    var preferenceWords: Set<String> { get }
    var comparisonWords: Set<String> { get }
    /// Words of a "yes, but": "maar", "al", "but", "though".
    var butWords: Set<String> { get }
    /// How a correction of the previous answer opens ("nee", "no", "actually"), and the acknowledgement of the
    /// new word.
    var correctionOpenings: Set<String> { get }
    /// The first bytes of those openings, so most answers are passed over at once.
    var correctionFirstBytes: Set<UInt8> { get }
    func corrected(_ word: String, corner: Corner) -> String
    func corner(named word: String) -> Corner?
    var leaveWords: Set<String> { get }
    var teamOpeners: Set<String> { get }
    /// The last words of a workplace's name ("bibliotheek", "office"): such a name introduces the team.
    var workplaceWords: Set<String> { get }
    /// How a question about the question opens ("hoe bedoel je", "can you explain"): its first two words, or
    /// the whole of a short one ("i dont get it").
    var questionOpenings: Set<String> { get }
    /// How a question that doubts a word opens ("waarom", "why", "isn't"), and the words that make an opening
    /// such as "is" a doubt ("echt", "really"): "is apathy really a pitfall?" asks, "is het geduld?" answers.
    var doubtOpenings: Set<String> { get }
    var doubtWords: Set<String> { get }
    /// Before the first answer, the team chooses the corner to start from ("we beginnen bij de valkuil"):
    /// the words around the corner's name that are no answer, and the reply before its question.
    var startWords: Set<String> { get }
    func startingFrom(_ corner: Corner) -> String
    /// How a team says what it cannot stand, folded ("waar we niet tegen kunnen", "drives us mad"): a first
    /// answer so put starts from the allergy. `allergyLinks` may stand before the allergy itself ("is", "when").
    var allergyOpenings: [[Substring]] { get }
    /// How a team takes back a word inside an answer ("nee wacht", "no wait", "i mean"), with a word each of
    /// them holds.
    var selfCorrections: (phrases: [[Substring]], signal: Substring) { get }
    /// The language of this phrasebook, and its word for a contrast ("maar", "but").
    var language: Language { get }
    var contrastWord: Substring { get }
    /// A word of every one of `allergyOpenings`: an answer without one opens no allergy.
    var allergySignals: Set<String> { get }
    var allergyLinks: Set<String> { get }
    var allergyLeads: Set<String> { get }
    var allergyIntensifiers: Set<String> { get }
    /// A hello where an answer is asked for, and the bot's hello back.
    var greetingWords: Set<String> { get }
    func greetBack() -> String
    /// How a team opens when it takes a moment ("momentje", "goeie vraag", "one sec"), and the reply.
    var pauseOpenings: Set<String> { get }
    /// The first bytes of those openings: most answers start otherwise, and are passed at one lookup.
    var pauseFirstBytes: Set<UInt8> { get }
    func takeYourTime() -> String
    /// Chat that holds no word for a corner: laughs and acknowledgements ("haha", "lol", "ok", "brb"), and
    /// thanks ("bedankt", "cheers"), after which `praiseWords` may follow ("thanks, that was useful").
    var chatWords: Set<String> { get }
    var thanksOpeners: Set<String> { get }
    var praiseWords: Set<String> { get }
    /// The `TextFolding.shape`s of `chatWords` and `thanksOpeners`, so most answers are passed over at once.
    var chatShapes: Set<UInt16> { get }
    /// After thanks in the middle of a walk.
    func gladToHelp() -> String
    /// Agreement said where a word is asked ("fair enough", "spot on", "klopt"), which the lexicon would read as
    /// a trait or keep as the team's own word: it confirms the word just read, or a word is asked for.
    var agreementPhrases: Set<String> { get }
    /// The `TextFolding.shape`s of the words an agreement or chat may open with.
    var agreementShapes: Set<UInt16> { get }
    /// Before the question of a corner reopened from the check.
    func revising(_ corner: Corner) -> String
    /// "allebei", "both" where one word is asked for, and the answer to it.
    var bothWords: Set<String> { get }
    func pickOne() -> String
    /// Words among the no-words that negate a trait when they open an answer ("niet zo betrokken").
    var negationsAsNo: Set<String> { get }
    /// Coaching when an answer does not fit its corner: why, in one sentence, and what would.
    func coach(_ word: String, corner: Corner, misfit: Misfit, known: Quadrant<String?>, withWords: Bool) -> String
    /// Nudges toward yes or revise at the check.
    func askYesOrNo() -> String
    /// Nudges toward revising or keeping at a check that is not round.
    func askReviseOrKeep() -> String
    /// Nudges toward yes, partly or no in the phases flow.
    func askYesPartlyNo() -> String
    /// The label of the option that keeps the participant's word after coaching.
    func keepLabel(_ word: String) -> String
    /// The option that asks for the participant's own words; already folded (a test checks), so a folded
    /// answer is compared with it as it is.
    var somethingElse: String { get }

    /// The check: the quadrant is round; `testAllergy` asks the allergy's "dat nooit!" too (not when the
    /// allergy was just answered with it).
    func checkClosed(_ words: Quadrant<String>, testAllergy: Bool) -> String
    /// The check: one side could not be judged or does not close.
    func checkOpen(_ broken: ArrowCheck, revising corner: Corner, words: Quadrant<String>) -> String
    var confirmLabel: String { get }
    func reviseLabel(_ corner: Corner) -> String
    var keepAsIsLabel: String { get }
    /// One line a person understands on why an arrow got its verdict (for `checked`).
    func reason(_ check: ArrowCheck) -> String

    func askExample(_ words: Quadrant<String>) -> String
    func askNextStep(_ words: Quadrant<String>) -> String
    /// The reflection's question explained, after a question back or a "geen idee": what an example (or a
    /// small step) looks like, and that it may be skipped.
    func explainReflection(_ words: Quadrant<String>, example: Bool) -> String
    var skipLabel: String { get }
    /// The words of a finished walk's summary (`summary` puts them together).
    var summaryWording: SummaryWording { get }
    var againLabel: String { get }
    /// After the walk, when the participant says something else.
    func finished() -> String
    /// After the walk, when the participant says thank you.
    func welcome() -> String
    var thanksWords: Set<String> { get }

    /// Explains `stage`, with the team's own words where a corner is explained (see `explanation`).
    func help(_ stage: Stage, known: Quadrant<String?>, examples: [String]) -> String
    func status(_ stage: Stage, filled: Quadrant<String?>) -> String
    func nothingToUndo() -> String
    /// `back` when the earliest steps are no longer kept.
    func noFurtherBack(_ steps: Int) -> String
    func undone() -> String
    func restarted() -> String
    func goodbye(_ filled: Quadrant<String?>) -> String
    func switchedLanguage() -> String

    /// Words that, alone, answer yes / no / skip / something else.
    var yesWords: Set<String> { get }
    var noWords: Set<String> { get }
    var skipWords: Set<String> { get }
    var partlyWords: Set<String> { get }
    /// Yes, no and skip words together: what does not answer a corner (one lookup instead of three).
    var yesNoOrSkipWords: Set<String> { get }
}

/// The phrasebook of a language, whose questions name `audience` (customers when unknown).
func phrasebook(_ language: Language, audience: Audience? = nil) -> any Phrasebook {
    switch language {
    case .nl: return DutchPhrasebook(audience: audience ?? .customers)
    case .en: return EnglishPhrasebook(audience: audience ?? .customers)
    }
}


/// What a phrasebook's not-sure phrases are looked up by, made once per language: the shapes of their first
/// words, and the first two words of those that open with the team ("we kunnen", "we cant").
struct NotSureKeys: Sendable {
    let shapes: Set<UInt16>
    let stuckOpeners: Set<String>

    init(_ phrases: Set<String>, teamOpeners: Set<String>) {
        shapes = Set(phrases.map { TextFolding.shape(of: $0.split(separator: " ")[0]) })
        stuckOpeners = Set(phrases.compactMap { phrase in
            let words = phrase.split(separator: " ").map(String.init)
            return words.count > 1 && teamOpeners.contains(words[0]) ? words[0] + " " + words[1] : nil
        })
    }
}

extension String {
    /// The text with its first letter in upper case: "klantgerichtheid" -> "Klantgerichtheid".
    var capitalisedFirst: String {
        guard let first else { return self }
        // Dutch capitalises the ij as one letter: IJver, IJdelheid.
        if hasPrefix("ij") { return "IJ" + dropFirst(2) }
        return first.uppercased() + dropFirst()
    }
}

/// The texts of the phases flow, part of every phrasebook.
protocol PhasesPhrasebook: Sendable {
    /// The phases flow's questions, in order.
    var phaseQuestions: [String] { get }
    /// Labels for yes, partly, no; the answer to each phase question.
    var phaseAnswerLabels: [String] { get }
    func phaseIntroduction() -> String
    /// Where the team stands, the driving analogy, what moves it on, and the offer of a quadrant walk when
    /// the team has none yet (`offerWalk`), or the way to another.
    func phaseResult(_ phase: CustomerPhase, offerWalk: Bool) -> String
    var walkOfferLabel: String { get }
    /// The participant does not want the quadrant walk after the phases, for now.
    func phasesDeclined() -> String
    /// The option that starts the phases flow from the walk.
    var phasesLabel: String { get }
}

/// The texts of the team game, part of every phrasebook.
protocol TeamPhrasebook: Sendable {
    func teamGreeting(facilitator: String, prefix: String, hidden: Bool) -> String
    /// Before the first round: who plays so far, how to join, and who starts.
    func lobby(facilitator: String, prefix: String, players: [String]) -> String
    var joinLabel: String { get }
    /// Who plays, said when the first round starts.
    func players(_ names: [String]) -> String
    /// How to take part, added to a round's question.
    func proposeHint(prefix: String, hidden: Bool) -> String
    func teamHelp(facilitator: String, prefix: String) -> String
    func waitingFor(_ names: [String]) -> String
    /// An open round's proposals so far, for `status`.
    func proposedSoFar(_ groups: [ProposalGroup]) -> String
    /// A hidden round's `status`: who has proposed, not what.
    func proposedSoFar(hiddenFrom names: [String]) -> String
    /// An addressed message in the lobby: the game has not started yet.
    func notStartedYet(_ facilitator: String, prefix: String) -> String
    /// Catches a late joiner up in one message.
    func welcome(_ name: String, filled: Quadrant<String?>, stage: Stage) -> String
    func left(_ name: String) -> String
    func onlyFacilitator(_ facilitator: String) -> String
    func noProposalsYet() -> String
    /// The proposals of a round, numbered and grouped, with the vote and its tie rule.
    func proposals(for corner: Corner, groups: [ProposalGroup], facilitator: String) -> String
    func voteNudge(_ count: Int) -> String
    func noVotesYet() -> String
    func tie(_ words: [String], facilitator: String) -> String
    /// A tie the facilitator's vote settled, before the result.
    func tieSettled(by facilitator: String) -> String
    /// To a player who votes while the facilitator settles a tie.
    func tieWaiting(_ facilitator: String) -> String
    /// Announces a round's word with who proposed it and the votes.
    func decided(_ result: TeamResult, corner: Corner) -> String
    /// "klantgerichtheid (Anna, Ben; 3 van 4 stemmen)" for summaries and cards.
    func attributed(_ word: String, _ result: TeamResult?) -> String
}

extension Array where Element == String {
    /// "Anna", "Anna en Ben", "Anna, Ben en Cees" (with `and` as the last joiner).
    func joinedAsList(and: String) -> String {
        guard count > 1 else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " \(and) " + last!
    }
}

extension Phrasebook {
    /// "kernkwaliteit klantgerichtheid", "valkuil grenzeloosheid", ... for the corners filled so far.
    func filledCorners(_ filled: Quadrant<String?>) -> [String] {
        Corner.allCases.compactMap { corner in filled[corner].map { "\(name(of: corner)) \($0)" } }
    }
}

/// The words of a walk's summary in one language.
struct SummaryWording {
    var round, notRound: String
    var quality, pitfall, allergy, challenge: String
    var example, nextStep: String
    /// The last line: solo walks also point to the four phases.
    var goodbye, goodbyeToTeam: String
}

extension Phrasebook {
    /// The quadrant as a few lines, with the team's votes for each word in a team game, the example and
    /// the next step when given, and how to go on.
    func summary(_ words: Quadrant<String>, closed: Bool, example: String?, nextStep: String?, team: Quadrant<TeamResult?>?) -> String {
        let wording = summaryWording
        var text = TextLines()
        text.line(closed ? wording.round : wording.notRound)
        text.line(wording.quality, ": ", attributed(words.quality, team?.quality ?? nil),
                  " · ", wording.pitfall, ": ", attributed(words.pitfall, team?.pitfall ?? nil))
        text.line(wording.allergy, ": ", attributed(words.allergy, team?.allergy ?? nil),
                  " · ", wording.challenge, ": ", attributed(words.challenge, team?.challenge ?? nil))
        if let example, !example.isEmpty { text.line(wording.example, ": ", example) }
        if let nextStep, !nextStep.isEmpty { text.line(wording.nextStep, ": ", nextStep) }
        text.line(team == nil ? wording.goodbye : wording.goodbyeToTeam)
        return text.text
    }
}

/// A text of several lines built as bytes and made a string once: a summary built as an array of
/// interpolated lines and then joined cost about 12,000 instructions, once for every finished walk.
struct TextLines {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(320) }

    /// Adds a line made of `parts`.
    mutating func line(_ parts: String...) {
        if !bytes.isEmpty { bytes.append(10) }
        for part in parts { bytes.append(contentsOf: part.utf8) }
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension Phrasebook {
    /// The most words a "which one?" question quotes back: a longer answer is not quoted whole.
    static var longestQuoted: Int { 4 }
}

/// Everything the bot says, in one language. One type per language implements it, so the two stay in step:
/// a text added to one and not the other does not compile.
protocol Phrasebook: PhasesPhrasebook {
    /// Short name of a corner as a participant says it: "kernkwaliteit", "pitfall".
    func name(of corner: Corner) -> String
    /// The greeting that opens a walk.
    func greeting(from corner: Corner) -> String
    /// The question for `corner`, phrased from the neighbour that is known (the arrow into it first).
    func question(for corner: Corner, known: Quadrant<String?>) -> String
    /// One sentence explaining a corner with the seed's example (for `help`).
    func explanation(of corner: Corner) -> String
    /// Acknowledges a recognised answer; `typed` differs from `word` when a typo or synonym was understood.
    func acknowledge(_ word: String, typed: String, kind: MatchKind, excessOf: String?, corner: Corner) -> String
    /// Acknowledges a word the lexicon does not know, kept as the participant's own.
    func keptOwnWord(_ word: String) -> String
    /// Acknowledges a word kept although it did not fit.
    func keptDespiteCoaching(_ word: String) -> String
    /// Asks which of several words was meant.
    func askWhich(_ typed: String, candidates: [String]) -> String
    /// Asks to say a long answer in a few words.
    func askShorter() -> String
    /// Asks for an answer after an empty message.
    func askAgain() -> String
    /// After "something else": the participant types their own word.
    func askOwnWords(for corner: Corner) -> String
    /// Coaching when an answer does not fit its corner: why, in one sentence, and what would.
    func coach(_ word: String, corner: Corner, misfit: Misfit, known: Quadrant<String?>) -> String
    /// Nudges toward yes or revise at the check.
    func askYesOrNo() -> String
    /// Nudges toward yes, partly or no in the phases flow.
    func askYesPartlyNo() -> String
    /// The label of the option that keeps the participant's word after coaching.
    func keepLabel(_ word: String) -> String
    var somethingElse: String { get }

    /// The check: the quadrant is round.
    func checkClosed(_ words: Quadrant<String>) -> String
    /// The check: one side could not be judged or does not close.
    func checkOpen(_ broken: ArrowCheck, words: Quadrant<String>) -> String
    var confirmLabel: String { get }
    func reviseLabel(_ corner: Corner) -> String
    var keepAsIsLabel: String { get }
    /// One line a person understands on why an arrow got its verdict (for `checked`).
    func reason(_ check: ArrowCheck) -> String

    func askExample(_ words: Quadrant<String>) -> String
    func askNextStep(_ words: Quadrant<String>) -> String
    var skipLabel: String { get }
    func summary(_ words: Quadrant<String>, closed: Bool, example: String?, nextStep: String?) -> String
    var againLabel: String { get }
    /// After the walk, when the participant says something else.
    func finished() -> String

    func help(_ stage: Stage) -> String
    func status(_ stage: Stage, filled: Quadrant<String?>) -> String
    func nothingToUndo() -> String
    func undone() -> String
    func restarted() -> String
    func goodbye(_ filled: Quadrant<String?>) -> String
    func switchedLanguage() -> String

    /// Words that, alone, answer yes / no / skip / something else.
    var yesWords: Set<String> { get }
    var noWords: Set<String> { get }
    var skipWords: Set<String> { get }
    var partlyWords: Set<String> { get }
}

/// The phrasebook of a language.
func phrasebook(_ language: Language) -> any Phrasebook {
    switch language {
    case .nl: return DutchPhrasebook()
    case .en: return EnglishPhrasebook()
    }
}

extension String {
    /// The text with its first letter in upper case: "klantgerichtheid" -> "Klantgerichtheid".
    var capitalisedFirst: String {
        guard let first else { return self }
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
    /// Where the team stands, the driving analogy, what moves it on, and the offer of a quadrant walk.
    func phaseResult(_ phase: CustomerPhase) -> String
    var walkOfferLabel: String { get }
    /// The option that starts the phases flow from the walk.
    var phasesLabel: String { get }
}

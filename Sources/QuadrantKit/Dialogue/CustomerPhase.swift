/// The four phases of working with customers (first seed), after the four stages of competence.
public enum CustomerPhase: String, Sendable, Codable, CaseIterable {
    /// Unconsciously incompetent: "nothing is wrong", business as usual.
    case onwetend
    /// Consciously incompetent: courses show what is missing; the organisation is still at the centre.
    case klantgericht
    /// Consciously competent: leadership and training let people serve customers well, with effort.
    case klantbewust
    /// Unconsciously competent: the customer is in the culture's DNA.
    case klantbekwaam

    /// Places a team from its answers to the phase questions (2 yes, 1 partly, 0 no):
    /// aware (questions 1-2), able with effort (3), able without thinking (4).
    public init(answers: [Int]) {
        func answer(_ index: Int) -> Int { index < answers.count ? answers[index] : 0 }
        let aware = answer(0) + answer(1) >= 2
        let able = answer(2) == 2
        let automatic = answer(3) == 2
        switch (aware, able, automatic) {
        case (_, true, true): self = .klantbekwaam
        case (_, true, false): self = .klantbewust
        case (true, false, _): self = .klantgericht
        case (false, false, _): self = .onwetend
        }
    }
}

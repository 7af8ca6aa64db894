/// Why an answer does not fit its corner, for coaching.
struct Misfit: Equatable {
    /// The answer has the wrong polarity for its corner: a strength offered as pitfall, or the reverse.
    var wrongPolarity: Bool
    /// The neighbouring corner the answer does not relate to, when the polarity is right.
    var side: Corner?

    init(polarityOf corner: Corner) {
        wrongPolarity = true
        side = nil
    }

    init(side: Corner) {
        wrongPolarity = false
        self.side = side
    }
}

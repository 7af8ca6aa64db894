/// Why an answer does not fit its corner, for coaching.
struct Misfit: Equatable {
    /// The answer has the wrong polarity for its corner: a strength offered as pitfall, or the reverse.
    var wrongPolarity: Bool
    /// The neighbouring corner the answer does not relate to, when the polarity is right.
    var side: Corner?
    /// The corner that already holds the same word.
    var sameAs: Corner?

    init(polarityOf corner: Corner) {
        wrongPolarity = true
    }

    init(side: Corner) {
        wrongPolarity = false
        self.side = side
    }

    init(sameAs corner: Corner) {
        wrongPolarity = false
        sameAs = corner
    }
}

/// The verdict on one arrow of a quadrant.
public enum Verdict: String, Sendable, Codable {
    case ok, unknown, mismatch
}

/// Why an arrow got its verdict, before it is put into words.
public enum Finding: Sendable, Equatable {
    /// The relation holds in the lexicon.
    case holds
    /// A word is not in the lexicon, so the arrow cannot be judged.
    case unknownWord(String)
    /// A word is a strength where a distortion belongs, or the reverse.
    case wrongPolarity(word: String, corner: Corner)
    /// Both ends are the same word or synonyms.
    case same(String, String)
    /// Both words are known but the lexicon does not relate them; `better` lists words that would fit.
    case unrelated(better: [String])

    /// The verdict this finding amounts to.
    public var verdict: Verdict {
        switch self {
        case .holds: return .ok
        case .unknownWord: return .unknown
        case .wrongPolarity, .same, .unrelated: return .mismatch
        }
    }
}

/// One arrow of a checked quadrant: its ends, its meaning and what the lexicon says of it.
public struct ArrowCheck: Sendable, Equatable {
    public var arrow: QuadrantArrow
    public var from: String
    public var to: String
    public var finding: Finding
}

/// The result of checking a whole quadrant.
public struct QuadrantCheck: Sendable, Equatable {
    /// The four arrows in Ofman's order; the last, allergy -> quality, is the one that closes the quadrant.
    public var arrows: [ArrowCheck]
    /// The lemma each corner was understood as, when it was.
    public var lemmas: Quadrant<Int?>

    /// True when every arrow holds: the quadrant is round.
    public var closed: Bool { arrows.allSatisfy { $0.finding == .holds } }

    /// The first arrow that does not hold, if any.
    public var firstBroken: ArrowCheck? { arrows.first { $0.finding != .holds } }
}

extension Lexicon {
    /// Checks a quadrant of typed words: each word is understood through `recognise`, and each arrow is
    /// judged from the graph. A word with several meanings counts with the meaning that fits best.
    ///
    /// A strength written where a distortion belongs ("kritisch" as the pitfall) may mean its too-much, as
    /// "te kritisch" would: when the quadrant closes read that way, it is read that way. When it does not,
    /// the verdict names the strength as it was written.
    public func check(_ words: Quadrant<String>) -> QuadrantCheck {
        let senses: Quadrant<[Int]> = Quadrant(
            quality: senses(of: words.quality, for: .quality), pitfall: senses(of: words.pitfall, for: .pitfall),
            challenge: senses(of: words.challenge, for: .challenge), allergy: senses(of: words.allergy, for: .allergy))
        let asWritten = check(words, senses: senses)
        guard !asWritten.closed else { return asWritten }
        var tooMuch = senses
        for corner in [Corner.pitfall, .allergy] where senses[corner].allSatisfy({ lemmas[$0].polarity == .quality }) {
            tooMuch[corner] = senses[corner].flatMap { excess[$0] }
        }
        guard tooMuch != senses else { return asWritten }
        let read = check(words, senses: tooMuch)
        return read.closed ? read : asWritten
    }

    /// Checks a quadrant whose corners are already resolved to lemma ids (or not, where `nil`).
    public func check(words: Quadrant<String>, lemmas resolved: Quadrant<Int?>) -> QuadrantCheck {
        check(words, senses: resolved.map { $0.map { [$0] } ?? [] })
    }

    private func check(_ words: Quadrant<String>, senses: Quadrant<[Int]>) -> QuadrantCheck {
        var chosen = senses.map { $0.first }
        var findings: [Finding] = []
        for arrow in QuadrantArrow.all {
            if let pair = senses[arrow.from].flatMap({ a in senses[arrow.to].map { (a, $0) } })
                .first(where: { holds(arrow.relation, from: $0.0, to: $0.1) }) {
                findings.append(.holds)
                chosen[arrow.from] = pair.0
                chosen[arrow.to] = pair.1
            } else if senses[arrow.from].isEmpty {
                findings.append(.unknownWord(words[arrow.from]))
            } else if senses[arrow.to].isEmpty {
                findings.append(.unknownWord(words[arrow.to]))
            } else {
                findings.append(mismatch(arrow, from: chosen[arrow.from]!, to: chosen[arrow.to]!))
            }
        }
        // Reasons name each corner by the word it was understood as, or as typed when it was not.
        let shown = Corner.allCases.reduce(into: words) { shown, corner in
            if let id = chosen[corner] { shown[corner] = lemmas[id].word }
        }
        let arrows = zip(QuadrantArrow.all, findings).map { arrow, finding in
            ArrowCheck(arrow: arrow, from: shown[arrow.from], to: shown[arrow.to], finding: finding)
        }
        return QuadrantCheck(arrows: arrows, lemmas: chosen)
    }

    /// The lemmas a typed word may mean, those that suit `corner` first.
    func senses(of word: String, for corner: Corner) -> [Int] {
        let ids = recognise(word, aboutOthers: corner == .allergy).matches.map(\.lemma)
        return ids.filter { lemmas[$0].polarity == corner.polarity } + ids.filter { lemmas[$0].polarity != corner.polarity }
    }

    private func mismatch(_ arrow: QuadrantArrow, from: Int, to: Int) -> Finding {
        if lemmas[to].polarity != arrow.to.polarity {
            return .wrongPolarity(word: lemmas[to].word, corner: arrow.to)
        }
        if lemmas[from].polarity != arrow.from.polarity {
            return .wrongPolarity(word: lemmas[from].word, corner: arrow.from)
        }
        if family(from).contains(to) {
            return .same(lemmas[from].word, lemmas[to].word)
        }
        var known = Quadrant<Int?>(quality: nil, pitfall: nil, challenge: nil, allergy: nil)
        known[arrow.from] = from
        return .unrelated(better: candidates(for: arrow.to, given: known, limit: 3).map { lemmas[$0].word })
    }
}

extension Lexicon {
    /// Whether `relation` holds from lemma `a` to lemma `b`, directly or through synonym links.
    ///
    /// A distortion is also the positive opposite of a quality across the quadrant's diagonal: when `a` is
    /// too much of some quality Z, and a too-much of `b` is opposed to Z, then `a` is opposed to `b`. This is
    /// Ofman's own construction (the allergy is too much of the challenge and the opposite of the quality,
    /// so the pitfall, too much of the quality, is the opposite of the challenge), and it lets the graph
    /// judge opposites no entry spells out. Excess is never derived, so a pitfall or an allergy that is not
    /// a too-much of its quality still does not fit.
    public func holds(_ relation: QuadrantRelation, from a: Int, to b: Int) -> Bool {
        switch relation {
        case .excess:
            guard lemmas[a].polarity == .quality, lemmas[b].polarity == .distortion else { return false }
            let targets = kin[b]
            return kin[a].contains { source in excess[source].contains { targets.contains($0) } }
        case .positiveOpposite:
            guard lemmas[b].polarity == .quality else { return false }
            if opposed(a, b) { return true }
            guard lemmas[a].polarity == .distortion else { return false }
            let qualities = kin[a].flatMap { excessOf[$0] }
            let tooMuch = kin[b].flatMap { excess[$0] }
            return qualities.contains { quality in tooMuch.contains { opposed($0, quality) } }
        }
    }

    /// Whether `challenge` is the positive opposite of some too-much of `quality`: the challenge of one of its
    /// pitfalls ("flexibiliteit" and "duidelijkheid", across "besluiteloosheid"), by an entry, not derived.
    public func fitsAsChallenge(_ challenge: Int, ofQuality quality: Int) -> Bool {
        guard lemmas[challenge].polarity == .quality, lemmas[quality].polarity == .quality,
              !kin[quality].contains(challenge) else { return false }
        return kin[quality].contains { source in excess[source].contains { opposed($0, challenge) } }
    }

    /// Whether an entry makes `a` and `b` opposites, directly or through synonym links.
    private func opposed(_ a: Int, _ b: Int) -> Bool {
        let targets = kin[b]
        return kin[a].contains { source in opposites[source].contains { targets.contains($0) } }
    }

    /// The arrows of a quadrant of lemmas that do not hold.
    func brokenRelations(of quadrant: Quadrant<Int>) -> [(from: Int, to: Int, relation: QuadrantRelation)] {
        QuadrantArrow.all.compactMap { arrow in
            let (a, b) = (quadrant[arrow.from], quadrant[arrow.to])
            return holds(arrow.relation, from: a, to: b) ? nil : (a, b, arrow.relation)
        }
    }

    /// The lemmas that fit `corner` given the corners already known, best first; at most `limit` of them.
    ///
    /// Curated quadrants that agree with every known corner come first, then lemmas that fit both
    /// neighbours, then lemmas that fit one. This serves every starting corner of the walk alike.
    public func candidates(for corner: Corner, given known: Quadrant<Int?>, limit: Int = .max) -> [Int] {
        candidateLists.value(for: CandidateQuery(corner: corner, known: known, limit: limit)) {
            findCandidates(for: corner, given: known, limit: limit)
        }
    }

    private func findCandidates(for corner: Corner, given known: Quadrant<Int?>, limit: Int) -> [Int] {
        var ordered: [Int] = []
        // The lists are short (a handful of suggestions, a few dozen when deriving quadrants): searching
        // them costs less than hashing into a set.
        let filledIDs = known.all.compactMap { $0 }
        func add(_ id: Int) {
            if lemmas[id].polarity == corner.polarity && !ordered.contains(id) && !filledIDs.contains(id) { ordered.append(id) }
        }
        func add(_ ids: [Int]) {
            for id in ids where ordered.count < limit { add(id) }
        }
        let filled = Corner.allCases.filter { known[$0] != nil }
        let families = filled.map { (corner: $0, family: family(known[$0]!)) }
        if let first = families.first {
            // Only curated quadrants holding the first known corner's family can agree: look those up.
            let positions = first.family.flatMap { curatedWith[$0] }.sorted()
            for (index, position) in positions.enumerated() where ordered.count < limit && (index == 0 || positions[index - 1] != position) {
                let quadrant = curated[position]
                if families.allSatisfy({ $0.family.contains(quadrant[$0.corner]) }) { add(quadrant[corner]) }
            }
        } else {
            for quadrant in curated where ordered.count < limit { add(quadrant[corner]) }
        }
        guard ordered.count < limit else { return ordered }

        let fromPrevious = known[corner.previous].map { neighbours(of: $0, after: corner.previous.relationToNext) }
        let fromNext = known[corner.next].map { neighbours(of: $0, before: corner.relationToNext) }
        switch (fromPrevious, fromNext) {
        case let (previous?, next?):
            add(previous.filter(next.contains))
            add(previous)
            add(next)
        case let (previous?, nil): add(previous)
        case let (nil, next?): add(next)
        case (nil, nil):
            if filled.isEmpty { for quadrant in curated where ordered.count < limit { add(quadrant[corner]) } }
        }
        return ordered
    }

    /// Lemmas `x` with `relation` from `source` to `x`.
    private func neighbours(of source: Int, after relation: QuadrantRelation) -> [Int] {
        let sources = family(source)
        switch relation {
        case .excess: return sources.flatMap { excess[$0] }
        case .positiveOpposite: return sources.flatMap { opposites[$0] }.filter { lemmas[$0].polarity == .quality }
        }
    }

    /// Lemmas `x` with `relation` from `x` to `target`.
    private func neighbours(of target: Int, before relation: QuadrantRelation) -> [Int] {
        let targets = family(target)
        switch relation {
        case .excess: return targets.flatMap { excessOf[$0] }
        case .positiveOpposite:
            guard lemmas[target].polarity == .quality else { return [] }
            return targets.flatMap { opposites[$0] }.filter { lemmas[$0].polarity == .distortion }
        }
    }

    /// Every closed quadrant with `quality` as its core quality (at most `Lexicon.quadrantsPerQuality`):
    /// curated ones first, then derived from the graph, so a quality reached only through synonyms still
    /// has quadrants. Derived once, when the lexicon is built.
    public func quadrants(forQuality quality: Int) -> [Quadrant<Int>] {
        quadrantsOfQuality[quality]
    }

    /// The most quadrants `quadrants(forQuality:)` lists for one quality.
    static let quadrantsPerQuality = 12

    /// Derives what `quadrants(forQuality:)` answers, from the curated quadrants and the graph.
    func deriveQuadrants(forQuality quality: Int, limit: Int = quadrantsPerQuality) -> [Quadrant<Int>] {
        guard lemmas[quality].polarity == .quality else { return [] }
        var found = curated.filter { $0.quality == quality }
        var known = Quadrant<Int?>(quality: quality, pitfall: nil, challenge: nil, allergy: nil)
        for pitfall in findCandidates(for: .pitfall, given: known, limit: .max) {
            known.pitfall = pitfall
            for challenge in findCandidates(for: .challenge, given: known, limit: .max) {
                known.challenge = challenge
                for allergy in findCandidates(for: .allergy, given: known, limit: .max) {
                    let quadrant = Quadrant(quality: quality, pitfall: pitfall, challenge: challenge, allergy: allergy)
                    if found.count >= limit { return found }
                    if !found.contains(quadrant) && brokenRelations(of: quadrant).isEmpty { found.append(quadrant) }
                }
                known.challenge = nil
            }
        }
        return found
    }

    /// The qualities quadrant offers first when a walk starts: those of the curated quadrants, in file order.
    public func startingQualities() -> [Int] {
        var seen: [Int] = []
        for quadrant in curated where !seen.contains(quadrant.quality) { seen.append(quadrant.quality) }
        return seen
    }
}

/// The arguments of `Lexicon.candidates`, as the key of its memo.
struct CandidateQuery: Hashable, Sendable {
    var corner: Corner
    var known: Quadrant<Int?>
    var limit: Int
}

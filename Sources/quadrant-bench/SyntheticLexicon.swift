import QuadrantKit

/// A made-up lexicon file for timing a lexicon ten times the built-in size: quadrants of invented,
/// pronounceable words with forms, synonyms, excesses and opposites, in the shape of the real files.
enum SyntheticLexicon {
    /// Nine times the built-in lemmas of each language: added to the built-in ones, ten times the size.
    static func tenfold() -> String {
        let (lexicons, _) = Lexicons.standard()
        return text(language: "nl", lemmas: 9 * lexicons[.nl].lemmas.count, seed: 1)
            + text(language: "en", lemmas: 9 * lexicons[.en].lemmas.count, seed: 2)
    }

    /// A lexicon file for `language` ("nl" or "en") with `lemmas` lemmas (rounded up to whole quadrants).
    static func text(language: String, lemmas: Int, seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed)
        var used: Set<String> = []
        func word() -> String {
            let onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kr", "st", "tr", "sl", "gr"]
            let vowels = ["a", "e", "i", "o", "u", "oe", "aa", "ie", "ou", "ei"]
            while true {
                var text = ""
                for _ in 0..<(2 + random.below(4)) {
                    text += onsets[random.below(onsets.count)] + vowels[random.below(vowels.count)]
                }
                text += ["", "n", "r", "s", "k", "l"][random.below(6)]
                if used.insert(text).inserted { return text }
            }
        }
        func entry(_ kind: String, _ lemma: String, _ relations: [String]) -> String {
            let forms = (0..<2).map { _ in word() }
            let synonyms = (0..<6).map { index in index == 5 ? word() + " " + word() : word() }
            return "\(kind) \(lemma)\n  forms: \(forms.joined(separator: ", "))\n  synonyms: \(synonyms.joined(separator: ", "))\n"
                + relations.map { "  \($0)\n" }.joined() + "\n"
        }
        var text = "language: \(language)\n# Synthetic: invented words, for timing a large lexicon.\n\n"
        for _ in 0..<(lemmas + 3) / 4 {
            let (quality, pitfall, challenge, allergy) = (word(), word(), word(), word())
            text += entry("quality", quality, ["excess: \(pitfall)", "opposite-: \(allergy)"])
            text += entry("distortion", pitfall, ["opposite+: \(challenge)"])
            text += entry("quality", challenge, ["excess: \(allergy)", "opposite-: \(pitfall)"])
            text += entry("distortion", allergy, ["opposite+: \(quality)"])
            text += "quadrant \(quality) > \(pitfall) > \(challenge) > \(allergy)\n\n"
        }
        return text
    }
}

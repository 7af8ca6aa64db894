/// Regular word formation that turns an adjective into the noun a lexicon lists (`bedachtzaam` ->
/// `bedachtzaamheid`, `creatief` -> `creativiteit`, `rigid` -> `rigidity`), so a typed form the lexicon does
/// not list still reaches its lemma. Only candidates the lexicon knows are ever used.
enum Derivation {
    /// Folded spellings `word` may be a form of, most likely first.
    static func candidates(_ word: String, _ language: Language) -> [String] {
        var results: [String] = []
        for (suffix, replacements) in rules(language) where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            let stem = String(word.dropLast(suffix.count))
            results += replacements.map { stem + $0 }
        }
        // An English adverb is its adjective: "we respond quickly" is quick; not a word of degree ("fairly busy").
        if language == .en, word.hasSuffix("ly"), word.count > 5, !englishDegreeAdverbs.contains(word) {
            let stem = String(word.dropLast(2))
            // "happily" is happy(-ness), "quickly" quick(-ness), "calmly" calm.
            results += stem.hasSuffix("i") ? [String(stem.dropLast()) + "y", stem + "ness"] : [stem, stem + "ness"]
        }
        // A comparative's bare stem only where it looks like an adjective: "duidelijker" is duidelijk, while
        // "moeder" is no form of moed.
        if language == .nl, word.hasSuffix("er"), word.count > 4 {
            let stem = String(word.dropLast(2))
            if dutchAdjectiveEndings.contains(where: stem.hasSuffix) { results.append(stem) }
            // "trager" is traag(heid), "groter" groot: a long vowel written once before -er.
            let letters = Array(stem)
            if letters.count >= 3, "aeou".contains(letters[letters.count - 2]), !"aeiou".contains(letters[letters.count - 1]),
               !"aeiou".contains(letters[letters.count - 3]) {
                let long = String(letters.dropLast()) + String(letters[letters.count - 2]) + String(letters[letters.count - 1])
                results += [long, long + "heid"]
            }
            // "zorgzamer" is zorgzaam, "betrouwbaarder" betrouwbaar.
            if stem.hasSuffix("zam") { results.append(String(stem.dropLast(2)) + "aam") }
            if stem.hasSuffix("baard") { results.append(String(stem.dropLast())) }
        }
        return results
    }

    private static let englishDegreeAdverbs: Set<String> = [
        "fairly", "really", "pretty", "truly", "hardly", "barely", "nearly", "mostly", "simply", "likely", "usually",
        "actually", "totally", "highly", "deeply", "largely", "rarely", "early", "lately", "only", "surely", "purely",
        "utterly", "extremely", "slightly", "certainly", "seriously", "honestly", "basically", "generally", "literally",
    ]

    private static let dutchAdjectiveEndings = ["ig", "lijk", "baar", "zaam", "isch", "loos", "rijk", "vol", "end", "ief", "ijf"]

    /// The -ing forms an English verb's base or third-person form may have (`take` -> `taking`, `put` ->
    /// `putting`, `stands` -> `standing`); a lexicon lists a verb's phrases by them. None in Dutch.
    static func gerunds(_ word: String, _ language: Language) -> [String] {
        guard language == .en, word.utf8.count >= 2, !word.hasSuffix("ing") else { return [] }
        let base = word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
        var forms = [base + "ing"]
        if base.hasSuffix("e") && !base.hasSuffix("ee") { forms.append(String(base.dropLast()) + "ing") }
        if let last = base.last, "bdgmnprt".contains(last) { forms.append(base + String(last) + "ing") }
        return forms
    }

    /// The infinitives a Dutch singular verb may have (`werkt` -> `werken`, `doorzet` -> `doorzetten`, `opgeeft`
    /// -> `opgeven`, `klaarstaat` -> `klaarstaan`, `praat` -> `praten`); a lexicon lists a verb's phrases by
    /// them. A relative clause puts that verb last: "een team dat nooit opgeeft".
    static func dutchInfinitives(_ word: String) -> [String] {
        if let irregular = dutchIrregularInfinitives[word] { return [irregular] }
        guard word.utf8.count >= 4, word.hasSuffix("t") else { return [] }
        var forms: [String] = []
        // The stem is the word less its -t, or the word itself when the stem ends in t (praat, wacht).
        for stem in [String(word.dropLast()), word] {
            let letters = Array(stem)
            guard let last = letters.last, letters.count >= 3 else { continue }
            let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
            if vowels.contains(last) {
                // staa -> staan, doe -> doen; gooi -> gooien, draai -> draaien
                if letters[letters.count - 2] == last || stem.hasSuffix("oe") { forms.append(stem + "n") }
                if last == "i" && vowels.contains(letters[letters.count - 2]) { forms.append(stem + "en") }
                continue
            }
            let voiced: Character = last == "f" ? "v" : last == "s" ? "z" : last
            let before = letters[letters.count - 2], third = letters[letters.count - 3]
            if before == third && vowels.contains(before) {
                // geef -> geven, praat -> praten, lees -> lezen: the long vowel written once before -en.
                forms.append(String(letters.dropLast(2)) + String(voiced) + "en")
            } else if vowels.contains(before) && !vowels.contains(third) {
                // zet -> zetten, zeg -> zeggen: a short vowel keeps its sound with a double consonant.
                forms.append(stem + String(last) + "en")
                forms.append(stem + "en")
            } else {
                // werk -> werken, blijf -> blijven, luister -> luisteren
                forms.append(String(letters.dropLast()) + String(voiced) + "en")
                if voiced != last { forms.append(stem + "en") }
            }
        }
        return forms
    }

    /// Singular verbs whose infinitive the rules do not find: too short ("zet"), without -t ("wil"), or
    /// irregular ("heeft", "ziet").
    private static let dutchIrregularInfinitives: [String: String] = [
        "zet": "zetten", "zit": "zitten", "ziet": "zien", "heeft": "hebben", "wil": "willen", "kan": "kunnen",
        "mag": "mogen", "zal": "zullen",
    ]

    private static func rules(_ language: Language) -> [(String, [String])] {
        switch language {
        case .nl:
            return [
                ("ief", ["iviteit", "iefheid"]), ("isch", ["isme", "ischheid"]), ("ieve", ["iviteit"]),
                ("aal", ["aliteit"]), ("eel", ["eliteit"]), ("baar", ["baarheid"]), ("ig", ["igheid"]),
                ("ste", ["heid", ""]), ("st", ["heid", ""]),
                // Comparatives: "grondiger" is grondigheid (and grondig, below), "sneller" snel.
                ("er", ["heid"]), ("ler", [""]),
                ("e", ["heid", ""]), ("en", ["heid"]), ("", ["heid", "te", "ing"]),
            ]
        case .en:
            return [
                ("ible", ["ibility"]), ("able", ["ability"]), ("id", ["idity"]), ("ous", ["osity", "ousness"]),
                ("ent", ["ence", "ency"]), ("ant", ["ance", "ancy"]), ("al", ["ality"]), ("y", ["iness"]),
                ("istic", ["ism"]), ("ic", ["icism"]), ("ate", ["ation", "ateness"]), ("ive", ["iveness", "ivity"]),
                ("ed", ["edness", "ion", "e"]), ("ing", ["", "e"]), ("", ["ness", "ity", "ism"]),
            ]
        }
    }
}

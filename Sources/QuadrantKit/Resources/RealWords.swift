/// Real words of each language that a slip would otherwise read as a lexicon word: in "het gesprek is goed
/// verlopen" `verlopen` is not a slip of `verlegen`, nor in "there was a death in the family" `death` of
/// `depth`. In a sentence they are not typos; an answer of a word or two still reads them as slips (a
/// person naming a trait more likely slipped), and so does a listed phrase (`grenzen stelen`).
///
/// Made with `quadrant lexicon slips WORDLIST --lang LANG | cut -f1` over Debian's word lists (wdutch;
/// wbritish and wamerican), lowercase entries only; run it again after a large lexicon change.
enum RealWords {
    static func contains(_ word: String, _ language: Language) -> Bool {
        switch language {
        case .nl: return dutch.contains(word)
        case .en: return english.contains(word)
        }
    }

    private static let dutch = Set(dutchList.split(separator: "\n").map(String.init))
    private static let english = Set(englishList.split(separator: "\n").map(String.init))
}

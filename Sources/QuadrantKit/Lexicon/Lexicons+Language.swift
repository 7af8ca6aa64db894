extension Lexicons {
    /// The language `text` is most likely in: the one whose lexicon and common words recognise more of it.
    /// Dutch when nothing tells them apart.
    public func guessLanguage(of text: String) -> Language {
        let words = TextFolding.words(text)
        func score(_ language: Language) -> Int {
            let common = LanguageMarkers.words(language)
            let lexicon = self[language]
            return words.reduce(0) { total, word in
                total + (common.contains(word) ? 2 : 0) + (lexicon.exactIndex[word] != nil || lexicon.aliasIndex[word] != nil ? 3 : 0)
            }
        }
        return score(.en) > score(.nl) ? .en : .nl
    }
}

/// Frequent words that give a language away.
enum LanguageMarkers {
    static func words(_ language: Language) -> Set<String> {
        switch language {
        case .nl: return dutch
        case .en: return english
        }
    }

    private static let dutch: Set<String> = ["de", "het", "een", "wij", "zijn", "erg", "heel", "onze", "ons", "ik", "jij", "en", "van", "niet", "te", "veel", "is", "dat", "hoi", "hallo", "goedemorgen"]
    private static let english: Set<String> = ["the", "a", "an", "our", "are", "very", "really", "i", "you", "and", "of", "not", "too", "much", "is", "that", "hi", "hello", "good", "morning"]
}

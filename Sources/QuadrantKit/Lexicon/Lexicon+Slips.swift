extension Lexicon {
    /// The lexicon word a real word of the language would be read as a slip of, when typed alone, and that
    /// word's lemma: `verlopen` as `verlegen`, `death` as `depth`, `gemeente` as `gemeen`. Nil when the word
    /// is known, is reached by word formation, is too short for typos, or is the key with an inflection's
    /// ending (`geduldige`, `closer`: as likely a form of the key as another word).
    ///
    /// `quadrant lexicon slips` lists these over a word list, to build the real words that are never
    /// read as slips (`RealWords`).
    public func slipTarget(ofRealWord word: String) -> (key: String, lemma: String)? {
        let key = TextFolding.key(word)
        let bytes = Array(key.utf8)
        let limit = EditDistance.allowedTypos(forLength: bytes.count)
        guard limit > 0, !bytes.contains(UInt8(ascii: " ")), exactIndex[key] == nil, aliasIndex[key] == nil,
              !StopWords.contains(key, language),
              !Derivation.candidates(key, language).contains(where: { exactIndex[$0] != nil }) else { return nil }
        guard let nearest = typoIndex.matches(bytes, limit: limit).min(by: { $0.distance < $1.distance }) else { return nil }
        let target = typoIndex.keys[nearest.position]
        guard !Self.isInflection(bytes, of: target.bytes, language) else { return nil }
        return (String(decoding: target.bytes, as: UTF8.self), lemmas[target.ids[0]].word)
    }

    /// Whether one of the two words is the other with an inflection's ending (`geduldig` and `geduldige`).
    private static func isInflection(_ a: [UInt8], of b: [UInt8], _ language: Language) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.starts(with: short) else { return false }
        let ending = String(decoding: long[short.count...], as: UTF8.self)
        return (language == .nl ? dutchEndings : englishEndings).contains(ending)
    }

    private static let dutchEndings: Set<String> = ["e", "en", "er", "ere", "st", "ste", "s", "t", "d", "te", "de", "n"]
    private static let englishEndings: Set<String> = ["s", "es", "d", "ed", "r", "er", "st", "est", "ing", "ly", "y", "n"]
}

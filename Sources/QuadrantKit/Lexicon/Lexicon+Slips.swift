extension Lexicon {
    /// The lexicon word a real word of the language would be read as a slip of, when typed alone, and that
    /// word's lemma: `verlopen` as `verlegen`, `death` as `depth`. Nil when the word is known, is reached by
    /// word formation, is too short for typos, or differs from its nearest key only in its last two letters
    /// (`geduldige`, `closer`: an ending, which is as likely a form of the key as another word).
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
        let shared = zip(bytes, target.bytes).prefix { $0 == $1 }.count
        guard shared < min(bytes.count, target.bytes.count) - 2 else { return nil }
        return (String(decoding: target.bytes, as: UTF8.self), lemmas[target.ids[0]].word)
    }
}

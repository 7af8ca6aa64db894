/// The lexicons compiled into quadrant, one source text per language.
///
/// Each text is a lexicon file (see `LEXICON.md`) kept in a raw string literal, so it ships inside the
/// binary without resource bundles and still reads and diffs as plain data.
public enum BuiltinLexicon {
    /// Every built-in lexicon source, with the file it lives in and the line its text starts on, so
    /// problems can be reported against the real file.
    public static let sources: [LexiconSource] = [
        LexiconSource(name: "Sources/QuadrantKit/Resources/DutchLexicon.swift", firstLine: 4, text: dutch),
        LexiconSource(name: "Sources/QuadrantKit/Resources/EnglishLexicon.swift", firstLine: 4, text: english),
    ]

    /// The Dutch-English lemma pairs, with the file and line their text starts on.
    public static let translationSource = LexiconSource(
        name: "Sources/QuadrantKit/Resources/DutchEnglishTranslations.swift", firstLine: 6, text: translations)
}

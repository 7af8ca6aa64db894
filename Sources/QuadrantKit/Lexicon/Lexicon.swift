/// One word of the lexicon with everything known about it.
public struct Lemma: Sendable, Equatable {
    /// Its position in `Lexicon.lemmas`.
    public let id: Int
    /// The word as the bot writes it, e.g. `klantgerichtheid`.
    public let word: String
    public let polarity: Polarity
    /// Other forms of the word a participant may type (adjective, verb, inflections).
    public internal(set) var forms: [String]
    /// Words that mean nearly the same, as written in the file.
    public internal(set) var synonyms: [String]
    /// Where the entry was first defined.
    public let file: String
    public let line: Int
}

/// The synonym/antonym/excess graph of one language, with an index for understanding typed text.
///
/// Built once from lexicon documents by `Lexicon.build` and never changed afterwards. A class, so that
/// handing it around on every turn costs one reference count rather than a copy of every table; it is
/// `@unchecked Sendable` because only the builder, before anyone else holds it, writes its properties.
public final class Lexicon: @unchecked Sendable {
    public let language: Language
    public internal(set) var lemmas: [Lemma] = []

    /// Folded lemma words and forms -> lemma ids.
    var exactIndex: [String: [Int]] = [:]
    /// Folded synonyms that are not lemmas themselves -> the lemmas they belong to.
    var aliasIndex: [String: [Int]] = [:]
    /// Single-word keys long enough for typo matching, with their lemmas.
    var typoIndex = TypoIndex()
    /// The longest phrase, in words, that the index holds.
    var longestPhrase = 1
    /// The first words of the index's phrases of more than one word.
    var phraseStarts: Set<String> = []
    /// The index of phrases with a slip (see `PhraseTypoIndex`), built when first needed.
    let phraseTypos = Lazily<PhraseTypoIndex>()

    /// quality -> its too-much (pitfalls); and the reverse.
    var excess: [[Int]] = []
    var excessOf: [[Int]] = []
    /// Symmetric opposites; positive or negative follows from the other lemma's polarity.
    var opposites: [[Int]] = []
    /// Symmetric links between lemmas that are each other's synonyms.
    var synonymLinks: [[Int]] = []
    /// Each lemma's kin: itself, its synonyms, and their synonyms (of the same polarity). Relations are judged
    /// between kin, so a quadrant in words the graph links only through a synonym still closes. (Lemmas that
    /// merely share an excess or an opposite are not kin: on a dense lexicon that closed a quarter of
    /// deliberately wrong quadrants.)
    var kin: [[Int]] = []
    /// Curated quadrants that close, in file order.
    public internal(set) var curated: [Quadrant<Int>] = []
    /// Each lemma's word, folded, by id (so looking a lemma up by name folds only the name).
    var lemmaKeys: [String] = []
    /// For each lemma, the positions in `curated` of the quadrants it is in, ascending.
    var curatedWith: [[Int]] = []
    /// For each lemma, its synonyms as `suggest` lists them: those written under it, then the lemmas
    /// linked to it as synonyms, each once (by folded key).
    var synonymLists: [[String]] = []
    /// For each lemma, the quadrants with it as core quality (none for a distortion).
    var quadrantsOfQuality: [[Quadrant<Int>]] = []
    /// Each lemma's id by its word exactly as written (answers store that word), so the lookup on every
    /// turn needs no folding.
    var idOfWord: [String: Int] = [:]

    /// Answers of `recognise` for short texts typed before (sentences are recognised every time).
    let recognitions = Memo<String, Recognition>(capacity: 4096)
    /// The same for answers about other people (the allergy), which keep what they say of them.
    let recognitionsAboutOthers = Memo<String, Recognition>(capacity: 1024)
    /// The longest text, in bytes, whose recognition is remembered.
    static let longestRemembered = 48
    /// Index keys near each folded word looked up before, with their distances: the costly part of
    /// recognising a sentence, whose words recur far more often than the sentence does.
    let typoMatches = Memo<String, [(position: Int, distance: Int)]>(capacity: 8192)
    /// Answers of `candidates` for corners and limits asked before.
    let candidateLists = Memo<CandidateQuery, [Int]>(capacity: 4096)

    init(language: Language) {
        self.language = language
    }

    /// The lemma whose word or form folds to the same key as `word`, if exactly one does.
    public func lemma(named word: String) -> Lemma? {
        lemmaID(named: word).map { lemmas[$0] }
    }

    /// The id of `lemma(named:)`, without copying the lemma.
    func lemmaID(named word: String) -> Int? {
        if let id = idOfWord[word] { return id }
        let key = TextFolding.key(word)
        guard let ids = exactIndex[key] else { return nil }
        if let id = ids.first(where: { lemmaKeys[$0] == key }) { return id }
        return ids.count == 1 ? ids[0] : nil
    }

    /// The lemmas this one is too much of (for a distortion), or its too-much (for a quality).
    public func excess(of id: Int) -> [Int] { excess[id] }
    public func qualities(withExcess id: Int) -> [Int] { excessOf[id] }
    public func opposites(of id: Int) -> [Int] { opposites[id] }
    public func synonymLemmas(of id: Int) -> [Int] { synonymLinks[id] }
    /// The words `suggest` lists as synonyms of a lemma.
    public func synonymWords(of id: Int) -> [String] { synonymLists[id] }

    /// The lemma and the lemmas linked to it as synonyms.
    func family(_ id: Int) -> [Int] { [id] + synonymLinks[id] }

    /// Counts for `quadrant lexicon stats`.
    public var statistics: LexiconStatistics {
        let qualities = lemmas.filter { $0.polarity == .quality }
        let synonymCount = lemmas.reduce(0) { $0 + $1.synonyms.count }
        return LexiconStatistics(
            language: language,
            qualities: qualities.count,
            distortions: lemmas.count - qualities.count,
            qualitiesWithQuadrant: qualities.filter { !quadrants(forQuality: $0.id).isEmpty }.count,
            curatedQuadrants: curated.count,
            words: exactIndex.count + aliasIndex.count,
            averageSynonyms: lemmas.isEmpty ? 0 : Double(synonymCount) / Double(lemmas.count))
    }
}

/// What `quadrant lexicon stats` prints for one language.
public struct LexiconStatistics: Sendable, Equatable {
    public var language: Language
    public var qualities: Int
    public var distortions: Int
    public var qualitiesWithQuadrant: Int
    public var curatedQuadrants: Int
    public var words: Int
    public var averageSynonyms: Double
}

extension Lexicon {
    /// Builds the lexicon of `language` from documents in order; later documents add to earlier ones.
    ///
    /// Returns every problem found (unknown relation targets, polarity conflicts, duplicate lemmas,
    /// quadrants that do not close). The lexicon is built from whatever is sound, so one bad line
    /// costs that line only.
    public static func build(_ language: Language, from documents: [LexiconDocument]) -> (Lexicon, [LexiconProblem]) {
        var builder = LexiconBuilder(lexicon: Lexicon(language: language))
        for document in documents where document.language == language {
            builder.addEntries(of: document)
        }
        for document in documents where document.language == language {
            builder.addRelations(of: document)
        }
        builder.computeKin()
        for document in documents where document.language == language {
            builder.addQuadrants(of: document)
        }
        builder.finish()
        return (builder.lexicon, builder.problems)
    }
}

/// The mutable steps of `Lexicon.build`, kept apart so the finished `Lexicon` stays immutable.
private struct LexiconBuilder {
    var lexicon: Lexicon
    var problems: [LexiconProblem] = []
    /// Which document and line defined each lemma key, to tell duplicates from extensions.
    var definedIn: [String: (file: String, line: Int)] = [:]
    /// Each lemma's folded word, by id, so resolving a relation does not fold it again.
    var lemmaKeys: [String] = []

    mutating func report(_ file: String, _ line: Int, _ message: String) {
        problems.append(LexiconProblem(file: file, line: line, message: message))
    }

    mutating func addEntries(of document: LexiconDocument) {
        for entry in document.entries {
            let key = TextFolding.key(entry.lemma.text)
            guard !key.isEmpty else {
                report(document.file, entry.lemma.line, "`\(entry.lemma.text)` has no letters")
                continue
            }
            if let ids = lexicon.exactIndex[key], let id = ids.first(where: { lemmaKeys[$0] == key }) {
                let existing = lexicon.lemmas[id]
                if let first = definedIn[key], first.file == document.file {
                    report(document.file, entry.lemma.line, "`\(entry.lemma.text)` is defined twice (first on line \(first.line))")
                } else if existing.polarity != entry.polarity {
                    report(document.file, entry.lemma.line,
                           "polarity conflict: `\(entry.lemma.text)` is a \(existing.polarity.rawValue) in \(existing.file), not a \(entry.polarity.rawValue)")
                } else {
                    lexicon.lemmas[id].forms += entry.forms.map(\.text)
                    lexicon.lemmas[id].synonyms += entry.synonyms.map(\.text)
                    index(entry.forms, as: id)
                }
                continue
            }
            let id = lexicon.lemmas.count
            lexicon.lemmas.append(Lemma(
                id: id, word: entry.lemma.text, polarity: entry.polarity,
                forms: entry.forms.map(\.text), synonyms: entry.synonyms.map(\.text),
                file: document.file, line: entry.lemma.line))
            definedIn[key] = (document.file, entry.lemma.line)
            lemmaKeys.append(key)
            lexicon.excess.append([])
            lexicon.excessOf.append([])
            lexicon.opposites.append([])
            lexicon.synonymLinks.append([])
            index([entry.lemma], as: id, typed: false)
            index(entry.forms, as: id)
        }
    }

    /// Indexes `words` (a lemma's own word when `typed` is false; its forms, as people type them, else).
    mutating func index(_ words: [LexiconWord], as id: Int, typed: Bool = true) {
        for word in words {
            let folded = TextFolding.key(word.text)
            let key = typed ? Self.typedKey(folded, lexicon.language) : folded
            guard !key.isEmpty else { continue }
            if !(lexicon.exactIndex[key]?.contains(id) ?? false) { lexicon.exactIndex[key, default: []].append(id) }
        }
    }

    /// The lemma a relation word names: its lemma word or one of its forms, if that is unambiguous.
    func resolve(_ word: String) -> Int? {
        let key = TextFolding.key(word)
        return resolve(key: key, among: lexicon.exactIndex[key])
    }

    /// The lemma among `ids` (those of `key` in the exact index) that `key` names.
    func resolve(key: String, among ids: [Int]?) -> Int? {
        guard let ids else { return nil }
        if let exact = ids.first(where: { lemmaKeys[$0] == key }) { return exact }
        return ids.count == 1 ? ids[0] : nil
    }

    /// A listed phrase's key as typed text is read: any person's pronoun as `je`/`your` and without the
    /// intensifiers inside it (`StopWords`), so `full of himself` and `echt contact maken` meet what people
    /// type. A key of one word, or with nothing to change, is kept as it is.
    static func typedKey(_ key: String, _ language: Language) -> String {
        // Most keys are one word, or hold none of the words that change: told apart on bytes, as this
        // runs for every form and synonym at start-up (splitting each into Strings cost 100 M instructions).
        guard StopWords.mayChangeWhenTyped(key, language) else { return key }
        let words = key.split(separator: " ").map(String.init)
        let read = StopWords.asListed(words, language)
        return read == words ? key : read.joined(separator: " ")
    }

    private static func addOnce(_ id: Int, to ids: inout [Int]) {
        if !ids.contains(id) { ids.append(id) }
    }

    mutating func addRelations(of document: LexiconDocument) {
        for entry in document.entries {
            guard let id = resolve(entry.lemma.text), lexicon.lemmas[id].polarity == entry.polarity else { continue }
            let lemma = lexicon.lemmas[id]
            for word in entry.synonyms {
                // One fold and one lookup a word: this loop runs for every synonym at start-up.
                let key = TextFolding.key(word.text)
                let ids = lexicon.exactIndex[key]
                if let other = resolve(key: key, among: ids), other != id {
                    if lexicon.lemmas[other].polarity != lemma.polarity {
                        report(document.file, word.line,
                               "polarity conflict: synonym `\(word.text)` is a \(lexicon.lemmas[other].polarity.rawValue), `\(lemma.word)` a \(lemma.polarity.rawValue)")
                    } else {
                        link(&lexicon.synonymLinks, id, other)
                    }
                } else if ids == nil, !key.isEmpty {
                    Self.addOnce(id, to: &lexicon.aliasIndex[Self.typedKey(key, lexicon.language), default: []])
                }
            }
            if !entry.excess.isEmpty && entry.polarity == .distortion {
                report(document.file, entry.excess[0].line,
                       "`excess` belongs on a quality; `\(lemma.word)` is a distortion (too much of something already)")
            }
            if entry.polarity == .quality {
                for word in entry.excess {
                    guard let target = target(word, document.file, expected: .distortion, relation: "excess") else { continue }
                    if !lexicon.excess[id].contains(target) { lexicon.excess[id].append(target) }
                    if !lexicon.excessOf[target].contains(id) { lexicon.excessOf[target].append(id) }
                }
            }
            for word in entry.positiveOpposites {
                if let target = target(word, document.file, expected: .quality, relation: "opposite+") { link(&lexicon.opposites, id, target) }
            }
            for word in entry.negativeOpposites {
                if let target = target(word, document.file, expected: .distortion, relation: "opposite-") { link(&lexicon.opposites, id, target) }
            }
        }
    }

    /// Resolves a relation target and checks its polarity, reporting what is wrong.
    mutating func target(_ word: LexiconWord, _ file: String, expected: Polarity, relation: String) -> Int? {
        guard let target = resolve(word.text) else {
            report(file, word.line, "`\(word.text)` in `\(relation)` is not a lemma; add `\(expected.rawValue) \(word.text)` or use an existing word")
            return nil
        }
        guard lexicon.lemmas[target].polarity == expected else {
            report(file, word.line,
                   "polarity conflict: `\(relation)` needs a \(expected.rawValue), but `\(lexicon.lemmas[target].word)` is a \(lexicon.lemmas[target].polarity.rawValue)")
            return nil
        }
        return target
    }

    func link(_ graph: inout [[Int]], _ a: Int, _ b: Int) {
        guard a != b else { return }
        if !graph[a].contains(b) { graph[a].append(b) }
        if !graph[b].contains(a) { graph[b].append(a) }
    }

    /// See `Lexicon.kin`. Computed before curated quadrants are checked, so they are judged as `check` judges.
    mutating func computeKin() {
        let l = lexicon
        lexicon.kin = l.lemmas.indices.map { id in
            var kin: [Int] = [id]
            func add(_ ids: [Int]) { for other in ids where !kin.contains(other) && l.lemmas[other].polarity == l.lemmas[id].polarity { kin.append(other) } }
            add(l.synonymLinks[id])
            for synonym in l.synonymLinks[id] { add(l.synonymLinks[synonym]) }
            return kin
        }
    }

    mutating func addQuadrants(of document: LexiconDocument) {
        for line in document.quadrants {
            var ids: [Int] = []
            for (word, corner) in zip(line.words, Corner.allCases) {
                guard let id = resolve(word) else {
                    report(document.file, line.line, "quadrant: `\(word)` is not a lemma")
                    continue
                }
                if lexicon.lemmas[id].polarity != corner.polarity {
                    report(document.file, line.line,
                           "quadrant: the \(corner.rawValue) `\(word)` should be a \(corner.polarity.rawValue), not a \(lexicon.lemmas[id].polarity.rawValue)")
                }
                ids.append(id)
            }
            guard ids.count == 4 else { continue }
            let quadrant = Quadrant(quality: ids[0], pitfall: ids[1], challenge: ids[2], allergy: ids[3])
            let broken = lexicon.brokenRelations(of: quadrant)
            if broken.isEmpty {
                if !lexicon.curated.contains(quadrant) { lexicon.curated.append(quadrant) }
            } else {
                let what = broken.map { "\(lexicon.lemmas[$0.to].word) is not \($0.relation.phrase) \(lexicon.lemmas[$0.from].word)" }
                report(document.file, line.line, "quadrant does not close: " + what.joined(separator: "; "))
            }
        }
    }

    mutating func finish() {
        lexicon.lemmaKeys = lemmaKeys
        lexicon.curatedWith = Array(repeating: [], count: lexicon.lemmas.count)
        for (position, quadrant) in lexicon.curated.enumerated() {
            for id in Set(quadrant.all) { lexicon.curatedWith[id].append(position) }
        }
        // Keys are folded text, words split at plain ASCII spaces: the UTF-8 view finds them at a fraction
        // of the cost of walking Characters.
        // The exact and alias indexes never share a key (an alias is kept only where no word is).
        let space = UInt8(ascii: " ")
        var singles: [(key: [UInt8], ids: [Int])] = []
        for index in [lexicon.exactIndex, lexicon.aliasIndex] {
            for (key, ids) in index {
                guard let firstSpace = key.utf8.firstIndex(of: space) else {
                    if key.utf8.count >= 5 { singles.append((Array(key.utf8), ids)) }
                    continue
                }
                lexicon.longestPhrase = max(lexicon.longestPhrase, key.utf8.reduce(1) { $1 == space ? $0 + 1 : $0 })
                lexicon.phraseStarts.insert(String(key[..<firstSpace]))
            }
        }
        // Byte order, which for folded keys is their text's order.
        lexicon.typoIndex = TypoIndex(singles.sorted { $0.key.lexicographicallyPrecedes($1.key) })
        lexicon.quadrantsOfQuality = lexicon.lemmas.indices.map { lexicon.deriveQuadrants(forQuality: $0) }
        lexicon.synonymLists = lexicon.lemmas.map { lemma in
            var seen: Set<String> = []
            return (lemma.synonyms + lexicon.synonymLinks[lemma.id].map { lexicon.lemmas[$0].word }).filter { seen.insert(TextFolding.key($0)).inserted }
        }
        for lemma in lexicon.lemmas where lexicon.idOfWord[lemma.word] == nil { lexicon.idOfWord[lemma.word] = lemma.id }
    }
}

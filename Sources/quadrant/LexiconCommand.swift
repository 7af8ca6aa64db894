import QuadrantKit

/// `quadrant lexicon check FILE...`, `quadrant lexicon stats` and `quadrant lexicon slips WORDLIST`.
enum LexiconCommand {
    static func run(_ options: Options) -> Int32 {
        guard let action = options.arguments.first else {
            Platform.log("quadrant lexicon: say `check FILE...`, `stats` or `slips WORDLIST --lang nl|en`")
            return Options.usageError
        }
        let files = Array(options.arguments.dropFirst())
        switch action {
        case "check": return check(files, options: options)
        case "stats": return stats(options)
        case "slips": return slips(files, options: options)
        default:
            Platform.log("quadrant lexicon: unknown action `\(action)`; use check, stats or slips")
            return Options.usageError
        }
    }

    /// Validates the files as they would be loaded (on top of the built-in lexicon unless --lexicon-only);
    /// without files, validates the built-in lexicon itself.
    static func check(_ files: [String], options: Options) -> Int32 {
        var checking = options
        checking.lexiconFiles += files
        switch checking.loadLexicons() {
        case .failure(let error):
            Platform.log("quadrant lexicon: cannot read \(error)")
            return 1
        case .success(let (_, problems)):
            let relevant = files.isEmpty ? problems : problems.filter { files.contains($0.file) }
            for problem in relevant { print(problem) }
            let names = files.isEmpty ? "the built-in lexicon" : files.joined(separator: ", ")
            Platform.log(relevant.isEmpty ? "\(names): no problems" : "\(names): \(relevant.count) problem(s)")
            return relevant.isEmpty ? 0 : 1
        }
    }

    /// Prints the words of a word list (one a line) that the lexicon would read as a slip of one of its
    /// words, with that word and its lemma, tab-separated: the real words a new lexicon word swallows.
    static func slips(_ files: [String], options: Options) -> Int32 {
        guard files.count == 1, let language = options.language else {
            Platform.log("quadrant lexicon: say `slips WORDLIST --lang nl|en`")
            return Options.usageError
        }
        let engine = options.engineOrExit()
        switch Platform.readFile(files[0]) {
        case .failure(let error):
            Platform.log("quadrant lexicon: cannot read \(error)")
            return 1
        case .success(let bytes):
            var seen = Set<String>()
            for word in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                let key = TextFolding.key(word)
                guard seen.insert(key).inserted, let slip = engine.lexicons[language].slipTarget(ofRealWord: key) else { continue }
                print("\(key)\t\(slip.key)\t\(slip.lemma)")
            }
            return 0
        }
    }

    static func stats(_ options: Options) -> Int32 {
        let engine = options.engineOrExit()
        print("lang  qualities  with quadrant  distortions  curated quadrants  words  synonyms/lemma")
        for language in Language.allCases {
            let s = engine.lexicons[language].statistics
            let average = (s.averageSynonyms * 10).rounded() / 10
            print([language.rawValue.padding(4), String(s.qualities).padding(9), String(s.qualitiesWithQuadrant).padding(13),
                   String(s.distortions).padding(11), String(s.curatedQuadrants).padding(17), String(s.words).padding(5),
                   String(average)].joined(separator: "  "))
        }
        return 0
    }
}

extension String {
    /// The text padded with spaces on the right to `width` characters.
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}

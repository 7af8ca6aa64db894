import QuadrantKit

extension Options {
    /// Loads the lexicons this command line asks for; problems in the files are returned, not fatal.
    func loadLexicons() -> Result<(Lexicons, [LexiconProblem]), PlatformError> {
        readLexiconFiles().map { Lexicons.standard(adding: $0, replacing: lexiconOnly) }
    }

    /// The `--lexicon` files as sources, read but not yet parsed.
    func readLexiconFiles() -> Result<[LexiconSource], PlatformError> {
        var extra: [LexiconSource] = []
        for path in lexiconFiles {
            switch Platform.readFile(path) {
            case .success(let bytes): extra.append(LexiconSource(name: path, text: String(decoding: bytes, as: UTF8.self)))
            case .failure(let error): return .failure(error)
            }
        }
        return .success(extra)
    }

    /// The `--lexicon` files, or exit with a message when one cannot be read.
    func lexiconFilesOrExit() -> [LexiconSource] {
        switch readLexiconFiles() {
        case .failure(let error):
            Platform.log("quadrant: cannot read lexicon \(error)")
            Platform.exit(1)
        case .success(let sources):
            return sources
        }
    }

    /// The engine built from the built-in lexicons and `extra`, with a warning for each problem found.
    func engine(adding extra: [LexiconSource]) -> Engine {
        let (lexicons, problems) = Lexicons.standard(adding: extra, replacing: lexiconOnly, parallel: runOnThreads)
        for problem in problems { Platform.log("warning: \(problem)") }
        return Engine(lexicons: lexicons)
    }

    /// The engine for serve, chat and replay, or exit with a message when a lexicon file cannot be read.
    func engineOrExit() -> Engine {
        engine(adding: lexiconFilesOrExit())
    }
}

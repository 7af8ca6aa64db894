import QuadrantKit

extension Options {
    /// Loads the lexicons this command line asks for; problems in the files are returned, not fatal.
    func loadLexicons() -> Result<(Lexicons, [LexiconProblem]), PlatformError> {
        var extra: [LexiconSource] = []
        for path in lexiconFiles {
            switch Platform.readFile(path) {
            case .success(let bytes): extra.append(LexiconSource(name: path, text: String(decoding: bytes, as: UTF8.self)))
            case .failure(let error): return .failure(error)
            }
        }
        return .success(Lexicons.standard(adding: extra, replacing: lexiconOnly))
    }

    /// The engine for serve, chat and replay, or exit with a message when a lexicon file cannot be read.
    func engineOrExit() -> Engine {
        switch loadLexicons() {
        case .failure(let error):
            Platform.log("quadrant: cannot read lexicon \(error)")
            Platform.exit(1)
        case .success(let (lexicons, problems)):
            for problem in problems { Platform.log("warning: \(problem)") }
            return Engine(lexicons: lexicons)
        }
    }
}

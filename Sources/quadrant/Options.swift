import QuadrantKit

/// The command line, parsed: which command to run and its options.
struct Options {
    enum Command: String {
        case serve, chat, replay, lexicon, journal, mcp, help, version
    }

    var command: Command
    var arguments: [String] = []
    var lexiconFiles: [String] = []
    var lexiconOnly = false
    var language: Language?
    var update = false
    var saveFile: String?
    var team = false
    var hidden = false
    var saveFormat: QuadrantCard.Format?
    var maximumLineLength = 64 * 1024
    var maximumSessions = 1_000_000
    var journalFile: String?
    /// Threads serve uses for a large batch of lines: by default one per core, at most 8.
    var threads = min(Platform.processorCount, 8)

    /// Exit status for a command line that cannot be understood (as in sysexits.h).
    static let usageError: Int32 = 64

    /// Parses `arguments` (without the program name); the default command depends on whether stdin is a terminal.
    static func parse(_ arguments: [String], stdinIsTerminal: Bool) -> Result<Options, UsageError> {
        var options = Options(command: stdinIsTerminal ? .chat : .serve)
        var rest = arguments[...]
        if let first = rest.first, !first.hasPrefix("-") {
            guard let command = Command(rawValue: first) else { return .failure(UsageError("unknown command `\(first)`")) }
            options.command = command
            rest = rest.dropFirst()
        }
        while let argument = rest.popFirst() {
            func value() -> String? { rest.popFirst() }
            switch argument {
            case "--lexicon":
                guard let file = value() else { return .failure(UsageError("--lexicon needs a file")) }
                options.lexiconFiles.append(file)
            case "--lexicon-only": options.lexiconOnly = true
            case "--lang":
                guard let code = value(), let language = Language(rawValue: code) else {
                    return .failure(UsageError("--lang needs nl or en"))
                }
                options.language = language
            case "--update": options.update = true
            case "--team": options.team = true
            case "--hidden": options.hidden = true
            case "--save":
                guard let file = value() else { return .failure(UsageError("--save needs a file")) }
                options.saveFile = file
            case "--format":
                guard let name = value(), let format = QuadrantCard.Format(rawValue: name) else {
                    return .failure(UsageError("--format needs text, markdown, svg or json"))
                }
                options.saveFormat = format
            case "--max-line":
                guard let text = value(), let number = Int(text), number > 0 else { return .failure(UsageError("--max-line needs a number of bytes")) }
                options.maximumLineLength = number
            case "--max-sessions":
                guard let text = value(), let number = Int(text), number > 0 else { return .failure(UsageError("--max-sessions needs a number")) }
                options.maximumSessions = number
            case "--journal":
                guard let file = value() else { return .failure(UsageError("--journal needs a file")) }
                options.journalFile = file
            case "--threads":
                guard let text = value(), let number = Int(text), (1...64).contains(number) else { return .failure(UsageError("--threads needs a number from 1 to 64")) }
                options.threads = number
            case "--help", "-h": options.command = .help
            case "--version": options.command = .version
            default:
                if argument.hasPrefix("-") { return .failure(UsageError("unknown option `\(argument)`")) }
                options.arguments.append(argument)
            }
        }
        switch options.command {
        case .serve, .chat, .mcp:
            if let stray = options.arguments.first {
                return .failure(UsageError("`\(options.command.rawValue)` takes no file `\(stray)`; give a lexicon file as --lexicon FILE"))
            }
        default:
            break
        }
        if options.lexiconOnly && options.lexiconFiles.isEmpty && options.command != .lexicon {
            return .failure(UsageError("--lexicon-only needs the files to use instead of the built-in lexicon: --lexicon FILE"))
        }
        return .success(options)
    }

    static let usage = """
    quadrant: a facilitator bot for Ofman's core quadrant (kernkwadrant).

    usage:
      quadrant                      chat in a terminal, or serve when stdin is not a terminal
      quadrant chat [--lang nl|en] [--save FILE [--format text|markdown|svg|json]]
                                    a conversation in the terminal; --save writes the
                                    quadrant at the end (format from --format or the
                                    file's extension: .svg, .md, .json, else text)
      quadrant chat --team [--hidden]  try the team game alone: `/as Anna` speaks as
                                    Anna; you start as the facilitator
      quadrant serve                line-delimited JSON on stdin/stdout (see protocol.md)
      quadrant serve --journal FILE  keep every session in FILE, rebuilt on restart
      quadrant journal compact FILE  drop the lines of ended sessions from a journal
      quadrant mcp                  a Model Context Protocol server on stdin/stdout, for
                                    assistant apps (see Bridges/README.md)
      quadrant replay PATH...       run dialogue scripts; --update rewrites their expectations
      quadrant lexicon check FILE...  validate lexicon files (file:line: message)
      quadrant lexicon stats        counts per language
      quadrant lexicon slips WORDLIST --lang nl|en
                                    the list's words the lexicon would read as a slip of one of
                                    its words (to build the real words never read as slips)

    options:
      --lexicon FILE     add a lexicon file (repeatable); --lexicon-only uses only those files
      --max-line BYTES   longest accepted input line for serve and mcp (default 65536)
      --max-sessions N   most live sessions for serve and mcp (default 1000000)
      --threads N        threads serve answers a large batch of lines with (default: one
                         per core, at most 8); answers are the same for any N
      --version, --help
    """
}

/// A command line quadrant cannot understand.
struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

import QuadrantKit

/// Exit statuses: 0 done (also when the host closes the pipe, or after SIGTERM/SIGINT), 1 a failure (a file
/// that cannot be read, a journal that cannot be written, a dialogue that does not match, a lexicon with
/// problems), 64 a command line that cannot be understood.
let arguments = Array(CommandLine.arguments.dropFirst())
switch Options.parse(arguments, stdinIsTerminal: Platform.isTerminal(0)) {
case .failure(let error):
    Platform.log("quadrant: \(error.message)\n\n\(Options.usage)")
    Platform.exit(Options.usageError)
case .success(let options):
    switch options.command {
    case .serve: Platform.exit(ServeCommand.run(options))
    case .chat: Platform.exit(ChatCommand.run(options))
    case .replay: Platform.exit(ReplayCommand.run(options))
    case .lexicon: Platform.exit(LexiconCommand.run(options))
    case .mcp: Platform.exit(MCPCommand.run(options))
    case .journal: Platform.exit(JournalCommand.run(options))
    case .help: print(Options.usage)
    case .version: print("quadrant \(QuadrantVersion.current)")
    }
}

import QuadrantKit

/// `quadrant journal compact FILE`: rewrites a journal with only the lines of sessions still live.
enum JournalCommand {
    static func run(_ options: Options) -> Int32 {
        guard options.arguments.first == "compact", options.arguments.count == 2 else {
            Platform.log("quadrant: usage: quadrant journal compact FILE")
            return Options.usageError
        }
        let path = options.arguments[1]
        var service = Service(engine: options.engineOrExit())
        switch Journal.open(path, replayingInto: &service) {
        case .failure(let error):
            Platform.log("quadrant: \(error.message)")
            return 1
        case .success(let (_, opening)):
            print("\(path): \(opening.lines) lines, \(opening.kept) kept for \(opening.sessions) live sessions")
            return 0
        }
    }
}

import QuadrantKit

/// `quadrant replay PATH...`: runs dialogue scripts (files, or every `.dialogue` file in a folder).
enum ReplayCommand {
    static func run(_ options: Options) -> Int32 {
        let paths = options.arguments.isEmpty ? ["Dialogues"] : options.arguments
        let files = paths.flatMap(scripts(at:))
        guard !files.isEmpty else {
            Platform.log("quadrant replay: no .dialogue files in \(paths.joined(separator: " "))")
            return 1
        }
        let replay = DialogueReplay(engine: options.engineOrExit())
        var failed = 0
        for file in files {
            switch replayFile(file, with: replay, update: options.update) {
            case .passed: print("ok      \(file)")
            case .updated: print("updated \(file)")
            case .failed(let report):
                failed += 1
                print("FAILED  \(file)\n\(report)")
            }
        }
        print("\(files.count - failed) passed, \(failed) failed")
        return failed == 0 ? 0 : 1
    }

    enum FileResult {
        case passed, updated
        case failed(String)
    }

    static func replayFile(_ file: String, with replay: DialogueReplay, update: Bool) -> FileResult {
        let text: String
        switch Platform.readFile(file) {
        case .success(let bytes): text = String(decoding: bytes, as: UTF8.self)
        case .failure(let error): return .failed("  \(error)")
        }
        let script: DialogueScript
        switch DialogueScript.parse(text) {
        case .success(let parsed): script = parsed
        case .failure(let error): return .failed("  \(file):\(error.line): \(error.message)")
        }
        let outcome = replay.run(script)
        if outcome.passed { return .passed }
        if update {
            if case .failure(let error) = Platform.writeFile(file, Array(outcome.updatedText.utf8)) { return .failed("  \(error)") }
            return .updated
        }
        return .failed(outcome.mismatches.map { "  \(file):\($0.description)" }.joined(separator: "\n"))
    }

    /// The script files at `path`: the file itself, or the `.dialogue` files in a folder, sorted.
    static func scripts(at path: String) -> [String] {
        guard let entries = Platform.directoryEntries(path) else { return [path] }
        return entries.filter { $0.hasSuffix(".dialogue") }.map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
    }
}

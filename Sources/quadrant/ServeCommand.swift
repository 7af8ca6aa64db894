import QuadrantKit

/// `quadrant serve`: the protocol over stdin/stdout.
///
/// One thread, blocking reads. Output is flushed whenever no complete input line is waiting, so a host
/// that writes one line and waits gets its answer at once, and a host that streams gets batched writes.
enum ServeCommand {
    static func run(_ options: Options) -> Int32 {
        Platform.ignoreBrokenPipe()
        // The lexicons are built on a second thread while `ready` goes out; the first request waits for them.
        let extra = options.lexiconFilesOrExit()
        let engine = Background { options.engine(adding: extra) }
        var output = OutputBuffer(descriptor: 1)
        var input = LineReader(descriptor: 0, limit: options.maximumLineLength)
        output.appendLine { AddressedEvent(id: nil, .ready(version: QuadrantVersion.current, languages: Language.allCases)).encoded(into: &$0) }
        guard output.flush() else { return 0 }
        var service = Service(engine: engine.value(), maximumSessions: options.maximumSessions)

        var lineNumber = 0
        while let line = input.next() {
            lineNumber += 1
            switch line {
            case .tooLong(let length):
                let error = ProtocolError.lineTooLong(length: length, limit: options.maximumLineLength)
                output.appendLine { AddressedEvent(id: nil, .error(error, line: lineNumber)).encoded(into: &$0) }
            case .line(let bytes):
                for event in service.handle(line: bytes, lineNumber: lineNumber) {
                    output.appendLine { event.encoded(into: &$0) }
                }
            }
            if input.needsRead && !output.flush() { return 0 }
        }
        output.flush()
        return 0
    }
}

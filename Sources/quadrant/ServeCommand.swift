import QuadrantKit

/// `quadrant serve`: the protocol over stdin/stdout.
///
/// Blocking reads. Lines are served in batches: every complete line one read brought in is answered into
/// the output buffer, on one thread per core when the batch is large (`ShardedService`: the same answers
/// as one thread); then the batch's journal lines are written and synced (one sync per
/// batch), and only then is the output flushed. So a host that writes one line and waits gets its answer
/// at once, a host that streams gets batched writes, and no answer leaves before its request is on disk.
enum ServeCommand {
    static func run(_ options: Options) -> Int32 {
        Platform.ignoreBrokenPipe()
        // The lexicons are built on a second thread while `ready` goes out; the first request waits for them.
        // A journal is replayed first, though: `ready` then means every session is back.
        let extra = options.lexiconFilesOrExit()
        let engine = Background { options.engine(adding: extra) }
        var replayed: Service?
        var journal: Journal?
        if let path = options.journalFile {
            var service = Service(engine: engine.value(), maximumSessions: options.maximumSessions)
            switch Journal.open(path, replayingInto: &service) {
            case .failure(let error):
                Platform.log("quadrant: \(error.message)")
                return 1
            case .success(let (opened, _)): journal = opened
            }
            replayed = service
        }
        Platform.stopGentlyOnSignals()
        var output = OutputBuffer(descriptor: 1)
        var input = LineReader(descriptor: 0, limit: options.maximumLineLength)
        output.appendLine { Service.ready.encoded(into: &$0) }
        guard output.flush() else { return 0 }
        // Threads for large batches, started once `ready` is out.
        let crew = Crew(size: options.threads)
        let service = ShardedService(replayed ?? Service(engine: engine.value(), maximumSessions: options.maximumSessions), count: crew.size)

        var batch: [ShardedService.Line] = []
        var lineNumber = 0
        while let line = input.next() {
            lineNumber += 1
            batch.append(line)
            guard input.needsRead || batch.count >= maximumBatch else { continue }
            let answers = service.serve(batch, firstLineNumber: lineNumber - batch.count + 1, parallel: crew.run)
            for index in batch.indices {
                if answers.journaled(index), case .line(let bytes) = batch[index] { journal?.append(bytes) }
                answers.write(index, into: &output.bytes)
            }
            batch.removeAll(keepingCapacity: true)
            if input.needsRead {
                guard journal?.commit() != false else { return journalFailed(journal) }
                guard output.flush() else { return 0 }
            }
        }
        guard journal?.commit() != false else { return journalFailed(journal) }
        output.flush()
        return 0
    }

    /// The most lines served as one batch, so a host streaming without pause still gets answers in time.
    private static let maximumBatch = 4096

    /// The journal cannot be written: the batch's answers are withheld, since they could not be recovered.
    private static func journalFailed(_ journal: Journal?) -> Int32 {
        Platform.log("quadrant: cannot write the journal \(journal?.path ?? ""); stopping without answering the last requests")
        return 1
    }
}

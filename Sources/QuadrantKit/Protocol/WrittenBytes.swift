import Synchronization

/// The bytes an event body was written as, kept with the remembered value it was written from, so the
/// same answer asked for again is copied rather than escaped string by string. A cache, not part of the
/// value: any two are equal.
public final class WrittenBytes: Sendable, Equatable {
    private let written = Mutex<[UInt8]?>(nil)

    public init() {}

    /// The bytes written before, or those `write` gives, kept for next time.
    func bytes(_ write: () -> [UInt8]) -> [UInt8] {
        if let bytes = written.withLock({ $0 }) { return bytes }
        let bytes = write()
        written.withLock { $0 = bytes }
        return bytes
    }

    public static func == (lhs: WrittenBytes, rhs: WrittenBytes) -> Bool { true }
}

/// A remembered question's text and options as once written, riding along with each reply that asks it;
/// like `WrittenBytes`, a cache equal to any other, and empty for a question composed afresh.
struct WrittenQuestion: Sendable, Equatable {
    /// The text's escaped bytes, without quotes.
    var text: WrittenBytes?
    /// The options' array.
    var options: WrittenBytes?

    /// Caches for a question about to be remembered.
    static func kept() -> WrittenQuestion { WrittenQuestion(text: WrittenBytes(), options: WrittenBytes()) }

    static func == (lhs: WrittenQuestion, rhs: WrittenQuestion) -> Bool { true }
}

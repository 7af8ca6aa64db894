import Synchronization

/// A value built the first time anyone asks for it, once, whichever thread that is.
final class Lazily<Value: Sendable>: Sendable {
    private let storage = Mutex<Value?>(nil)

    /// The value, built by `build` on the first call; later calls get the same value.
    func value(_ build: () -> Value) -> Value {
        storage.withLock { stored in
            if let stored { return stored }
            let built = build()
            stored = built
            return built
        }
    }
}

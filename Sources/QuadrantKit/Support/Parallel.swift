/// Runs a body once for each index below a count, possibly at once on several threads, and returns when
/// every call has finished. The core starts no threads itself: a host passes a runner that does, and the
/// results never depend on which runner ran them.
public typealias Parallel = (_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> Void

/// The runner without threads: each index in turn, on the calling thread.
public func runInOrder(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    for index in 0..<count { body(index) }
}

/// One value per index, each written by the one call of a `Parallel` body that computes it, and read
/// once they all have finished.
final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: max(count, 1))
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// Every value, in index order; each must have been written.
    var values: [Value] { (0..<count).map { storage[$0]! } }
}

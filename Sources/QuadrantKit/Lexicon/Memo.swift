import Synchronization

/// Recent answers of a pure lexicon function, by its arguments.
///
/// Recognising a typo means comparing it with many index keys, and finding words for a corner means
/// walking the graph; people type the same words and reach the same corners again and again. The
/// answer depends on nothing but the lexicon and the arguments, so remembering it changes no output.
/// The memo starts afresh when it holds `capacity` answers, so its memory stays bounded whatever is typed.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    let capacity: Int
    private let table = Mutex<[Key: Value]>([:])

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The remembered answer for `key`, or `compute()`'s, remembered. `compute` runs outside the lock.
    func value(for key: Key, _ compute: () -> Value) -> Value {
        if let known = table.withLock({ $0[key] }) { return known }
        let value = compute()
        table.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
        return value
    }
}

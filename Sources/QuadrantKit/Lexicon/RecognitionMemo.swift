import Synchronization

/// Recent answers of `Lexicon.recognise`, by the text as typed.
///
/// Recognising a typo or an unknown word means comparing it with many index keys, and people type the
/// same words again and again. The answer depends on nothing but the lexicon and the text, so remembering
/// it changes no output; only short texts are kept, and the memo is emptied when it is full, so its
/// memory stays bounded whatever is typed.
final class RecognitionMemo: Sendable {
    /// Texts remembered at most before the memo starts afresh.
    static let capacity = 4096
    /// Longer texts (sentences) are recognised every time.
    static let longestText = 48

    private let table = Mutex<[String: Recognition]>([:])

    /// The remembered answer for `text`, or `compute()`'s, remembered. `compute` runs outside the lock.
    func recognition(of text: String, _ compute: () -> Recognition) -> Recognition {
        guard text.utf8.count <= Self.longestText else { return compute() }
        if let known = table.withLock({ $0[text] }) { return known }
        let recognition = compute()
        table.withLock { table in
            if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
            table[text] = recognition
        }
        return recognition
    }
}

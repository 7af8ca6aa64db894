/// How an answer to "is it round?" reads: change a corner, keep the quadrant, or neither.
enum CheckReply {
    case revise, confirm, other

    /// A revise label revises, a confirm or keep label confirms. A yes or a no answers the question asked:
    /// "Klopt dat?" (`asksToChange` false), where a yes confirms, or "Willen jullie de valkuil aanpassen?",
    /// where a yes revises and a no leaves the quadrant as it is.
    init(_ text: String, language: Language, asksToChange: Bool = false) {
        self.init(folded: TextFolding.key(text), language: language, asksToChange: asksToChange)
    }

    /// The same, for an answer already folded by `TextFolding.key`.
    init(folded key: String, language: Language, asksToChange: Bool = false) {
        let book = phrasebook(language)
        let labels = Labels.of(language)
        if labels.revise.contains(key) { self = .revise; return }
        if labels.confirm.contains(key) { self = .confirm; return }
        // "ja aanpassen graag", "zo laten hoor": the words of changing or leaving it, with more around them.
        let words = key.split(separator: " ").map(String.init)
        if words.contains(where: book.changeWords.contains) { self = .revise; return }
        if zip(words, words.dropFirst()).contains(where: { book.leaveWords.contains($0 + " " + $1) }) { self = .confirm; return }
        // "hmm not sure" holds a "not", but it is no answer.
        if book.notSureWords.contains(key) { self = .other; return }
        switch Agreement(folded: key, book) {
        case .no: self = asksToChange ? .confirm : .revise
        case .yes: self = asksToChange ? .revise : .confirm
        default: self = .other
        }
    }

    /// Whether `key` (folded) is the label of one of the check's options ("Zo laten", "Uitdaging aanpassen"):
    /// typed at a corner's question, it is no word for that corner.
    static func isLabel(_ key: String, language: Language) -> Bool {
        let labels = Labels.of(language)
        return labels.revise.contains(key) || labels.confirm.contains(key)
    }

    /// The folded labels of the check's options, folded once per language.
    private struct Labels {
        /// The labels, and the words that say the same ("aanpassen", "leave it"): whatever the question, they
        /// mean what they say, where a yes or a no depends on it.
        var revise: Set<String>
        var confirm: Set<String>

        init(_ book: some Phrasebook) {
            revise = Set(Corner.allCases.map { TextFolding.key(book.reviseLabel($0)) }).union(book.reviseWords)
            confirm = Set([TextFolding.key(book.confirmLabel), TextFolding.key(book.keepAsIsLabel)]).union(book.leaveWords)
        }

        static let dutch = Labels(DutchPhrasebook())
        static let english = Labels(EnglishPhrasebook())

        static func of(_ language: Language) -> Labels {
            switch language {
            case .nl: return dutch
            case .en: return english
            }
        }
    }
}

/// How an answer to "is it round?" reads: change a corner, keep the quadrant, or neither.
enum CheckReply {
    case revise, confirm, other

    /// A revise label or a no revises; a confirm or keep label or a yes confirms.
    init(_ text: String, language: Language) {
        let book = phrasebook(language)
        let key = TextFolding.key(text)
        let labels = Labels.of(language)
        if labels.revise.contains(key) { self = .revise; return }
        if labels.confirm.contains(key) { self = .confirm; return }
        // "hmm not sure" holds a "not", but it is no answer.
        if book.notSureWords.contains(key) { self = .other; return }
        switch Agreement(folded: key, book) {
        case .no: self = .revise
        case .yes: self = .confirm
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
        var revise: Set<String>
        var confirm: Set<String>

        init(_ book: some Phrasebook) {
            revise = Set(Corner.allCases.map { TextFolding.key(book.reviseLabel($0)) })
            confirm = [TextFolding.key(book.confirmLabel), TextFolding.key(book.keepAsIsLabel)]
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

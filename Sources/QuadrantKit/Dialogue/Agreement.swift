/// A yes, a partly or a no, read from how people actually answer: "ja", "ja hoor", "nee, helemaal niet",
/// "een beetje", "yes of course", "not really".
enum Agreement: Equatable {
    case yes, partly, no

    /// Reads `text` with the phrasebook's words: the whole answer if it is one of them; otherwise a word of
    /// partly anywhere ("ja, een beetje"), then a no anywhere, since negation wins ("zeker niet"), then a yes.
    init?(_ text: String, _ book: any Phrasebook) {
        self.init(folded: TextFolding.key(text), book)
    }

    /// Reads an answer already folded by `TextFolding.key`.
    init?(folded key: String, _ book: any Phrasebook) {
        if book.partlyWords.contains(key) { self = .partly; return }
        if book.noWords.contains(key) { self = .no; return }
        if book.yesWords.contains(key) { self = .yes; return }
        // A longer text says yes or no up front ("ja, dat herkennen we"); further on, a "niet" belongs to
        // something else ("de klant kreeg korting die niet mocht").
        let all = key.split(separator: " ").map(String.init)
        let words = all.count > Self.longest ? Array(all.prefix(2)) : all
        if words.contains(where: book.partlyWords.contains) { self = .partly }
        else if words.contains(where: book.noWords.contains) { self = .no }
        else if words.contains(where: book.yesWords.contains) { self = .yes }
        else { return nil }
    }

    /// The most words an answer may have to be read as a yes or no anywhere in it.
    static let longest = 4
}

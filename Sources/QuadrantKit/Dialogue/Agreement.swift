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
        else if let drawnOut = Self.drawnOut(key, book) { self = drawnOut }
        else { return nil }
    }

    /// "jaaa", "neee", "yesss": one short word drawn out is still that word (runs cut to two letters, then
    /// one). Most answers have no run of a letter and are passed over without building a string.
    private static func drawnOut(_ key: String, _ book: any Phrasebook) -> Agreement? {
        let bytes = Array(key.utf8)
        guard bytes.count <= 12, !bytes.contains(UInt8(ascii: " ")),
              zip(bytes, bytes.dropFirst()).contains(where: { $0 == $1 }) else { return nil }
        for shorter in [collapsed(bytes, keeping: 2), collapsed(bytes, keeping: 1)] where shorter != key {
            if let agreement = Agreement(folded: shorter, book) { return agreement }
        }
        return nil
    }

    /// `bytes` with each run of one byte cut to at most `keeping` ("jaaa" -> "jaa" or "ja").
    private static func collapsed(_ bytes: [UInt8], keeping: Int) -> String {
        var result: [UInt8] = []
        var run = 0
        for (index, byte) in bytes.enumerated() {
            run = index > 0 && bytes[index - 1] == byte ? run + 1 : 1
            if run <= keeping { result.append(byte) }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The most words an answer may have to be read as a yes or no anywhere in it.
    static let longest = 4
}

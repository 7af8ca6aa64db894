/// Folds free text into the comparable form the lexicon is indexed by.
///
/// Lower case, accents removed (`Efficiënt` -> `efficient`), punctuation and hyphens turned into spaces,
/// apostrophes dropped, runs of spaces collapsed. Pure and allocation-light: it works on UTF-8 bytes.
public enum TextFolding {
    /// The folded words of `text`, in order.
    public static func words(_ text: some StringProtocol) -> [String] {
        let folded = bytes(text)
        return folded.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The words of a folded key, split at its spaces as bytes (`split(separator: " ")` on a String steps
    /// through Characters, several times slower).
    static func keyWords(_ key: String) -> [String] {
        key.utf8.split(separator: 0x20).map { String(Substring($0)) }
    }

    /// A word's first byte and its length in bytes (at most 255), as one number: "lol" and "lot" share one. A
    /// set of shapes passes most words over before any string is made.
    static func shape(of word: some StringProtocol) -> UInt16 {
        shape(first: word.utf8.first, length: word.utf8.count)
    }

    /// The shape of a folded key's first word, without making a string.
    static func firstWordShape(_ key: String) -> UInt16 {
        var key = key
        return key.withUTF8 { bytes in shape(first: bytes.first, length: bytes.firstIndex(of: 0x20) ?? bytes.count) }
    }

    private static func shape(first: UInt8?, length: Int) -> UInt16 {
        UInt16(first ?? 0) << 8 | UInt16(min(length, 255))
    }

    /// A set of word shapes (first byte and length) as 4,096 bits, for `holdsShape`: it may hold shapes it was not
    /// given, never misses one it was.
    static func shapeBits(_ words: some Sequence<String>) -> [UInt64] {
        words.reduce(into: [UInt64](repeating: 0, count: 64)) { bits, word in
            let bit = shapeBit(word.utf8.first ?? 0, word.utf8.count)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// Whether some word of a folded key has a shape in `bits`, in one pass over its bytes without making strings:
    /// most answers hold none of a rare set of words, and are passed over at once.
    static func holdsShape(_ key: String, in bits: [UInt64]) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            var start = 0, index = 0
            while index <= bytes.count {
                if index == bytes.count || bytes[index] == 0x20 {
                    if index > start {
                        let bit = shapeBit(bytes[start], index - start)
                        if bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
                    }
                    start = index + 1
                }
                index += 1
            }
            return false
        }
    }

    private static func shapeBit(_ first: UInt8, _ length: Int) -> Int { (Int(first) &* 31 &+ min(length, 63) &* 257) & 4095 }

    /// Whether a folded key holds `word` as a whole word, without making a string.
    static func holdsWord(_ key: String, _ word: Substring) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            let target = word.utf8
            var start = 0
            while start + target.count <= bytes.count {
                let end = start + target.count
                if (end == bytes.count || bytes[end] == 0x20) && bytes[start..<end].elementsEqual(target) { return true }
                guard let space = bytes[start...].firstIndex(of: 0x20) else { return false }
                start = space + 1
            }
            return false
        }
    }

    /// Where `phrase` first stands in `words`, at `start` or later.
    static func firstIndex(of phrase: [Substring], in words: [String], from start: Int = 0) -> Int? {
        guard start + phrase.count <= words.count else { return nil }
        return (start...(words.count - phrase.count)).first { words[$0..<($0 + phrase.count)].elementsEqual(phrase) { $0 == $1 } }
    }

    /// The folded key of `text`: its folded words joined by single spaces.
    public static func key(_ text: some StringProtocol) -> String {
        String(decoding: bytes(text), as: UTF8.self)
    }

    /// The UTF-8 bytes of the folded key of `text`.
    static func bytes(_ text: some StringProtocol) -> [UInt8] {
        var folded: [UInt8] = []
        if text.utf8.withContiguousStorageIfAvailable({ fold($0, into: &folded) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { fold($0, into: &folded) }
        }
        return folded
    }

    /// Appends the folded words of valid UTF-8 `bytes` to `folded`, each after one space but the first.
    ///
    /// ASCII (nearly all typed text) is folded byte by byte; only other characters go through `fold(_:)`.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into folded: inout [UInt8]) {
        folded.reserveCapacity(bytes.count)
        // Whether a separator came since the last letter: the next letter starts a new word.
        var separated = false
        func letter(_ byte: UInt8, _ folded: inout [UInt8], _ separated: inout Bool) {
            if separated && !folded.isEmpty { folded.append(0x20) }
            separated = false
            folded.append(byte)
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x61...0x7A, 0x30...0x39: letter(byte, &folded, &separated)
                case 0x41...0x5A: letter(byte + 0x20, &folded, &separated)
                case UInt8(ascii: "'"): continue
                default: separated = true
                }
                continue
            }
            // A multi-byte scalar of valid UTF-8.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<min(length, bytes.count - index) {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            index += length
            guard let scalar = Unicode.Scalar(value) else { separated = true; continue }
            if let letters = fold(scalar) {
                for byte in letters.utf8 { letter(byte, &folded, &separated) }
            } else if !isDropped(scalar) {
                separated = true
            }
        }
    }

    /// A letter or digit, folded to lower case without accents; `nil` for a separator.
    static func fold(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x61...0x7A, 0x30...0x39: return String(scalar)
        case 0x41...0x5A: return String(Unicode.Scalar(value + 0x20)!)
        case 0x00...0x7F: return nil
        case 0x300...0x36F: return ""  // combining accents of decomposed text
        default: break
        }
        if let base = latinBase[value] { return base }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil {
            return properties.lowercaseMapping
        }
        return nil
    }

    /// Apostrophes vanish inside words (`klant's`, `don't`) instead of splitting them.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}"
    }

    /// Latin letters with diacritics and ligatures, mapped to their plain lower-case spelling.
    private static let latinBase: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđ", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"),
            ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        for (letter, spelled) in [("ß", "ss"), ("Æ", "ae"), ("æ", "ae"), ("Œ", "oe"), ("œ", "oe"), ("Ĳ", "ij"), ("ĳ", "ij")] {
            table[letter.unicodeScalars.first!.value] = spelled
        }
        return table
    }()
}

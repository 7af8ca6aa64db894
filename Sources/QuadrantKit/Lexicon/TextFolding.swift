/// Folds free text into the comparable form the lexicon is indexed by.
///
/// Lower case, accents removed (`Efficiënt` -> `efficient`), punctuation and hyphens turned into spaces,
/// apostrophes dropped, runs of spaces collapsed. Pure and allocation-light: it works on Unicode scalars.
public enum TextFolding {
    /// The folded words of `text`, in order.
    public static func words(_ text: some StringProtocol) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) {
                current.append(contentsOf: folded.unicodeScalars)
            } else if isDropped(scalar) {
                continue
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// The folded key of `text`: its folded words joined by single spaces.
    public static func key(_ text: some StringProtocol) -> String {
        words(text).joined(separator: " ")
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

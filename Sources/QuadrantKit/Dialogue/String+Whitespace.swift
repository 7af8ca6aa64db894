extension String {
    /// The text with its runs of whitespace collapsed to one space and none at either end.
    ///
    /// Typed answers nearly always are that already, in ASCII: those are returned as they are after one
    /// pass over their bytes, and only other text goes through `Character.isWhitespace`.
    var collapsingWhitespace: String {
        var previousWasSpace = true
        var plain = true
        for byte in utf8 {
            if byte >= 0x80 || (byte < 0x20 || byte == 0x7F) || (byte == 0x20 && previousWasSpace) {
                plain = false
                break
            }
            previousWasSpace = byte == 0x20
        }
        if plain && !previousWasSpace { return self }
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (and a trailing CR), for the lines of the
    /// project's own text formats: translations and dialogue scripts.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }
}

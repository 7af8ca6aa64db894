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

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

/// What a message of emoji alone says: a thumbs-up is a yes, a thumbs-down a no; other emoji say nothing
/// a corner can take.
enum EmojiReaction {
    case yes, no, other

    /// Splits emoji off `text`: the text without them (whitespace collapsed), and what emoji alone said when
    /// nothing else is left. Text without a byte beyond ASCII is returned as it is.
    static func split(_ text: String) -> (text: String, reaction: EmojiReaction?) {
        guard text.utf8.contains(where: { $0 >= 0xE2 }) else { return (text, nil) }
        var kept = String.UnicodeScalarView(), emoji: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if isEmoji(scalar) { emoji.append(scalar); kept.append(" ") } else { kept.append(scalar) }
        }
        guard !emoji.isEmpty else { return (text, nil) }
        let rest = String(kept).collapsingWhitespace
        guard rest.isEmpty else { return (rest, nil) }
        if emoji.contains(where: { thumbsUp.contains($0.value) }) { return (rest, .yes) }
        if emoji.contains(where: { thumbsDown.contains($0.value) }) { return (rest, .no) }
        return (rest, .other)
    }

    /// 👍 👌 ✅ ✔ 💯 🙌 and 👎 ❌.
    private static let thumbsUp: Set<UInt32> = [0x1F44D, 0x1F44C, 0x2705, 0x2714, 0x1F4AF, 0x1F64C]
    private static let thumbsDown: Set<UInt32> = [0x1F44E, 0x274C]

    /// Pictographs, their modifiers and joiners; not letters, digits, punctuation or the ™ kind of sign.
    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x200D || (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value) { return true }
        return value >= 0x2300 && scalar.properties.isEmoji
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

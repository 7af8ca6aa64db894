/// Why a line is not acceptable JSON, where, and a short message a person can act on.
public struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The broad class of a JSON error.
    public enum Kind: Sendable, Equatable, Hashable {
        /// The input is empty or only whitespace.
        case empty
        /// The bytes are not valid UTF-8 (overlong form, encoded surrogate, above U+10FFFF, truncated or stray byte).
        case invalidUTF8
        /// The structure is wrong: an unexpected character, a missing separator, text after the value, an unclosed string.
        case syntax
        /// A number does not follow the JSON grammar (leading zero, `+1`, `.5`, `1.`, `NaN`, ...).
        case invalidNumber
        /// A string holds a raw control character, an unknown escape or an unpaired surrogate escape.
        case invalidString
        /// Arrays and objects are nested deeper than the allowed depth.
        case tooDeep
        /// One object has the same key twice.
        case duplicateKey
    }

    /// The broad class of the error.
    public var kind: Kind
    /// The zero-based byte offset in the input where the problem is; it is the N of "at byte N" in the message.
    public var offset: Int
    /// A short plain-English description, including the offset where it helps.
    public var message: String

    /// Creates an error of `kind` at byte `offset` with `message`.
    public init(_ kind: Kind, at offset: Int, _ message: String) {
        self.kind = kind
        self.offset = offset
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

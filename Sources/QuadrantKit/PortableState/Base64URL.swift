/// Base64 with the URL-safe alphabet (`-`, `_`) and no padding (RFC 4648 §5), so a state string needs no
/// escaping in JSON, URLs or cookies.
enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    private static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(index) }
        return table
    }()

    static func encode(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        text.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group = 0
            for offset in 0..<3 { group = group << 8 | (offset < count ? Int(bytes[index + offset]) : 0) }
            for position in 0...count { text.append(alphabet[(group >> (18 - 6 * position)) & 63]) }
            index += 3
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The bytes, or nil when the text holds a character outside the alphabet or cannot be a whole encoding.
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 4 != 1 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count * 3 / 4)
        var group = 0
        for (index, digit) in digits.enumerated() {
            let value = values[Int(digit)]
            guard value >= 0 else { return nil }
            group = group << 6 | Int(value)
            if index % 4 == 3 {
                bytes += [UInt8(group >> 16), UInt8(group >> 8 & 255), UInt8(group & 255)]
                group = 0
            }
        }
        switch digits.count % 4 {
        case 2:
            guard group & 15 == 0 else { return nil }
            bytes.append(UInt8(group >> 4))
        case 3:
            guard group & 3 == 0 else { return nil }
            bytes += [UInt8(group >> 10), UInt8(group >> 2 & 255)]
        default: break
        }
        return bytes
    }
}

/// CRC-32 (IEEE 802.3, as in zip and PNG): catches a damaged or truncated state string.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        (0..<8).reduce(UInt32(index)) { crc, _ in crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { crc, byte in table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }

    /// The checksum as eight lowercase hex digits.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = String(checksum(bytes), radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}

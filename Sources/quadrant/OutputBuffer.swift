/// Collects protocol lines and writes them to a file descriptor in batches.
struct OutputBuffer {
    private let descriptor: Int32
    /// What is not written yet; serve appends finished lines here directly.
    var bytes: [UInt8] = []
    /// Set when a write failed: the host has gone away.
    private(set) var closed = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
        bytes.reserveCapacity(1 << 16)
    }

    /// Appends one line built by `write`, followed by LF.
    mutating func appendLine(_ write: (inout [UInt8]) -> Void) {
        write(&bytes)
        bytes.append(10)
    }

    /// Writes everything collected; false when the reader has gone away.
    @discardableResult
    mutating func flush() -> Bool {
        guard !bytes.isEmpty, !closed else { return !closed }
        closed = !bytes.withUnsafeBytes { Platform.writeAll(descriptor, $0) }
        bytes.removeAll(keepingCapacity: true)
        return !closed
    }
}

/// A String-backed enum that hashes its case rather than its raw value.
///
/// The standard library hashes a raw-value enum through `rawValue`, which here builds and hashes a
/// string (about 190 instructions) where one byte does. Language, stage and corner key the engine's
/// memos, looked up on every turn.
protocol HashedByCase: RawRepresentable, Hashable {}

extension HashedByCase {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(withUnsafeBytes(of: self) { $0.first ?? 0 })
    }
}

extension Language: HashedByCase {}
extension Stage: HashedByCase {}
extension Corner: HashedByCase {}

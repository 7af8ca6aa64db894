/// SplitMix64: a small seeded random generator, so generated traffic (the benchmark, the synthetic
/// lexicon) and randomised tests are the same on every run and a failure can be repeated from its seed.
/// The engine itself draws no random numbers.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A number in `0..<1`.
    public mutating func fraction() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

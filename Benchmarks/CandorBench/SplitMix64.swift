/// A tiny seeded random number generator (SplitMix64), so a seed always gives the same answers
/// on every machine and Swift version (the system generator is not seedable).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index below `count` (count > 0).
    mutating func index(_ count: Int) -> Int { Int(next(upperBound: UInt64(count))) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    /// A uniform element of a non-empty array. (Not `randomElement(using:)`, whose algorithm
    /// the standard library does not promise to keep.)
    mutating func pick<T>(_ items: [T]) -> T { items[index(items.count)] }
}

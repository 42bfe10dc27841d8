/// The theme model's weights, packed: every feature's non-zero weights side by side in two flat
/// arrays, and per feature hash where its run starts and ends.
///
/// The model has some 30,000 features and 470,000 weights. Kept as one array of `(theme,
/// weight)` pairs per feature they took about 10 MB of a server's memory, most of it array
/// headers and padding; packed they take about half, and reading an answer walks contiguous
/// memory.
struct WeightRows: Sendable {
    /// Per feature hash, its run in `themes` and `weights`.
    private let runs: [UInt64: Run]
    /// The theme (its place in `Theme.allCases`) of each weight.
    private let themes: [UInt8]
    private let weights: [Double]

    private struct Run: Sendable {
        var start: Int32
        var end: Int32
    }

    /// Calls `body` with each theme and weight of the feature with this hash, if the model has it.
    @inline(__always)
    func forEach(of hash: UInt64, _ body: (Int, Double) -> Void) {
        guard let run = runs[hash] else { return }
        for index in Int(run.start)..<Int(run.end) { body(Int(themes[index]), weights[index]) }
    }

    /// The weight of one feature towards one theme, if it has one.
    func weight(of hash: UInt64, theme: Int) -> Double? {
        guard let run = runs[hash] else { return nil }
        for index in Int(run.start)..<Int(run.end) where Int(themes[index]) == theme { return weights[index] }
        return nil
    }

    /// Collects weights feature by feature, each feature's weights one after another.
    struct Builder {
        private var runs: [UInt64: Run] = [:]
        private var themes: [UInt8] = []
        private var weights: [Double] = []
        private var current: UInt64?

        init(features: Int) {
            runs.reserveCapacity(features)
        }

        mutating func add(_ hash: UInt64, theme: Int, weight: Double) {
            precondition((0...Int(UInt8.max)).contains(theme), "a theme's place fits a byte")
            if hash != current {
                current = hash
                // A second name with the same hash (never seen with 64 bits, but possible) joins
                // the first one's weights: its run moves to the end, where the new ones follow.
                let start = Int32(themes.count)
                if let earlier = runs[hash] {
                    themes.append(contentsOf: themes[Int(earlier.start)..<Int(earlier.end)])
                    weights.append(contentsOf: weights[Int(earlier.start)..<Int(earlier.end)])
                }
                runs[hash] = Run(start: start, end: Int32(themes.count))
            }
            themes.append(UInt8(theme))
            weights.append(weight)
            runs[hash]!.end = Int32(themes.count)
        }

        func build() -> WeightRows {
            WeightRows(runs: runs, themes: themes, weights: weights)
        }
    }
}

/// The theme model's weights, packed: every feature's non-zero weights side by side in two flat
/// arrays, and per feature hash where its run starts and ends.
///
/// The model has some 30,000 features and 470,000 weights. Kept as one array of `(theme,
/// weight)` pairs per feature they took about 10 MB of a server's memory, most of it array
/// headers and padding; packed they take about half, and reading an answer walks contiguous
/// memory.
struct WeightRows: Sendable {
    /// Where each feature hash's run sits: an open-addressing table (linear probing, a power of
    /// two at least twice the number of features), `keys[i]` the hash whose run is `runs[i]`.
    /// A `Dictionary` hashed the feature hashes again with SipHash on every lookup, about a tenth
    /// of the time reading an answer's themes took (perf, realistic answers).
    private let keys: [UInt64]
    /// Per slot, the run in `themes` and `weights`; an empty slot has `end` 0 (a run is never
    /// empty, so a used slot's end is at least 1).
    private let runs: [Run]
    private let shift: UInt64
    /// The theme (its place in `Theme.allCases`) of each weight.
    private let themes: [UInt8]
    private let weights: [Double]

    private struct Run: Sendable {
        var start: Int32
        var end: Int32
    }

    private init(runs byHash: [UInt64: Run], themes: [UInt8], weights: [Double]) {
        var bits: UInt64 = 4
        while (1 << bits) < 2 * byHash.count { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var runs = [Run](repeating: Run(start: 0, end: 0), count: 1 << bits)
        shift = 64 - bits
        // In hash order, so that the table (and so the probing) is the same on every start.
        for (hash, run) in byHash.sorted(by: { $0.key < $1.key }) {
            var slot = Self.home(of: hash, shift: shift)
            while runs[slot].end != 0 { slot = (slot + 1) & (runs.count - 1) }
            keys[slot] = hash
            runs[slot] = run
        }
        self.keys = keys
        self.runs = runs
        self.themes = themes
        self.weights = weights
    }

    /// A hash's first slot: its top bits after a multiply (Fibonacci hashing), so that hashes
    /// differing only in their low bits still spread.
    @inline(__always)
    private static func home(of hash: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    private func run(of hash: UInt64) -> Run? {
        keys.withUnsafeBufferPointer { keys in
            runs.withUnsafeBufferPointer { runs in
                var slot = Self.home(of: hash, shift: shift)
                while runs[slot].end != 0 {
                    if keys[slot] == hash { return runs[slot] }
                    slot = (slot + 1) & (runs.count - 1)
                }
                return nil
            }
        }
    }

    /// Calls `body` with each theme and weight of the feature with this hash, if the model has it.
    @inline(__always)
    func forEach(of hash: UInt64, _ body: (Int, Double) -> Void) {
        guard let run = run(of: hash) else { return }
        for index in Int(run.start)..<Int(run.end) { body(Int(themes[index]), weights[index]) }
    }

    /// The weight of one feature towards one theme, if it has one.
    func weight(of hash: UInt64, theme: Int) -> Double? {
        guard let run = run(of: hash) else { return nil }
        for index in Int(run.start)..<Int(run.end) where Int(themes[index]) == theme { return weights[index] }
        return nil
    }

    /// Collects weights feature by feature, each feature's weights one after another.
    struct Builder {
        private var runs: [UInt64: Run] = [:]
        private var themes: [UInt8] = []
        private var weights: [Double] = []
        /// The feature being added and where its run starts; its run is recorded when the next
        /// feature begins (or at `build()`), not once per weight.
        private var current: UInt64?
        private var currentStart: Int32 = 0

        init(features: Int) {
            runs.reserveCapacity(features)
        }

        mutating func add(_ hash: UInt64, theme: Int, weight: Double) {
            precondition((0...Int(UInt8.max)).contains(theme), "a theme's place fits a byte")
            if hash != current {
                closeRun()
                current = hash
                currentStart = Int32(themes.count)
                // A second name with the same hash (never seen with 64 bits, but possible) joins
                // the first one's weights: its run moves to the end, where the new ones follow.
                if let earlier = runs[hash] {
                    themes.append(contentsOf: themes[Int(earlier.start)..<Int(earlier.end)])
                    weights.append(contentsOf: weights[Int(earlier.start)..<Int(earlier.end)])
                }
            }
            themes.append(UInt8(theme))
            weights.append(weight)
        }

        private mutating func closeRun() {
            guard let current else { return }
            runs[current] = Run(start: currentStart, end: Int32(themes.count))
        }

        /// Adds a feature's weights as the model file writes them: `theme:weight` pairs apart by
        /// spaces (`"3:0.1234 17:-0.05"`), the theme by its column in the file, which `columns`
        /// turns into its place in `Theme.allCases`. A malformed pair is skipped.
        ///
        /// Read byte by byte: splitting 470,000 pairs as `String`s took most of a second, the
        /// whole wait before the first insight page after a start.
        mutating func add(_ hash: UInt64, pairs: String, columns: [Int]) {
            var text = pairs
            text.withUTF8 { bytes in
                var start = 0
                while start < bytes.count {
                    var end = start
                    while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
                    if let (column, weight) = Self.pair(bytes[start..<end]), columns.indices.contains(column) {
                        add(hash, theme: columns[column], weight: weight)
                    }
                    start = end + 1
                }
            }
        }

        /// `column:weight`, or nil.
        static func pair(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> (Int, Double)? {
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
                  let column = Int(decimal: bytes[bytes.startIndex..<colon]),
                  let weight = Double(decimal: bytes[(colon + 1)..<bytes.endIndex])
            else { return nil }
            return (column, weight)
        }

        func build() -> WeightRows {
            var finished = self
            finished.closeRun()
            return WeightRows(runs: finished.runs, themes: finished.themes, weights: finished.weights)
        }
    }
}

private extension Int {
    /// Digits only, at most 9 of them.
    init?(decimal bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        self = value
    }
}

private extension Double {
    /// `-0.0123`: an optional minus, digits, an optional point and digits, as the trainer writes
    /// weights. The digits make an integer, exact in a `Double` up to 15 of them, divided by an
    /// exact power of ten: one correctly rounded division, so the same `Double` as parsing the
    /// text with `Double(_:)`. Anything else (an exponent, more digits) goes through `Double(_:)`.
    init?(decimal bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        var digits: Int64 = 0
        var count = 0
        var decimals = -1
        var negative = false
        var index = bytes.startIndex
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        var plain = index < bytes.endIndex
        while plain, index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), decimals < 0 {
                decimals = 0
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), count < 15 {
                digits = digits * 10 + Int64(byte - UInt8(ascii: "0"))
                count += 1
                if decimals >= 0 { decimals += 1 }
            } else {
                plain = false
            }
            index += 1
        }
        if plain, count > 0 {
            let value = Double(digits) / Self.powersOfTen[max(decimals, 0)]
            self = negative ? -value : value
        } else {
            guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)) else { return nil }
            self = value
        }
    }

    /// 10⁰ to 10¹⁵, each exact in a `Double`.
    static let powersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }
}

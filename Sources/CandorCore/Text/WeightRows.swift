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
            WeightRows(runs: runs, themes: themes, weights: weights)
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

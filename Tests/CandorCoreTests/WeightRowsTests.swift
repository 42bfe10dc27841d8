import Testing

@testable import CandorCore

/// The packed weight table the theme model reads through: every weight given to the builder is
/// found again under its feature, and a second feature with the same hash adds to the first.
struct WeightRowsTests {
    static func pairs(_ rows: WeightRows, _ hash: UInt64) -> [String] {
        var found: [String] = []
        rows.forEach(of: hash) { theme, weight in found.append("\(theme):\(weight)") }
        return found
    }

    @Test func everyWeightIsFoundUnderItsFeature() {
        var builder = WeightRows.Builder(features: 2)
        builder.add(10, theme: 0, weight: 0.5)
        builder.add(10, theme: 21, weight: -1.25)
        builder.add(20, theme: 3, weight: 2)
        let rows = builder.build()
        #expect(Self.pairs(rows, 10) == ["0:0.5", "21:-1.25"])
        #expect(Self.pairs(rows, 20) == ["3:2.0"])
        #expect(Self.pairs(rows, 30).isEmpty)
        #expect(rows.weight(of: 10, theme: 21) == -1.25)
        #expect(rows.weight(of: 10, theme: 3) == nil)
        #expect(rows.weight(of: 30, theme: 0) == nil)
    }

    @Test func aSecondFeatureWithTheSameHashJoinsTheFirst() {
        var builder = WeightRows.Builder(features: 3)
        builder.add(10, theme: 0, weight: 0.5)
        builder.add(20, theme: 1, weight: 1)
        builder.add(10, theme: 2, weight: 0.25)
        let rows = builder.build()
        #expect(Self.pairs(rows, 10) == ["0:0.5", "2:0.25"])
        #expect(Self.pairs(rows, 20) == ["1:1.0"])
    }

    @Test("among thousands of features, each is found with its own weights and no other hash is")
    func manyFeaturesAreFoundExactly() {
        // Hashes that stress the table: 0, the largest, powers of two (all but one bit equal),
        // runs of neighbours, and spread ones from a fixed generator.
        var hashes: [UInt64] = [0, .max, .max - 1]
        hashes += (0..<64).map { UInt64(1) << $0 }
        hashes += (1...500).map { UInt64($0) } + (1...500).map { UInt64.max / 2 + UInt64($0) }
        var state: UInt64 = 42
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        hashes += (0..<4_000).map { _ in next() }
        hashes = Array(Set(hashes)).sorted()
        var builder = WeightRows.Builder(features: hashes.count)
        for (index, hash) in hashes.enumerated() {
            builder.add(hash, theme: index % 22, weight: Double(index))
            builder.add(hash, theme: 21 - index % 22, weight: -Double(index))
        }
        let rows = builder.build()
        var wrong = 0
        for (index, hash) in hashes.enumerated() {
            if Self.pairs(rows, hash) != ["\(index % 22):\(Double(index))", "\(21 - index % 22):\(-Double(index))"] {
                wrong += 1
            }
        }
        #expect(wrong == 0)
        let known = Set(hashes)
        let absent = (0..<4_000).map { _ in next() }.filter { !known.contains($0) } + [2, 3, 501]
            .filter { !known.contains($0) }
        #expect(absent.count > 3_900)
        #expect(absent.allSatisfy { Self.pairs(rows, $0).isEmpty && rows.weight(of: $0, theme: 0) == nil })
    }

    @Test("weights read from the model file's text are the numbers Double(_:) reads", arguments: [
        "-0.0053", "0.1", "0.3", "12.5", "-7", "0.0001", "-1.9999", "123456789.012345", "1e-05", "-2.5E3",
    ])
    func weightsAreReadExactly(text: String) throws {
        var builder = WeightRows.Builder(features: 1)
        builder.add(1, pairs: "0:\(text)", columns: [4])
        let weight = try #require(builder.build().weight(of: 1, theme: 4))
        #expect(weight == Double(text)!, "\(text)")
        #expect(weight.bitPattern == Double(text)!.bitPattern, "\(text)")
    }

    @Test func malformedPairsAreSkipped() {
        var builder = WeightRows.Builder(features: 1)
        builder.add(1, pairs: "0:0.5 x:1 1: :2 2:abc 9:1.0 3:-0.25", columns: [0, 1, 2, 3])
        // Column 9 is past the model's themes.
        #expect(Self.pairs(builder.build(), 1) == ["0:0.5", "3:-0.25"])
    }
}

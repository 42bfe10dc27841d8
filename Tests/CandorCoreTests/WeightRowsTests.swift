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

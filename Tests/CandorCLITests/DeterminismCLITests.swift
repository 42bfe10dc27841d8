import CandorCore
import Foundation
import Testing

/// The same data gives the same insight and the same plan in any process: nothing may depend on
/// the order a dictionary or set happens to iterate in, which Swift seeds afresh for every
/// process. Each run below is a separate `candor` process.
struct DeterminismCLITests {
    @Test func theInsightIsTheSameInEveryProcess() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("demo").status == 0)
        let runs = try (0..<4).map { _ in try sandbox.candor("analyze", "lumen", "--json") }
        #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.errors))")
        #expect(!runs[0].output.isEmpty)
        for run in runs.dropFirst() {
            #expect(run.output == runs[0].output, "byte for byte")
        }
        let compared = try (0..<3).map { _ in try sandbox.candor("compare", "lumen", "fernhill", "northwind", "--json").output }
        #expect(Set(compared).count == 1)
    }

    @Test func theSamePlanIsMadeInEveryProcess() throws {
        // One search, copied before its interview was ever planned; each copy plans it in a
        // process of its own.
        let original = try Sandbox()
        let id = try lumenPanel(original)
        var sheets: [String] = []
        for _ in 0..<3 {
            let copy = try Sandbox()
            try FileManager.default.copyItem(
                at: original.folder.appendingPathComponent("candor"), to: copy.folder.appendingPathComponent("candor"))
            let run = try copy.candor("plan", id, "--markdown")
            #expect(run.status == 0, "\(run.errors)")
            sheets.append(run.output)
        }
        #expect(!sheets[0].isEmpty)
        #expect(Set(sheets).count == 1, "the same plan, byte for byte")
    }
}

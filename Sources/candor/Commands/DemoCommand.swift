import ArgumentParser
import CandorCore
import Foundation

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load a sample job search (three companies) into an empty database.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let loaded = try await database.withStore { store in
            try await store.loadDemo(zone: LocalTime.machineZone)
            return try await store.exportBackup()
        }
        print("Loaded the demo: \(loaded.companies.count) companies, \(loaded.people.count) people, "
            + "\(loaded.interviews.count) interviews, \(loaded.asks.count) answers.")
        print("Run `candor serve` to explore it in your browser, or `candor company list` here.")
    }
}

import ArgumentParser
import CandorCore
import CandorStore
import Foundation

extension InterviewCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List interviews by start time.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Only interviews at this company (name, start of name, or id).")
        var company: String?

        @Flag(help: "Only interviews that start from now on.")
        var upcoming = false

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func run() async throws {
            let interviews = try await database.withStore { store in
                var companyID: UUID?
                if let company { companyID = try await store.company(matching: company).id }
                return try await store.interviews(companyID: companyID, from: upcoming ? store.now() : nil)
            }
            if json { return try Output.json(interviews) }
            guard !interviews.isEmpty else {
                print(upcoming
                    ? "No upcoming interviews."
                    : "No interviews yet. Add one with `candor interview add COMPANY --at \"\(LocalTime.inputFormat)\" --with NAME`.")
                return
            }
            Output.table(
                ["ID", "WHEN", "COMPANY", "KIND", "MIN", "WITH", "STATUS"],
                interviews.map {
                    [$0.id.short, Output.start(of: $0), $0.companyName, $0.kind.rawValue, String($0.durationMinutes),
                     Output.panel(of: $0), $0.status.rawValue]
                })
        }
    }
}

import ArgumentParser
import CandorCore
import CandorStore

extension CompanyCommand {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a company to another pipeline status.",
            discussion: "Statuses: \(PipelineStatus.allCases.map(\.rawValue).joined(separator: ", ")).")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The company: its name, the start of its name, or its id.")
        var company: String

        @Argument(help: ArgumentHelp("The new status: \(PipelineStatus.helpValues).", valueName: "status"))
        var newStatus: String

        @Option(help: ArgumentHelp("Why, or what happened.", valueName: "text"))
        var note: String?

        func run() async throws {
            let status = try PipelineStatus.parse(newStatus, field: "status")
            let (before, after) = try await database.withStore { store in
                let current = try await store.company(matching: company)
                return (current, try await store.setStatus(companyID: current.id, to: status, note: note))
            }
            if before.status == after.status {
                print("\(after.name) is already \(after.status.rawValue)")
            } else {
                print("\(after.name): \(before.status.rawValue) → \(after.status.rawValue)")
            }
        }
    }
}

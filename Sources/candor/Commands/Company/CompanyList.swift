import ArgumentParser
import CandorCore
import CandorStore

extension CompanyCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List companies by pipeline status, then name.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Only companies with this status (repeatable): \(PipelineStatus.helpValues).")
        var status: [String] = []

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func run() async throws {
            let wanted = Set(try PipelineStatus.parseAll(status, field: "--status"))
            let companies = try await database.withStore { store in try await store.companies() }
                .filter { wanted.isEmpty || wanted.contains($0.status) }
                .sorted { ($0.status, $0.name.matchKey) < ($1.status, $1.name.matchKey) }
            if json { return try Output.json(companies) }
            guard !companies.isEmpty else {
                if wanted.isEmpty {
                    print("No companies yet. Add one with `candor company add NAME`, or load a sample search with `candor demo`.")
                } else {
                    print("No companies with that status.")
                }
                return
            }
            Output.table(
                ["ID", "NAME", "STATUS", "STAGE", "ROLE", "SINCE"],
                companies.map { company in
                    [company.id.short, company.name, company.status.rawValue, company.stage?.rawValue ?? "",
                     company.roleTitle ?? "", Output.day(company.lastStatusChange)]
                })
        }
    }
}

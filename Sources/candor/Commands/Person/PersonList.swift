import ArgumentParser
import CandorCore
import CandorStore
import Foundation

extension PersonCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List people, by name.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Only people at this company (name, start of name, or id).")
        var company: String?

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func run() async throws {
            let (people, companyNames) = try await database.withStore { store in
                let companies = try await store.companies()
                var companyID: UUID?
                if let company { companyID = try await store.company(matching: company).id }
                let people = try await store.people(companyID: companyID)
                return (people, Dictionary(uniqueKeysWithValues: companies.map { ($0.id, $0.name) }))
            }
            if json { return try Output.json(people) }
            guard !people.isEmpty else {
                print("No people yet. Add someone with `candor person add COMPANY NAME`, or name them in `candor interview add … --with NAME`.")
                return
            }
            Output.table(
                ["ID", "NAME", "TITLE", "ROLE", "COMPANY"],
                people.map { [$0.id.short, $0.name, $0.title ?? "", $0.roleKind.rawValue, companyNames[$0.companyID] ?? ""] })
        }
    }
}

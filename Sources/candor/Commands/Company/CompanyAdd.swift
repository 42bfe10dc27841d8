import ArgumentParser
import CandorCore
import CandorStore

extension CompanyCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a company.",
            discussion: "Example: candor company add \"Acme\" --stage startup --role \"Backend Engineer\" --concern on-call")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The company's name.")
        var name: String

        @OptionGroup var fields: CompanyFieldOptions

        func run() async throws {
            var draft = CompanyDraft(name: name)
            try fields.apply(to: &draft)
            let status = try fields.parsedStatus() ?? .researching
            let company = try await database.withStore { store in
                try await store.addCompany(draft, status: status)
            }
            print("Added company \(company.name) (\(company.id.short))")
        }
    }
}

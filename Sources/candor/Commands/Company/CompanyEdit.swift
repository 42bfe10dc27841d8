import ArgumentParser
import CandorCore
import CandorStore

extension CompanyCommand {
    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a company's details; only the options you give are changed.",
            discussion: """
                An empty value clears a text or choice field, e.g. --website "". \
                --concern adds to the concerns already there; --clear-concerns starts the list afresh.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The company: its name, the start of its name, or its id.")
        var company: String

        @Option(help: "A new name.")
        var name: String?

        @Flag(help: "Remove every concern before adding those given with --concern.")
        var clearConcerns = false

        @OptionGroup var fields: CompanyFieldOptions

        func run() async throws {
            let status = try fields.parsedStatus()
            let updated = try await database.withStore { store in
                let current = try await store.company(matching: company)
                var draft = current.draft
                if let name { draft.name = name }
                if clearConcerns { draft.concerns = [] }
                try fields.apply(to: &draft)
                let changed = draft
                // One transaction, so a refused status change does not leave the other edits saved.
                return try await store.transaction { store in
                    try await store.updateCompany(id: current.id, changed)
                    if let status { return try await store.setStatus(companyID: current.id, to: status) }
                    return try await store.company(id: current.id)
                }
            }
            print("Updated company \(updated.name) (\(updated.id.short)), now \(updated.status.rawValue)")
        }
    }
}

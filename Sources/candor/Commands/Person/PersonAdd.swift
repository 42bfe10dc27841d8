import ArgumentParser
import CandorCore
import CandorStore

extension PersonCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a person to a company.",
            discussion: "Example: candor person add Acme \"Dana Park\" --title \"Engineering Manager\" --role hiring-manager")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The company: its name, the start of its name, or its id.")
        var company: String

        @Argument(help: "The person's name.")
        var name: String

        @Option(help: "Job title.")
        var title: String?

        @Option(help: "Their part in hiring: \(RoleKind.helpValues).")
        var role: String?

        @Option(help: ArgumentHelp("Rapport, what they care about, anything worth remembering.", valueName: "text"))
        var notes: String?

        func run() async throws {
            let roleKind = try RoleKind.parseOptional(role, field: "--role") ?? .other
            let (company, person) = try await database.withStore { store in
                let company = try await store.company(matching: self.company)
                let person = try await store.addPerson(
                    PersonDraft(companyID: company.id, name: name, title: title, roleKind: roleKind, notes: notes))
                return (company, person)
            }
            print("Added \(person.name) at \(company.name) (\(person.id.short))")
        }
    }
}

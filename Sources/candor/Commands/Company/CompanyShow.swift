import ArgumentParser
import CandorCore
import CandorStore

extension CompanyCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a company with its status history, people and interviews.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The company: its name, the start of its name, or its id.")
        var company: String

        @Flag(help: "Print JSON instead of text.")
        var json = false

        /// The JSON shape: the company with what hangs off it.
        struct Details: Encodable {
            var company: Company
            var people: [Person]
            var interviews: [Interview]
        }

        func run() async throws {
            let details = try await database.withStore { store in
                let company = try await store.company(matching: self.company)
                return Details(
                    company: company,
                    people: try await store.people(companyID: company.id),
                    interviews: try await store.interviews(companyID: company.id))
            }
            if json { return try Output.json(details) }
            printDetails(details)
        }

        private func printDetails(_ details: Details) {
            let company = details.company
            print(company.name)
            Output.fields([
                ("ID", company.id.uuidString.lowercased()),
                ("Status", company.status.label),
                ("Website", company.website),
                ("Headcount", company.headcount.map(String.init)),
                ("Stage", company.stage?.label),
                ("Ownership", company.ownership?.label),
                ("Funding", company.funding?.label),
                ("Kind", company.kind?.label),
                ("Role", company.roleTitle),
                ("Posting", company.postingURL),
                ("Concerns", company.concerns.isEmpty ? nil : company.concerns.map(\.label).joined(separator: ", ")),
                ("Concern notes", company.concernNotes),
                ("Notes", company.notes),
            ], indent: "  ")
            if let posting = company.postingText {
                print("\nJob posting")
                posting.split(separator: "\n", omittingEmptySubsequences: false).forEach { print("  \($0)") }
            }
            print("\nStatus history")
            Output.table(
                ["DATE", "STATUS", "NOTE"],
                company.statusHistory.map { [Output.day($0.changedAt), $0.status.rawValue, $0.note ?? ""] },
                indent: "  ")
            print("\nPeople")
            if details.people.isEmpty {
                print("  None yet. Add someone with `candor person add \"\(company.name)\" NAME`.")
            } else {
                Output.table(
                    ["NAME", "TITLE", "ROLE"],
                    details.people.map { [$0.name, $0.title ?? "", $0.roleKind.rawValue] },
                    indent: "  ")
            }
            print("\nInterviews")
            if details.interviews.isEmpty {
                print("  None yet. Add one with `candor interview add \"\(company.name)\" --at \"\(LocalTime.inputFormat)\"`.")
            } else {
                Output.table(
                    ["ID", "WHEN", "KIND", "WITH"],
                    details.interviews.map { [$0.id.short, Output.start(of: $0), $0.kind.rawValue, Output.panel(of: $0)] },
                    indent: "  ")
            }
        }
    }
}

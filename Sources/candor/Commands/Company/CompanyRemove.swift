import ArgumentParser
import CandorCore
import CandorStore
import Foundation

extension CompanyCommand {
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a company with its people, interviews and answers.",
            discussion: "Asks first when run in a terminal; pass --yes in scripts.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The company: its name, the start of its name, or its id.")
        var company: String

        @Flag(name: .shortAndLong, help: "Remove without asking.")
        var yes = false

        func run() async throws {
            let removed = try await database.withStore { store -> Company? in
                let company = try await store.company(matching: self.company)
                if !yes {
                    let people = try await store.people(companyID: company.id).count
                    let interviews = try await store.interviews(companyID: company.id).count
                    guard try Self.confirm(company: company, people: people, interviews: interviews) else { return nil }
                }
                try await store.removeCompany(id: company.id)
                return company
            }
            if let removed {
                print("Removed company \(removed.name)")
            } else {
                print("Nothing removed.")
            }
        }

        /// Asks in a terminal; anywhere else there is nobody to ask, so it refuses outright
        /// rather than deleting on a script's behalf without being told to.
        private static func confirm(company: Company, people: Int, interviews: Int) throws -> Bool {
            guard isatty(STDIN_FILENO) == 1 else {
                throw CandorError.notAllowed(
                    reason: "Not removing \(company.name) without confirmation: pass --yes to remove it from a script.")
            }
            let question = "Remove \(company.name) with its \(counted(people, "person", "people")), "
                + "\(counted(interviews, "interview", "interviews")) and their answers? [y/N] "
            FileHandle.standardOutput.write(Data(Output.printable(question).utf8))
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
            return answer == "y" || answer == "yes"
        }

        private static func counted(_ count: Int, _ one: String, _ many: String) -> String {
            "\(count) \(count == 1 ? one : many)"
        }
    }
}

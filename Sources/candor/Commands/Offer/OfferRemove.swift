import ArgumentParser
import CandorCore
import CandorStore

extension OfferCommand {
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove the offer recorded for a company.",
            discussion: "The company's status is left as it is; change it with `candor company status`.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The company: its name, the start of its name, or its id.")
        var company: String

        func run() async throws {
            let (company, removed) = try await database.withStore { store in
                let company = try await store.company(matching: self.company)
                guard try await store.offer(companyID: company.id) != nil else { return (company, false) }
                try await store.setOffer(companyID: company.id, terms: OfferTerms())
                return (company, true)
            }
            let name = Output.printable(company.name)
            print(removed ? "Removed the offer from \(name)." : "No offer was recorded from \(name); nothing removed.")
        }
    }
}

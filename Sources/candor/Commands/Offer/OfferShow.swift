import ArgumentParser
import CandorCore
import CandorStore

extension OfferCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the offer a company made.",
            discussion: "With --json, prints the Offer, or `null` when none is recorded.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The company: its name, the start of its name, or its id.")
        var company: String

        @Flag(help: "Print JSON instead of text.")
        var json = false

        func run() async throws {
            let (company, offer) = try await database.withStore { store in
                let company = try await store.company(matching: self.company)
                return (company, try await store.offer(companyID: company.id))
            }
            let name = Output.printable(company.name)
            if json {
                guard let offer else { return print("null") }
                return try Output.json(offer)
            }
            guard let offer else {
                return print("No offer recorded from \(name). Record one with "
                    + "`candor offer set \"\(name)\" --base N --currency EUR`.")
            }
            print("Offer from \(name) (updated \(Output.day(offer.updatedAt)))")
            Output.fields(OfferText.fields(offer.terms, today: OfferText.today), indent: "  ")
        }
    }
}

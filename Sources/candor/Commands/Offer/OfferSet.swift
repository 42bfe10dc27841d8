import ArgumentParser
import CandorCore
import CandorStore

extension OfferCommand {
    /// `offer set`; not named `Set`, which would hide Swift's `Set` in this namespace.
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Record a company's offer, or change parts of it; options not given keep their value.",
            discussion: """
                Amounts are whole units of the currency per year; an amount needs a currency \
                (given now or earlier). Give an option an empty value ("") to clear it. Recording \
                an offer moves a company that is still researching, applied or interviewing to offer.

                  candor offer set lumen --base 95000 --currency EUR --deadline 2026-12-10
                  candor offer set lumen --bonus 8000 --equity "0.1% over 4 years"
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The company: its name, the start of its name, or its id.")
        var company: String

        @Option(name: .customLong("base"), help: ArgumentHelp("Base pay per year, a whole number.", valueName: "n"))
        var base: String?

        @Option(help: ArgumentHelp("Bonus per year, a whole number.", valueName: "n"))
        var bonus: String?

        @Option(help: ArgumentHelp("Equity, in words: options, RSUs, a percentage, the vesting.", valueName: "text"))
        var equity: String?

        @Option(help: ArgumentHelp("Three-letter currency code of the amounts, such as EUR or USD.", valueName: "code"))
        var currency: String?

        @Option(help: ArgumentHelp("First day of work.", valueName: "yyyy-mm-dd"))
        var start: String?

        @Option(help: ArgumentHelp("The day the company needs your answer by.", valueName: "yyyy-mm-dd"))
        var deadline: String?

        @Option(help: ArgumentHelp("Anything else about the offer.", valueName: "text"))
        var notes: String?

        func validate() throws {
            if [base, bonus, equity, currency, start, deadline, notes].allSatisfy({ $0 == nil }) {
                throw ValidationError(
                    "Give at least one of --base, --bonus, --equity, --currency, --start, --deadline, --notes.")
            }
        }

        func run() async throws {
            let basePay = try Self.amount(base, option: "--base")
            let bonusPay = try Self.amount(bonus, option: "--bonus")
            try Self.checkCurrency(currency)
            let (company, hadOffer, saved, movedToOffer) = try await database.withStore { store in
                let company = try await store.company(matching: self.company)
                let existing = try await store.offer(companyID: company.id)
                var terms = existing?.terms ?? OfferTerms()
                if let basePay { terms.basePay = basePay }
                if let bonusPay { terms.bonus = bonusPay }
                if let equity { terms.equity = equity }
                if let currency { terms.currency = currency }
                if let start { terms.startDate = start }
                if let deadline { terms.decisionDeadline = deadline }
                if let notes { terms.notes = notes }
                let checked = try Self.checked(terms)
                let saved = try await store.setOffer(companyID: company.id, terms: checked)
                let after = try await store.company(id: company.id)
                return (company, existing != nil, saved, after.status != company.status && after.status == .offer)
            }
            guard let saved else {
                return print(hadOffer
                    ? "Nothing is left of the offer from \(Output.printable(company.name)), so it was removed."
                    : "No offer recorded from \(Output.printable(company.name)), and nothing to record; nothing was saved.")
            }
            print("Saved the offer from \(Output.printable(company.name)).")
            Output.fields(OfferText.fields(saved.terms, today: OfferText.today), indent: "  ")
            if movedToOffer {
                print("\(Output.printable(company.name)) is now at the offer stage.")
            }
        }

        /// A typed amount: `nil` when the option was not given, `.some(nil)` when given empty (clear it).
        static func amount(_ text: String?, option: String) throws -> Int?? {
            guard let text else { return nil }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return .some(nil) }
            // Thousands may be grouped with commas, underscores or apostrophes: 95,000 or 95_000.
            let digits = trimmed.filter { !",_'".contains($0) }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else {
                throw CandorError.invalidField(field: option, reason: "'\(text)' is not a whole number such as 95000")
            }
            return .some(value)
        }

        /// A currency that is not three letters, named as typed (the stored field would only say it is too long).
        static func checkCurrency(_ text: String?) throws {
            guard let code = text?.trimmedOrNil else { return }
            guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw CandorError.invalidField(field: "--currency", reason: "'\(code)' is not a three-letter code such as EUR or USD")
            }
        }

        /// The terms validated, with errors naming the option typed rather than the stored field.
        static func checked(_ terms: OfferTerms) throws -> OfferTerms {
            do {
                return try terms.validated()
            } catch let CandorError.invalidField(field, reason) {
                let options = [
                    "base pay": "--base", "bonus": "--bonus", "equity": "--equity", "currency": "--currency",
                    "start date": "--start", "decision deadline": "--deadline", "notes": "--notes",
                ]
                throw CandorError.invalidField(field: options[field] ?? field, reason: reason)
            }
        }
    }
}

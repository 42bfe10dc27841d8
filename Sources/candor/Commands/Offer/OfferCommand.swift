import ArgumentParser
import CandorCore
import CandorStore
import Foundation

struct OfferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer",
        abstract: "Record, show and remove the offer a company made.",
        subcommands: [Update.self, Show.self, Remove.self])
}

/// How offers read on the terminal, shared by `offer set` and `offer show`.
enum OfferText {
    /// The offer's terms as aligned "Label: value" lines; fields not recorded are left out.
    static func fields(_ terms: OfferTerms, today: String) -> [(String, String?)] {
        func money(_ amount: Int?) -> String? {
            amount.map { [Output.grouped($0), terms.currency].compactMap { $0 }.joined(separator: " ") }
        }
        let bothAmounts = terms.basePay != nil && terms.bonus != nil
        return [
            ("Base pay", money(terms.basePay)),
            ("Bonus", money(terms.bonus)),
            ("Yearly cash", bothAmounts ? money(terms.yearlyCash) : nil),
            ("Currency", terms.basePay == nil && terms.bonus == nil ? terms.currency : nil),
            ("Equity", terms.equity.map(Output.printable)),
            ("Start date", terms.startDate),
            ("Decision deadline", terms.decisionDeadline.map { deadline in
                terms.daysToDeadline(from: today).map { "\(deadline) (\(distance($0)))" } ?? deadline
            }),
            ("Notes", terms.notes.map { PlanText.oneLine(Output.printable($0)) }),
        ]
    }

    /// `today`, `in 3 days`, `2 days ago`.
    static func distance(_ days: Int) -> String {
        switch days {
        case 0: "today"
        case 1: "tomorrow"
        case -1: "yesterday"
        case 2...: "in \(days) days"
        default: "\(-days) days ago"
        }
    }

    /// Today in this machine's zone, `YYYY-MM-DD`.
    static var today: String { Output.day(CandorClock.now()) }
}

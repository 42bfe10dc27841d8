import ArgumentParser
import CandorCore
import CandorStore
import Foundation

struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Put two or more companies side by side: what was said there, and their offers.",
        discussion: """
            One column per company, in the order given: your values most interviewers love, \
            dealbreakers hit, trade-offs, what most interviewers agree on, process signals, the \
            minutes you got for your questions, your average gut feeling, problems still to \
            follow up, and the offer if one is recorded. A second table counts, per theme, the \
            interviewers who loved it and those who said it needs improving.

              candor compare lumen northwind
              candor compare lumen northwind fernhill --json
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Two or more companies: each its name, the start of its name, or its id.")
    var companies: [String]

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        guard companies.count >= 2 else {
            throw ValidationError("Give at least two companies to compare, e.g. `candor compare lumen northwind`.")
        }
        var seen: Set<String> = []
        for reference in companies where !seen.insert(reference.matchKey).inserted {
            throw ValidationError("'\(reference)' is given twice; name each company once.")
        }
    }

    func run() async throws {
        let comparison = try await database.withStore { store in
            var picked: [(reference: String, company: Company)] = []
            for reference in companies {
                let company = try await store.company(matching: reference)
                if let earlier = picked.first(where: { $0.company.id == company.id }) {
                    throw CandorError.notAllowed(
                        reason: "'\(earlier.reference)' and '\(reference)' are both \(company.name); name each company once.")
                }
                picked.append((reference, company))
            }
            return try await store.comparison(companyIDs: picked.map(\.company.id))
        }
        if json { return try Output.json(comparison) }
        Self.text(comparison).forEach { print($0) }
    }

    /// The two tables: the summary rows, then the theme counts.
    static func text(_ comparison: Comparison) -> [String] {
        let columns = comparison.companies
        let header = [""] + columns.map { Output.printable($0.name) }
        func row(_ label: String, _ cell: (ComparedCompany) -> String) -> [String] {
            [label] + columns.map(cell)
        }
        let rows: [[String]] = [
            row("Status") { $0.status.rawValue },
            row("Values matched") { themes($0.valuesMatched) },
            row("Dealbreakers hit") { company in
                let phrases = company.dealbreakerPhrasesHit.map { "\"\(Output.printable($0))\"" }
                return list(company.dealbreakersHit.map(\.rawValue) + phrases)
            },
            row("Trade-offs") { themes($0.tradeOffs) },
            row("Consensus loves") { themes($0.consensusLoves) },
            row("Consensus problems") { themes($0.consensusProblems) },
            row("Your people") { $0.yourPeople ? "yes" : "no" },
            row("Process signals") { "\($0.processSignals.count)" },
            row("Minutes for questions") { minutes(given: $0.minutesGiven, planned: $0.minutesPlanned) },
            row("Average gut feeling") { company in company.averageGutFeeling.map { String(format: "%.1f", $0) } ?? none },
            row("Open follow-ups") { themes($0.openFollowUps) },
            row("Offer base") { amount($0.offer?.basePay) },
            row("Offer bonus") { amount($0.offer?.bonus) },
            row("Offer equity") { company in company.offer?.equity.map { Output.opening($0, maxLength: 30) } ?? none },
            row("Offer currency") { $0.offer?.currency ?? none },
            row("Offer start") { $0.offer?.startDate ?? none },
            row("Offer deadline") { $0.offer?.decisionDeadline ?? none },
        ]
        var lines = Output.aligned([header] + rows)

        let signals = columns.flatMap { company in
            company.processSignals.map { "  \(Output.printable(company.name)): \(Output.printable($0))" }
        }
        if !signals.isEmpty {
            lines += ["", "Process signals"] + signals
        }

        lines += ["", "Themes (interviewers who loved it / said it needs improving)"]
        if comparison.themes.isEmpty {
            lines.append("  No themes read in the answers yet.")
        } else {
            let themeRows = comparison.themes.map { theme in
                [theme.label] + columns.map { company in
                    let count = company.count(theme)
                    return "\(count.loved) / \(count.toImprove)"
                }
            }
            lines += Output.aligned([header] + themeRows, indent: "  ")
        }
        return lines
    }

    private static let none = "-"

    private static func list(_ items: [String]) -> String {
        items.isEmpty ? none : items.joined(separator: ", ")
    }

    private static func themes(_ themes: [Theme]) -> String {
        list(themes.map(\.rawValue))
    }

    private static func minutes(given: Int?, planned: Int?) -> String {
        switch (given, planned) {
        case let (given?, planned?): "\(given)/\(planned)"
        case let (given?, nil): "\(given) given"
        default: none
        }
    }

    private static func amount(_ value: Int?) -> String {
        value.map(Output.grouped) ?? none
    }
}

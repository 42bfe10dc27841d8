import ArgumentParser
import CandorCore
import CandorStore
import Foundation

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "See what the answers given at a company add up to: flags, consensus, themes and follow-ups.",
        discussion: """
            Reads every answer recorded at the company and prints the flags raised (with the \
            quotes behind each), the themes most interviewers agree on, who loved or criticised \
            each theme, problems still to follow up, other things several people said, and \
            finally every answer with the themes read in it. Correct a theme read wrongly with \
            `candor theme`, using the answer id shown.

              candor analyze lumen
              candor analyze lumen --json
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The company: its name, the start of its name, or its id.")
    var company: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() async throws {
        let insight = try await database.withStore { store in
            let company = try await store.company(matching: self.company)
            return try await store.insight(companyID: company.id)
        }
        if json { return try Output.json(insight) }
        Self.text(insight).forEach { print($0) }
    }

    /// How long a quoted answer may be before it is cut.
    static let quoteLength = 70

    /// The terminal report, section by section.
    static func text(_ insight: CompanyInsight) -> [String] {
        let company = Output.printable(insight.companyName)
        var lines = ["\(company): \(Output.plural(insight.answersRead, "answer")) read, "
            + "\(Output.plural(insight.interviewersAsked, "interviewer")) asked"]
        let nothingYet = insight.answersRead == 0 && insight.flags.isEmpty
            && insight.averageGutFeeling == nil && insight.minutesGiven == nil
        if nothingYet {
            lines.append("Nothing has been recorded at \(company) yet. Record answers with "
                + "`candor answer INTERVIEW --person NAME --question love|improve`, then run this again.")
            return lines
        }
        var facts: [String] = []
        if let gut = insight.averageGutFeeling {
            facts.append("Average gut feeling \(String(format: "%.1f", gut)) of 5.")
        }
        if let given = insight.minutesGiven {
            let planned = insight.minutesPlanned.map { " of \($0) planned" } ?? ""
            facts.append("\(Output.plural(given, "minute"))\(planned) left for your questions.")
        }
        if !facts.isEmpty { lines.append(facts.joined(separator: " ")) }

        lines += section("FLAGS", flags(insight), empty: "No flags raised.")
        lines += section("CONSENSUS", consensus(insight), empty: "No theme raised on the same side by most interviewers.")
        lines += section("THEME BOARD", board(insight), empty: "No themes read in the answers yet.")
        lines += section("FOLLOW-UPS", followUps(insight), empty: "No problems left to follow up.")
        lines += section("OTHER THINGS SEVERAL PEOPLE SAID", groups(insight), empty: "Nothing else came up more than once.")
        lines += section("ANSWERS", answers(insight), empty: "No answers with text recorded yet.")
        if !insight.answers.isEmpty {
            lines.append("")
            lines.append("Correct a theme with `candor theme confirm|dismiss|reset ANSWER THEME` "
                + "or `candor theme retag ANSWER FROM TO`.")
        }
        return lines
    }

    private static func section(_ heading: String, _ body: [String], empty: String) -> [String] {
        ["", heading] + (body.isEmpty ? ["  " + empty] : body)
    }

    /// `Ana Ruiz, 2026-11-21: “The people. Nobody is blamed…” (ask 1a2b3c4d)`.
    static func quote(_ quote: Quote) -> String {
        let said = quote.text.map { "“\(Output.opening($0, maxLength: quoteLength))”" }
            ?? "did not answer “\(Output.opening(quote.question, maxLength: quoteLength))”"
        let day = quote.day.isEmpty ? "" : ", \(quote.day)"
        return "\(Output.printable(quote.personName))\(day): \(said) (ask \(quote.askID.short))"
    }

    private static func names(_ names: [String]) -> String {
        names.map(Output.printable).joined(separator: ", ")
    }

    private static func flags(_ insight: CompanyInsight) -> [String] {
        var lines: [String] = []
        let kinds = insight.flags.map(\.kind).reduce(into: [FlagKind]()) { if !$0.contains($1) { $0.append($1) } }
        for kind in kinds {
            lines.append("  \(kind.label)")
            for flag in insight.flags(kind) {
                lines.append("    " + Output.printable(flag.summary))
                lines += flag.evidence.map { "      " + quote($0) }
            }
        }
        return lines
    }

    private static func consensus(_ insight: CompanyInsight) -> [String] {
        Output.aligned(insight.consensus.map { item in
            ["\(item.theme.label):",
             "\(item.polarity.label) by \(item.people.count) of \(item.asked) asked (\(names(item.people)))"]
        }, indent: "  ")
    }

    private static func board(_ insight: CompanyInsight) -> [String] {
        Output.aligned(insight.board.map { row in
            let sides = [
                row.loved.isEmpty ? nil : "loved by " + names(row.loved.map(\.personName)),
                row.toImprove.isEmpty ? nil : "needs improving by " + names(row.toImprove.map(\.personName)),
            ].compactMap { $0 }
            return ["\(row.theme.label):", sides.joined(separator: "; ")]
        }, indent: "  ")
    }

    private static func followUps(_ insight: CompanyInsight) -> [String] {
        insight.followUps.flatMap { followUp in [
            "  \(followUp.theme.label): \(Output.printable(followUp.question))",
            "    ask: \(followUp.askRole.label); raised by \(names(followUp.raisedBy)); since \(followUp.firstRaised)",
        ] }
    }

    private static func groups(_ insight: CompanyInsight) -> [String] {
        insight.groups.flatMap { group in
            ["  \(Output.printable(group.name)) (\(group.people) \(group.people == 1 ? "person" : "people"))"]
                + group.quotes.map { "    " + quote($0) }
        }
    }

    private static func answers(_ insight: CompanyInsight) -> [String] {
        insight.answers.flatMap { answer -> [String] in
            let quote = answer.quote
            var lines = [
                "  \(quote.askID.short)  \(Output.printable(quote.personName)), \(quote.day), "
                    + "to “\(Output.opening(quote.question, maxLength: 45))”",
                "    “\(Output.opening(quote.text ?? "", maxLength: quoteLength))”",
            ]
            let themes = answer.mentions.map { mention in
                let words = mention.source == .candidate || mention.matched.isEmpty
                    ? "" : ", from \"" + mention.matched.joined(separator: "\", \"") + "\""
                return "\(mention.theme.rawValue) (\(mention.polarity.label), \(mention.source.label)\(words))"
            }
            lines.append("    themes: " + (themes.isEmpty ? "none" : themes.joined(separator: ", ")))
            if !answer.dismissed.isEmpty {
                lines.append("    dismissed by you: " + answer.dismissed.map(\.rawValue).joined(separator: ", "))
            }
            return lines
        }
    }
}

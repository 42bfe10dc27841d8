import ArgumentParser
import CandorCore
import CandorStore
import Foundation

struct AnswersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answers",
        abstract: "Show what each interviewer answered in an interview, and your gut feelings.",
        discussion: """
            Every question of the interview in plan order, with whom it was for, how far it got \
            (planned, asked, answered, skipped, dodged) and the answer in full.

              candor answers 1a2b
              candor answers 1a2b --json
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The interview id, or its first characters (as `candor interview list` shows).")
    var interview: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    /// The JSON shape.
    struct AnswersJSON: Encodable {
        var interview: Interview
        var asks: [Ask]
        var gutFeelings: [GutFeeling]
    }

    func run() async throws {
        let details = try await database.withStore { store in
            let interview = try await store.interview(matching: self.interview)
            let order = Dictionary(interview.participants.map { ($0.personID, $0.position) }, uniquingKeysWith: min)
            let feelings = try await store.gutFeelings(interviewID: interview.id)
                .sorted { (order[$0.personID] ?? .max, $0.personID.uuidString) < (order[$1.personID] ?? .max, $1.personID.uuidString) }
            let asks = try await store.plan(interviewID: interview.id).asks
            return AnswersJSON(interview: interview, asks: asks, gutFeelings: feelings)
        }
        if json { return try Output.json(details) }
        Self.text(details).forEach { print($0) }
    }

    /// The terminal listing: a heading, each question with its answer indented below it, then the gut feelings.
    static func text(_ details: AnswersJSON) -> [String] {
        let interview = details.interview
        let names = Dictionary(interview.participants.map { ($0.personID, Output.printable($0.name)) }, uniquingKeysWith: { first, _ in first })
        func name(_ personID: UUID) -> String { names[personID] ?? "Someone no longer on the panel" }

        var lines = ["Answers in \(Output.printable(interview.title)), \(Output.start(of: interview)) "
            + "(\(interview.id.short)): \(interview.status.label.lowercased())"]
        if let given = interview.questionMinutesGiven {
            lines.append("\(Output.plural(given, "minute")) of \(interview.durationMinutes) were left for your questions.")
        }
        if let notes = interview.notes {
            lines.append("Notes: " + PlanText.oneLine(Output.printable(notes)))
        }
        lines.append("")
        if details.asks.isEmpty {
            lines.append(interview.status == .scheduled
                ? "Nothing planned yet. Run `candor plan \(interview.id.short)` to plan it."
                : "Nothing was planned or asked in this interview.")
        }
        for (index, ask) in details.asks.enumerated() {
            let number = "\(index + 1). "
            let indent = String(repeating: " ", count: number.count)
            lines.append("\(number)\(name(ask.personID)), \(ask.status.rawValue) (\(ask.id.short))")
            lines.append(indent + PlanText.oneLine(Output.printable(ask.questionText)))
            if let answer = ask.answer {
                for line in answer.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                    lines.append(line.isEmpty ? "" : indent + "  " + Output.printable(String(line)))
                }
            } else {
                lines.append(indent + "  " + (ask.status == .planned ? "Not asked yet." : "No answer written down."))
            }
            if !ask.tags.isEmpty {
                lines.append(indent + "  Heard: " + ask.tags.map(\.rawValue).joined(separator: ", "))
            }
            lines.append("")
        }
        if details.gutFeelings.isEmpty {
            lines.append("Gut feelings: none recorded.")
        } else {
            lines.append("Gut feelings (1 uneasy to 5 great)")
            lines.append(contentsOf: Output.aligned(
                details.gutFeelings.map { ["\(name($0.personID)):", "\($0.score)"] }, indent: "  "))
        }
        return lines
    }
}

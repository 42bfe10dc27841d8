import ArgumentParser
import CandorCore
import CandorStore

extension InterviewCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an interview, its panel and the questions you asked.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The interview id, or its first characters (as `candor interview list` shows).")
        var id: String

        @Flag(help: "Print JSON instead of text.")
        var json = false

        /// The JSON shape: the interview with what was asked in it.
        struct Details: Encodable {
            var interview: Interview
            var asks: [Ask]
            /// The minutes kept for the candidate's questions, set or the panel's default.
            var questionBudget: QuestionBudget
        }

        func run() async throws {
            let details = try await database.withStore { store in
                let interview = try await store.interview(matching: id)
                return Details(interview: interview, asks: try await store.asks(interviewID: interview.id),
                               questionBudget: try await store.questionBudget(for: interview))
            }
            if json { return try Output.json(details) }
            printDetails(details)
        }

        private func printDetails(_ details: Details) {
            let interview = details.interview
            print(interview.title)
            Output.fields([
                ("ID", interview.id.uuidString.lowercased()),
                ("When", "\(Output.start(of: interview)), \(interview.durationMinutes) minutes"),
                ("Format", interview.format.label),
                ("Location", interview.location),
                ("Status", interview.status.label),
                ("Your questions", questionMinutes(interview, budget: details.questionBudget)),
                ("Notes", interview.notes),
            ], indent: "  ")
            print("\nPanel")
            if interview.participants.isEmpty {
                print("  Nobody named yet.")
            } else {
                for participant in interview.participants {
                    let title = participant.title.map { ", \($0)" } ?? ""
                    print("  \(participant.position + 1). \(participant.name)\(title) (\(participant.roleKind.rawValue))")
                }
            }
            guard !details.asks.isEmpty else { return }
            let names = Dictionary(interview.participants.map { ($0.personID, $0.name) }, uniquingKeysWith: { first, _ in first })
            print("\nQuestions")
            for ask in details.asks {
                print("  \(ask.position + 1). [\(ask.status.rawValue)] \(names[ask.personID] ?? "Someone no longer on the panel"): \(ask.questionText)")
                if let answer = ask.answer {
                    print("     → \(answer)")
                }
            }
        }

        private func questionMinutes(_ interview: Interview, budget: QuestionBudget) -> String {
            let planned = "\(budget.minutes) minutes planned" + (budget.isSet ? "" : " (the default for this panel)")
            guard let given = interview.questionMinutesGiven else { return planned }
            return planned + ", \(given) given"
        }
    }
}

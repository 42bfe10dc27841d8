import ArgumentParser
import CandorCore
import CandorStore

extension InterviewCommand {
    struct Done: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark an interview as held, with the minutes the company left for your questions.",
            discussion: """
                Example: candor interview done 1a2b --minutes-given 5 --notes "Ran over; Sam left early."

                --minutes-given is what you actually got, from 0 to the interview's length; \
                set it again by running the command again. --notes replaces the interview's notes.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The interview id, or its first characters (as `candor interview list` shows).")
        var id: String

        @Option(help: ArgumentHelp("Minutes you were left for your own questions.", valueName: "n"))
        var minutesGiven: Int

        @Option(help: ArgumentHelp("Anything worth remembering; replaces the interview's notes.", valueName: "text"))
        var notes: String?

        func run() async throws {
            let minutesGiven = minutesGiven
            let interview = try await database.withStore { store in
                let interview = try await store.interview(matching: id)
                guard (0...interview.durationMinutes).contains(minutesGiven) else {
                    throw CandorError.invalidField(field: "--minutes-given", reason: "\(minutesGiven) is not between 0 and "
                        + "\(interview.durationMinutes), the length of \(interview.title) (\(interview.id.short)) in minutes")
                }
                return try await store.finishInterview(interviewID: interview.id, minutesGiven: minutesGiven, notes: notes)
            }
            let planned = interview.questionMinutesPlanned.map { " (you planned \($0))" } ?? ""
            print("Marked \(interview.title) on \(Output.start(of: interview)) as done (\(interview.id.short)): "
                + "\(minutesGiven) of \(Output.plural(interview.durationMinutes, "minute")) were left for your questions\(planned).")
            if minutesGiven == 0 {
                print("Hint: no time for your questions is a signal. Note whether it happens again at \(interview.companyName), "
                    + "and ask the recruiter why there was none.")
            }
            print("Record what was said with `candor answer \(interview.id.short) --person NAME --question Q`; "
                + "see it with `candor answers \(interview.id.short)`.")
        }
    }
}

import ArgumentParser
import CandorCore

struct ProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "What you value, what you will not accept, and your planning defaults.",
        subcommands: [Show.self, Update.self])

    /// The human form of a profile, shared by `show` and `set` (which prints the result).
    static func printProfile(_ profile: Profile) {
        func themes(_ list: [Theme]) -> String? {
            list.isEmpty ? nil : list.map { "\($0.label) (\($0.rawValue))" }.joined(separator: ", ")
        }
        func phrases(_ list: [String]) -> String? {
            list.isEmpty ? nil : list.map { "\"\($0)\"" }.joined(separator: ", ")
        }
        Output.fields([
            ("Values", themes(profile.values) ?? "none yet"),
            ("Value phrases", phrases(profile.valuePhrases)),
            ("Dealbreakers", themes(profile.dealbreakers) ?? "none yet"),
            ("Dealbreaker phrases", phrases(profile.dealbreakerPhrases)),
            ("Practice cadence", "every \(profile.practiceCadenceMonths) months"),
            ("Minutes for your questions", "\(profile.defaultQuestionMinutes) per interview, unless it says otherwise"),
            ("Break between interviews", "at least \(profile.schedule.minBreakMinutes) minutes"),
            ("Interview time a day", "at most \(profile.schedule.maxDailyMinutes) minutes"),
            ("Interviews a day", "at most \(profile.schedule.maxDailyCount)"),
            ("Interviews a week", "at most \(profile.schedule.maxWeeklyCount)"),
        ])
    }
}

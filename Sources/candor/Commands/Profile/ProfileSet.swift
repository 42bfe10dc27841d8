import ArgumentParser
import CandorCore
import CandorStore

extension ProfileCommand {
    /// `profile set`; not named `Set`, which would hide Swift's `Set` in this namespace.
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change your profile; values and dealbreakers are added to those already there.",
            discussion: """
                Example: candor profile set --value autonomy --value-phrase "small teams" --dealbreaker on-call

                The schedule limits (--min-break, --max-day-minutes, --max-day-count, --max-week-count) are \
                what `candor schedule` and `candor status` check your interviews against.

                Themes: \(Theme.allCases.map(\.rawValue).joined(separator: ", ")).
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("A theme you hope to hear loved (repeatable).", valueName: "theme"))
        var value: [String] = []

        @Option(help: ArgumentHelp("A value in your own words (repeatable).", valueName: "text"))
        var valuePhrase: [String] = []

        @Option(help: ArgumentHelp("A theme you will not accept as a repeated concern (repeatable).", valueName: "theme"))
        var dealbreaker: [String] = []

        @Option(help: ArgumentHelp("A dealbreaker in your own words, e.g. an industry (repeatable).", valueName: "text"))
        var dealbreakerPhrase: [String] = []

        @Flag(help: "Remove every value and value phrase before adding those given.")
        var clearValues = false

        @Flag(help: "Remove every dealbreaker and dealbreaker phrase before adding those given.")
        var clearDealbreakers = false

        @Option(help: ArgumentHelp("How often you want to interview, to keep in practice (months).", valueName: "n"))
        var cadenceMonths: Int?

        @Option(help: ArgumentHelp("Minutes to keep for your questions when an interview does not say.", valueName: "n"))
        var questionMinutes: Int?

        @Option(help: ArgumentHelp("Shortest break between two interviews before they count as back to back (minutes, 0–240).", valueName: "n"))
        var minBreak: Int?

        @Option(help: ArgumentHelp("Most interview minutes in one day (30–1440).", valueName: "n"))
        var maxDayMinutes: Int?

        @Option(help: ArgumentHelp("Most interviews in one day (1–20).", valueName: "n"))
        var maxDayCount: Int?

        @Option(help: ArgumentHelp("Most interviews in one week, Monday to Sunday (1–100).", valueName: "n"))
        var maxWeekCount: Int?

        func run() async throws {
            // Numbers are checked here, so an error names the option typed rather than the profile field.
            try Self.check(cadenceMonths, option: "--cadence-months") { $0.practiceCadenceMonths = $1 }
            try Self.check(questionMinutes, option: "--question-minutes") { $0.defaultQuestionMinutes = $1 }
            try Self.check(minBreak, option: "--min-break") { $0.schedule.minBreakMinutes = $1 }
            try Self.check(maxDayMinutes, option: "--max-day-minutes") { $0.schedule.maxDailyMinutes = $1 }
            try Self.check(maxDayCount, option: "--max-day-count") { $0.schedule.maxDailyCount = $1 }
            try Self.check(maxWeekCount, option: "--max-week-count") { $0.schedule.maxWeeklyCount = $1 }
            let values = try Theme.parseAll(value, field: "--value")
            let dealbreakers = try Theme.parseAll(dealbreaker, field: "--dealbreaker")
            let saved = try await database.withStore { store in
                var profile = try await store.profile()
                if clearValues { (profile.values, profile.valuePhrases) = ([], []) }
                if clearDealbreakers { (profile.dealbreakers, profile.dealbreakerPhrases) = ([], []) }
                profile.values += values
                profile.valuePhrases += valuePhrase
                profile.dealbreakers += dealbreakers
                profile.dealbreakerPhrases += dealbreakerPhrase
                if let cadenceMonths { profile.practiceCadenceMonths = cadenceMonths }
                if let questionMinutes { profile.defaultQuestionMinutes = questionMinutes }
                if let minBreak { profile.schedule.minBreakMinutes = minBreak }
                if let maxDayMinutes { profile.schedule.maxDailyMinutes = maxDayMinutes }
                if let maxDayCount { profile.schedule.maxDailyCount = maxDayCount }
                if let maxWeekCount { profile.schedule.maxWeeklyCount = maxWeekCount }
                return try await store.saveProfile(profile)
            }
            print("Saved your profile.")
            ProfileCommand.printProfile(saved)
        }

        /// Checks one number against the profile's own rules, set alone on a default profile
        /// (whose other values are all valid), and names `option` when it is refused.
        private static func check(_ value: Int?, option: String, _ set: (inout Profile, Int) -> Void) throws {
            guard let value else { return }
            var profile = Profile()
            set(&profile, value)
            do {
                _ = try profile.validated()
            } catch let CandorError.invalidField(_, reason) {
                throw CandorError.invalidField(field: option, reason: reason)
            }
        }
    }
}

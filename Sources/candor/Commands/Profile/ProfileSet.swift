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

        func run() async throws {
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
                return try await store.saveProfile(profile)
            }
            print("Saved your profile.")
            ProfileCommand.printProfile(saved)
        }
    }
}

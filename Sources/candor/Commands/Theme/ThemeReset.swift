import ArgumentParser
import CandorCore

extension ThemeCommand {
    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Forget your corrections of a theme on an answer: back to what Candor reads.",
            discussion: "Example: candor theme reset 1a2b3c4d on-call")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var arguments: ThemeArguments

        func run() async throws {
            let theme = try Theme.parse(arguments.theme, field: "theme")
            let (ask, person) = try await ThemeCommand.correct(arguments.answer, .reset(theme), in: database)
            print("Reset \(theme.rawValue) on \(ThemeCommand.answer(ask, of: person)) to what Candor reads.")
        }
    }
}

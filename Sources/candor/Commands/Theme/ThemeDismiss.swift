import ArgumentParser
import CandorCore

extension ThemeCommand {
    struct Dismiss: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say that an answer is not about a theme Candor read in it; it is not read there again.",
            discussion: "Example: candor theme dismiss 1a2b3c4d on-call")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var arguments: ThemeArguments

        func run() async throws {
            let theme = try Theme.parse(arguments.theme, field: "theme")
            let (ask, person) = try await ThemeCommand.correct(arguments.answer, .dismiss(theme), in: database)
            print("Dismissed \(theme.rawValue) from \(ThemeCommand.answer(ask, of: person)).")
        }
    }
}

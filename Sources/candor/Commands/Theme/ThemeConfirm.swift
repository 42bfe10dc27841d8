import ArgumentParser
import CandorCore

extension ThemeCommand {
    struct Confirm: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say that an answer is about a theme (one Candor read there, or one it missed).",
            discussion: "Example: candor theme confirm 1a2b3c4d on-call")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var arguments: ThemeArguments

        func run() async throws {
            let theme = try Theme.parse(arguments.theme, field: "theme")
            let (ask, person) = try await ThemeCommand.correct(arguments.answer, .confirm(theme), in: database)
            print("Confirmed \(theme.rawValue) on \(ThemeCommand.answer(ask, of: person)).")
        }
    }
}

import ArgumentParser
import CandorCore

extension ThemeCommand {
    struct Retag: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say that an answer is about another theme than the one Candor read.",
            discussion: "Example: candor theme retag 1a2b3c4d work-life staffing")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The answer: its id or its first characters, as `candor analyze` shows.")
        var answer: String

        @Argument(help: "The theme Candor read wrongly.")
        var from: String

        @Argument(help: "The theme the answer is about.")
        var to: String

        func run() async throws {
            let old = try Theme.parse(from, field: "from")
            let new = try Theme.parse(to, field: "to")
            let (ask, person) = try await ThemeCommand.correct(answer, .retag(from: old, to: new), in: database)
            print("Retagged \(ThemeCommand.answer(ask, of: person)) from \(old.rawValue) to \(new.rawValue).")
        }
    }
}

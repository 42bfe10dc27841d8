import ArgumentParser
import CandorCore
import CandorStore

extension QuestionCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write your question bank as JSON, Markdown or CSV.",
            discussion: """
                Active questions only, unless --include-retired (JSON and Markdown mark retired questions; \
                CSV has no column for it). Read it back with `candor question import FILE`.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("The format: \(BankFormat.helpValues) (default: json).", valueName: "format"))
        var format: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        @Flag(help: "Export retired questions too.")
        var includeRetired = false

        func run() async throws {
            let format = try QuestionCommand.format(format) ?? .json
            let includeRetired = includeRetired
            let questions = try await database.withStore { store in try await store.questions(includeRetired: includeRetired) }
            try OutputFile.write(BankExport.render(questions, format: format), to: output)
            guard let output else { return }
            print("Exported \(questions.count) question\(questions.count == 1 ? "" : "s") as \(format.label) to \(output).")
        }
    }
}

import ArgumentParser
import CandorCore
import CandorStore

extension QuestionCommand {
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a question that was never asked.",
            discussion: """
                A question that was asked is part of those interviews' history: retire it instead. \
                The closing questions cannot be deleted. A deleted starter question does not come back \
                when Candor updates its starter questions.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The question's id, or its first characters.", valueName: "id"))
        var id: String

        func run() async throws {
            let deleted = try await database.withStore { store in
                let question = try await store.question(matching: id)
                try await store.deleteQuestion(id: question.id)
                return question
            }
            print("Deleted question \(deleted.id.short)")
        }
    }
}

import ArgumentParser
import CandorCore
import CandorStore

extension QuestionCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a question of your own to the bank.",
            discussion: """
                Write {company} where the company's name should go. Without --audience the question suits anyone.
                Example: candor question add "How does {company} decide what to build next?" --category company --audience executive --theme priorities
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The question's wording.", valueName: "text"))
        var text: String

        @OptionGroup var fields: QuestionFieldOptions

        @Flag(help: "Ask every interviewer, to compare their answers.")
        var askEveryone = false

        func run() async throws {
            var draft = QuestionDraft(text: text)
            try fields.apply(to: &draft)
            draft.askEveryone = askEveryone
            let question = try await database.withStore { store in try await store.addQuestion(draft) }
            print("Added question \(question.id.short)")
        }
    }
}

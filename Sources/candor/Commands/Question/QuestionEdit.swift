import ArgumentParser
import CandorCore
import CandorStore

extension QuestionCommand {
    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a question; only the options you give are changed.",
            discussion: """
                --audience, --context and --theme replace that whole list when given; the --clear-… flags \
                empty a list. An edited starter question is yours: Candor's updates leave it as you left it. \
                A closing question must keep {company}.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The question's id, or its first characters.", valueName: "id"))
        var id: String

        @Option(help: ArgumentHelp("New wording.", valueName: "text"))
        var text: String?

        @OptionGroup var fields: QuestionFieldOptions

        @Flag(help: "Make it suit anyone (unless --audience is given too).")
        var clearAudiences = false

        @Flag(help: "Make it fit every company (unless --context is given too).")
        var clearContexts = false

        @Flag(help: "Remove every theme (unless --theme is given too).")
        var clearThemes = false

        @Flag(inversion: .prefixedNo, exclusivity: .exclusive, help: "Ask every interviewer, to compare their answers.")
        var askEveryone: Bool?

        func run() async throws {
            let (before, after) = try await database.withStore { store in
                let current = try await store.question(matching: id)
                var draft = current.draft
                if let text { draft.text = text }
                if clearAudiences { draft.audiences = [] }
                if clearContexts { draft.contexts = [] }
                if clearThemes { draft.themes = [] }
                try fields.apply(to: &draft)
                if let askEveryone { draft.askEveryone = askEveryone }
                return (current, try await store.updateQuestion(id: current.id, draft))
            }
            if before.draft == after.draft {
                print("Question \(after.id.short) unchanged")
            } else {
                print("Updated question \(after.id.short)")
            }
        }
    }
}

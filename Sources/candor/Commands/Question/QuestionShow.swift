import ArgumentParser
import CandorCore
import CandorStore

extension QuestionCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show everything about one question, and whether you have asked it.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The question's id, or its first characters.", valueName: "id"))
        var id: String

        @Flag(help: "Print JSON instead of text.")
        var json = false

        /// The JSON shape: the question, and whether it was put to someone at least once.
        struct Details: Encodable {
            var question: Question
            var asked: Bool
        }

        func run() async throws {
            let details = try await database.withStore { store in
                let question = try await store.question(matching: id)
                return Details(question: question, asked: try await store.askedQuestionIDs().contains(question.id))
            }
            if json { return try Output.json(details) }
            let question = details.question
            print(question.text)
            Output.fields([
                ("ID", question.id.uuidString.lowercased()),
                ("Category", question.category),
                ("Minutes", String(question.minutes)),
                ("For", Self.labelled(question.audiences)),
                ("Companies", question.contexts.isEmpty ? "every kind" : Self.labelled(question.contexts)),
                ("Themes", question.themes.isEmpty ? "none" : Self.labelled(question.themes)),
                ("Purpose", question.purpose),
                ("Ask everyone", question.askEveryone ? "yes, to compare their answers" : "no"),
                ("Special", question.special?.label),
                ("Origin", Self.origin(question)),
                ("Status", question.retired ? "retired (bring it back with `candor question restore \(question.id.short)`)" : "active"),
                ("Asked", details.asked ? "yes, in at least one interview" : "not yet"),
                ("Added", Output.day(question.createdAt)),
                ("Changed", Output.day(question.updatedAt)),
            ], indent: "  ")
        }

        /// "Label (id)" for each value, as `profile show` writes themes.
        static func labelled<T: Choice>(_ values: [T]) -> String {
            values.map { "\($0.label) (\($0.rawValue))" }.joined(separator: ", ")
        }

        static func origin(_ question: Question) -> String {
            switch question.origin {
            case .own: "yours"
            case .starter: question.edited ? "starter, edited by you" : "starter"
            }
        }
    }
}

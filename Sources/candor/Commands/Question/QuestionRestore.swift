import ArgumentParser
import CandorCore
import CandorStore

extension QuestionCommand {
    struct Restore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring a retired question back into the bank.",
            discussion: "`candor question list --include-retired` shows retired questions.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The question's id, or its first characters.", valueName: "id"))
        var id: String

        func run() async throws {
            let (before, after) = try await database.withStore { store in
                let current = try await store.question(matching: id)
                return (current, try await store.setRetired(id: current.id, false))
            }
            print(before.retired ? "Restored question \(after.id.short)" : "Question \(after.id.short) is not retired")
        }
    }
}

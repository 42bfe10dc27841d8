import ArgumentParser
import CandorCore
import CandorStore

extension QuestionCommand {
    struct Retire: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retire a question: it stays in the bank with its history but is no longer offered.",
            discussion: "Bring it back with `candor question restore ID`. The closing questions cannot be retired.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The question's id, or its first characters.", valueName: "id"))
        var id: String

        func run() async throws {
            let (before, after) = try await database.withStore { store in
                let current = try await store.question(matching: id)
                return (current, try await store.setRetired(id: current.id, true))
            }
            print(before.retired ? "Question \(after.id.short) is already retired" : "Retired question \(after.id.short)")
        }
    }
}

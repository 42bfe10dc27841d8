import ArgumentParser
import CandorCore
import CandorStore

extension ProfileCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show your profile.")

        @OptionGroup var database: DatabaseOptions

        @Flag(help: "Print JSON instead of text.")
        var json = false

        func run() async throws {
            let profile = try await database.withStore { store in try await store.profile() }
            if json { return try Output.json(profile) }
            ProfileCommand.printProfile(profile)
            if !profile.hasPreferences {
                print("\nSay what matters to you with `candor profile set --value THEME --dealbreaker THEME`.")
            }
        }
    }
}

import ArgumentParser
import CandorCore
import CandorStore
import Foundation

struct ThemeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Correct the themes Candor read in an answer: confirm, dismiss, retag or reset one.",
        discussion: """
            ANSWER is the answer's id or its first characters, as `candor analyze COMPANY` and \
            `candor answers INTERVIEW` show. Your corrections are kept on the answer and win over \
            what Candor reads; `reset` forgets them.

            Themes: \(Theme.allCases.map(\.rawValue).joined(separator: ", ")).
            """,
        subcommands: [Confirm.self, Dismiss.self, Retag.self, Reset.self])

    /// Applies `correction` to the answer `reference` means; returns the answer and whose it is.
    static func correct(
        _ reference: String, _ correction: ThemeCorrection, in database: DatabaseOptions
    ) async throws -> (ask: Ask, person: String) {
        try await database.withStore { store in
            let ask = try await store.ask(matching: reference)
            let corrected = try await store.correctThemes(askID: ask.id, correction)
            let person = (try? await store.person(id: ask.personID).name) ?? "someone"
            return (corrected, person)
        }
    }

    /// `Sam Okafor's answer (1a2b3c4d)`.
    static func answer(_ ask: Ask, of person: String) -> String {
        "\(Output.printable(person))'s answer (\(ask.id.short))"
    }
}

/// The two arguments every correction but `retag` takes.
struct ThemeArguments: ParsableArguments {
    @Argument(help: "The answer: its id or its first characters, as `candor analyze` shows.")
    var answer: String

    @Argument(help: "The theme, e.g. on-call or work-life.")
    var theme: String
}

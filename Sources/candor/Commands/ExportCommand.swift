import ArgumentParser
import CandorCore
import Foundation

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write everything (profile, companies, people, interviews, questions, answers) as one backup file.",
        discussion: "Restore it with `candor import-backup FILE`.")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Write the backup as JSON (the only format so far).")
    var json = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        guard json else { throw ValidationError("Choose the format: --json is the supported format.") }
    }

    func run() async throws {
        let backup = try await database.withStore { store in try await store.exportBackup() }
        // A trailing newline, as text files and terminals expect; both destinations get the same bytes.
        let data = try backup.encoded() + Data("\n".utf8)
        try OutputFile.write(data, to: output)
        guard let output else { return }
        print("Exported \(backup.companies.count) companies, \(backup.people.count) people, "
            + "\(backup.interviews.count) interviews and \(backup.asks.count) answers to \(output).")
    }
}

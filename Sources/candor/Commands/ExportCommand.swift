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
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        let path = (output as NSString).expandingTildeInPath
        do {
            // Atomic: written to a temporary file and renamed, so an existing backup is never
            // left half-overwritten if the disk fills up or the process is killed.
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CandorError.invalidField(field: "--output", reason: "cannot write \(output)")
        }
        print("Exported \(backup.companies.count) companies, \(backup.people.count) people, "
            + "\(backup.interviews.count) interviews and \(backup.asks.count) answers to \(output).")
    }
}

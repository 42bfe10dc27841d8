import ArgumentParser
import CandorCore

struct ImportBackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-backup",
        abstract: "Restore a backup made by `candor export --json`.",
        discussion: "Into an empty database by default; --replace overwrites what is there.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The backup file.", valueName: "file"))
    var file: String

    @Flag(help: "Replace everything in the database with the backup.")
    var replace = false

    func run() async throws {
        let data = try FileInput.data(at: file, option: "backup file", maxBytes: Backup.maxBytes)
        let backup = try Backup.decode(data)
        let replace = replace
        try await database.withStore { store in try await store.restore(backup, replace: replace) }
        print("Restored \(backup.companies.count) companies, \(backup.people.count) people, "
            + "\(backup.interviews.count) interviews, \(backup.questions.count) questions "
            + "and \(backup.asks.count) answers from \(file).")
    }
}

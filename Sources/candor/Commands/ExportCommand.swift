import ArgumentParser
import CandorCore
import CandorStore
import Foundation

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write everything as one backup file (--json), or your interviews as a calendar file (--ics).",
        discussion: """
            --json writes the profile, companies, people, interviews, questions and answers; restore it \
            with `candor import-backup FILE`. --ics writes one calendar event per interview, with the panel \
            and your planned questions, for any calendar app to import.
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Write a backup of everything as JSON.")
    var json = false

    @Flag(help: "Write your interviews as an iCalendar (.ics) file.")
    var ics = false

    @Option(help: ArgumentHelp("With --ics: only this company's interviews (name, start of name, or id).", valueName: "ref"))
    var company: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        guard json != ics else {
            throw ValidationError("Choose one format: --json (a backup of everything) or --ics (a calendar of your interviews).")
        }
        if company != nil, !ics {
            throw ValidationError("--company only applies to --ics; a backup always holds everything.")
        }
    }

    func run() async throws {
        if ics { return try await exportCalendar() }
        let backup = try await database.withStore { store in try await store.exportBackup() }
        // A trailing newline, as text files and terminals expect; both destinations get the same bytes.
        let data = try backup.encoded() + Data("\n".utf8)
        try OutputFile.write(data, to: output)
        guard let output else { return }
        print("Exported \(backup.companies.count) companies, \(backup.people.count) people, "
            + "\(backup.interviews.count) interviews and \(backup.asks.count) answers to \(output).")
    }

    private func exportCalendar() async throws {
        let (interviews, calendar) = try await database.withStore { store in
            var companyID: UUID?
            if let company { companyID = try await store.company(matching: company).id }
            let interviews = try await store.interviews(companyID: companyID)
            let questions = try await store.asksByInterview(interviews.map(\.id))
            return (interviews, ICalendar.render(interviews, questions: questions, stamp: CandorClock.now()))
        }
        try OutputFile.write(Data(calendar.utf8), to: output)
        guard let output else { return }
        print("Exported \(Output.plural(interviews.count, "interview")) as a calendar to \(output).")
    }
}

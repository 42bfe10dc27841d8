import ArgumentParser
import CandorCore
import CandorStore
import Foundation

extension InterviewCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an interview and its panel.",
            discussion: """
                Example: candor interview add Acme --at "2026-03-14 15:30" --tz Europe/Berlin --kind technical \
                --with "Dana Park:hiring-manager" --with "Sam Lee"

                Each --with names one person, in panel order. People are matched to the company's \
                people by name (ignoring case); anyone new is added, with the role after the colon \
                (\(RoleKind.helpValues); default other). A known person keeps their role.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The company: its name, the start of its name, or its id.")
        var company: String

        @Option(help: ArgumentHelp("Start, as \"\(LocalTime.inputFormat)\" in the --tz zone.", valueName: "time"))
        var at: String

        @Option(help: ArgumentHelp(
            "IANA time zone of --at, e.g. Europe/Berlin (default: this machine's, \(LocalTime.machineZone.identifier)).",
            valueName: "zone"))
        var tz: String?

        @Option(help: "Duration in minutes.")
        var minutes = 60

        @Option(help: "What the interview is for: \(InterviewKind.helpValues) (default: what the panel suggests: panel for several people, technical for one engineer, …).")
        var kind: String?

        @Option(help: "How it takes place: \(InterviewFormat.helpValues) (default video).")
        var format: String?

        @Option(help: ArgumentHelp("An address, a video link or a phone number.", valueName: "text"))
        var location: String?

        @Option(help: ArgumentHelp("Minutes you plan to keep for your own questions (default: your profile's).", valueName: "n"))
        var questionMinutes: Int?

        @Option(help: ArgumentHelp("Anything worth remembering.", valueName: "text"))
        var notes: String?

        @Option(name: .customLong("with"), help: ArgumentHelp("A participant, as \"Name\" or \"Name:role\" (repeatable).", valueName: "name[:role]"))
        var participants: [String] = []

        func run() async throws {
            let zone = try timeZone()
            let start = try LocalTime.parse(at, in: zone, field: "--at")
            let kind = try InterviewKind.parseOptional(kind, field: "--kind")
            let format = try InterviewFormat.parseOptional(format, field: "--format") ?? .video
            let panel = try participants.map(PanelMember.init(argument:))
            let draft = InterviewDraft(
                companyID: UUID(), startsAt: start, timeZone: zone.identifier, durationMinutes: minutes,
                kind: kind ?? .other, format: format, location: location, questionMinutesPlanned: questionMinutes, notes: notes)

            let (interview, newPeople) = try await database.withStore { store in
                let company = try await store.company(matching: self.company)
                let known = Set(try await store.people(companyID: company.id).map(\.id))
                var draft = draft
                draft.companyID = company.id
                let interview = try await store.saveInterview(
                    draft, panel: panel.map { .named($0.name, role: $0.role) }, suggestKind: kind == nil)
                return (interview, Set(interview.participants.map(\.personID)).subtracting(known))
            }
            print("Added \(interview.kind == .other ? "an" : interview.kind.label.lowercased()) interview at \(interview.companyName) "
                + "on \(Output.start(of: interview)) (\(interview.id.short))")
            for participant in interview.participants {
                let added = newPeople.contains(participant.personID) ? ", new" : ""
                print("  \(participant.position + 1). \(participant.name) (\(participant.roleKind.rawValue)\(added))")
            }
        }

        /// The zone, with the error naming --tz, the option the person actually typed.
        private func timeZone() throws -> TimeZone {
            guard let tz else { return LocalTime.machineZone }
            do {
                return try LocalTime.zone(named: tz)
            } catch let CandorError.invalidField(_, reason) {
                throw CandorError.invalidField(field: "--tz", reason: reason)
            }
        }
    }

    /// One `--with` value: a name, optionally followed by `:role`.
    struct PanelMember: Sendable {
        var name: String
        var role: RoleKind?

        init(argument: String) throws {
            // Split at the last colon, so the role is always the final part.
            if let colon = argument.lastIndex(of: ":") {
                name = String(argument[..<colon])
                role = try RoleKind.parseOptional(String(argument[argument.index(after: colon)...]), field: "--with")
            } else {
                name = argument
                role = nil
            }
            guard name.trimmedOrNil != nil else {
                throw CandorError.invalidField(field: "--with", reason: "'\(argument)' has no name; use \"Name\" or \"Name:role\"")
            }
        }
    }
}

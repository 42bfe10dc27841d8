import ArgumentParser
import CandorCore
import CandorStore
import Foundation

struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Your interviews day by day, with clashes, missing breaks and overfull days flagged.",
        discussion: """
            Shows today and later unless --from, --to or --all say otherwise. Days and times are in \
            the --tz zone. The limits come from your profile: see `candor profile set --help`.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The first day to show, in the --tz zone (default: today).", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("The last day to show, included (default: no end).", valueName: "YYYY-MM-DD"))
    var to: String?

    @Flag(help: "Show every interview, past ones too.")
    var all = false

    @Option(help: ArgumentHelp(
        "IANA time zone to show days and times in (default: this machine's, \(LocalTime.machineZone.identifier)).",
        valueName: "zone"))
    var tz: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    /// The JSON shape: the agenda in the viewer's zone.
    struct Report: Encodable {
        struct Day: Encodable {
            var date: String
            var interviews: [Interview]
            var flags: [ScheduleFlag]
        }

        var zone: String
        var days: [Day]
        var flags: [ScheduleFlag]

        init(_ agenda: Agenda, zone: String) {
            self.zone = zone
            days = agenda.days.map { Day(date: $0.date, interviews: $0.interviews, flags: $0.flags) }
            flags = agenda.flags
        }
    }

    func validate() throws {
        if all, from != nil || to != nil {
            throw ValidationError("--all shows every interview; leave out --from and --to, or --all.")
        }
    }

    func run() async throws {
        let zone = try ViewerTime.zone(tz)
        let window = try self.window(zone: zone, today: ViewerTime.startOfDay(of: CandorClock.now(), in: zone))
        let agenda = try await database.withStore { store in
            try await store.agenda(from: window.from, to: window.to, zone: zone)
        }
        let name = ViewerTime.name(tz, of: zone)
        if json { return try Output.json(Report(agenda, zone: name)) }
        printAgenda(agenda, zone: zone, name: name, window: window)
    }

    /// `[from, to)`: `--to` includes its whole day.
    private func window(zone: TimeZone, today: Date) throws -> (from: Date?, to: Date?) {
        if all { return (nil, nil) }
        let start = try from.map { try ViewerTime.startOfDay($0, in: zone, option: "--from") } ?? today
        guard let to else { return (start, nil) }
        let last = try ViewerTime.startOfDay(to, in: zone, option: "--to")
        guard last >= start else {
            let first = LocalTime.day(start, in: zone)
            throw CandorError.invalidField(
                field: "--to",
                reason: from != nil
                    ? "\(to) is before --from \(first)"
                    : "\(to) is before today (\(first)), where the schedule starts; add --from, or use --all")
        }
        return (start, ViewerTime.startOfDay(1, after: last, in: zone))
    }

    private func printAgenda(_ agenda: Agenda, zone: TimeZone, name: String, window: (from: Date?, to: Date?)) {
        let count = agenda.days.reduce(0) { $0 + $1.interviews.count }
        guard count > 0 else { return print(nothingScheduled(zone: zone, window: window)) }
        print("\(Output.plural(count, "interview")), \(FlagText.count(agenda.flags)) (times in \(name))")

        // One alignment for the whole agenda, so the columns line up from day to day.
        let rows = agenda.days.flatMap { day in day.interviews.map { row($0, zone: zone) } }
        var lines = Output.aligned(rows, indent: "  ")[...]
        for day in agenda.days {
            print("\n\(ViewerTime.heading(day.date))")
            for _ in day.interviews { print(lines.removeFirst()) }
            for flag in day.flags { print("  \(FlagText.line(flag))") }
        }
        // Week-long flags belong to no single day.
        let weeks = Dictionary(grouping: agenda.flags.filter { $0.kind == .crowdedWeek }, by: \.day)
        for monday in weeks.keys.sorted() {
            print("\nWeek of \(ViewerTime.heading(monday))")
            for flag in weeks[monday]! { print("  \(FlagText.line(flag))") }
        }
    }

    /// `14:30–15:30  Acme  technical  with Dana Park, Sam Lee  (ad477272)`.
    private func row(_ interview: Interview, zone: TimeZone) -> [String] {
        let time = "\(ViewerTime.clock(interview.startsAt, in: zone))–\(ViewerTime.clock(interview.endsAt, in: zone))"
        let panel = interview.participants.isEmpty ? "" : "with \(Output.panel(of: interview))"
        let id = "(\(interview.id.short))" + (interview.status == .cancelled ? "  cancelled" : "")
        return [time, interview.companyName, interview.kind.rawValue, panel, id]
    }

    private func nothingScheduled(zone: TimeZone, window: (from: Date?, to: Date?)) -> String {
        let add = "Add one with `candor interview add COMPANY --at \"\(LocalTime.inputFormat)\"`."
        guard let from = window.from else { return "No interviews yet. \(add)" }
        let first = ViewerTime.heading(LocalTime.day(from, in: zone))
        guard let to = window.to else {
            return "Nothing scheduled from \(first) on. \(add) `candor schedule --all` shows past interviews too."
        }
        let last = ViewerTime.heading(LocalTime.day(to.addingTimeInterval(-1), in: zone))
        return first == last ? "Nothing scheduled on \(first)." : "Nothing scheduled from \(first) to \(last)."
    }
}

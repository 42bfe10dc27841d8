import ArgumentParser
import CandorCore
import CandorStore
import Foundation

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Your search at a glance: practice habit, pipeline, next interviews, schedule flags.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(
        "IANA time zone to show days and times in (default: this machine's, \(LocalTime.machineZone.identifier)).",
        valueName: "zone"))
    var tz: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    /// How many upcoming interviews are shown, and how many days ahead the schedule is checked.
    static let nextCount = 3
    static let flagDays = 14
    /// How many flag messages the text shows; JSON has them all.
    static let flagLines = 3

    /// The JSON shape.
    struct Report: Encodable {
        struct Flags: Encodable {
            /// The days ahead that were checked.
            var days: Int
            var errors: Int
            var warnings: Int
            /// Every flag in those days, errors first.
            var flags: [ScheduleFlag]
        }

        var zone: String
        var practice: PracticeNudge
        /// Companies per active status, every active status present.
        var pipeline: [String: Int]
        /// Companies whose search has ended (accepted, declined, rejected, withdrawn, ghosted).
        var closed: Int
        var nextInterviews: [Interview]
        var scheduleFlags: Flags
        /// Offers whose decision deadline is today or within the next three days, soonest first.
        var offersDue: [OfferDeadline]
    }

    func run() async throws {
        let zone = try ViewerTime.zone(tz)
        let report = try await database.withStore { store in
            let now = store.now()
            let nudge = try await store.practiceNudge(now: now, zone: zone)
            let companies = try await store.companies()
            let next = try await store.interviews(from: now).filter { $0.status == .scheduled }.prefix(Self.nextCount)
            let agenda = try await store.agenda(
                from: now, to: now.addingTimeInterval(TimeInterval(Self.flagDays * 86_400)), zone: zone)
            let errors = agenda.flags.filter { $0.severity == .error }.count
            let today = LocalTime.day(now, in: zone)
            let due = try await store.offersDueSoon(today: today)
            return Report(
                zone: ViewerTime.name(tz, of: zone),
                practice: nudge,
                pipeline: Dictionary(uniqueKeysWithValues: PipelineStatus.allCases.filter(\.isActive).map { status in
                    (status.rawValue, companies.filter { $0.status == status }.count)
                }),
                closed: companies.filter { !$0.status.isActive }.count,
                nextInterviews: Array(next),
                scheduleFlags: .init(days: Self.flagDays, errors: errors, warnings: agenda.flags.count - errors, flags: agenda.flags),
                offersDue: due)
        }
        if json { return try Output.json(report) }
        printReport(report, zone: zone)
    }

    private func printReport(_ report: Report, zone: TimeZone) {
        // The most pressing line comes first.
        for offer in report.offersDue {
            print("Decision due: the offer from \(Output.printable(offer.company)) \(offer.when) (\(offer.decisionDeadline)). "
                  + "Weigh it with `candor compare`.")
        }
        print("Practice: \(report.practice.message)")

        let active = PipelineStatus.allCases.filter(\.isActive)
        let total = report.pipeline.values.reduce(report.closed, +)
        if total == 0 {
            print("Pipeline: no companies yet. Add one with `candor company add NAME`, or load a sample search with `candor demo`.")
        } else {
            let counts = active.map { "\(report.pipeline[$0.rawValue] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
            print("Pipeline: \(counts); \(report.closed) closed")
        }

        if report.nextInterviews.isEmpty {
            print("Next interviews: none scheduled.")
        } else {
            print("Next interviews (times in \(report.zone)):")
            Output.aligned(report.nextInterviews.map { interview in
                ["\(ViewerTime.heading(LocalTime.day(interview.startsAt, in: zone))), \(ViewerTime.clock(interview.startsAt, in: zone))",
                 interview.companyName, interview.kind.rawValue,
                 interview.participants.isEmpty ? "" : "with \(Output.panel(of: interview))", "(\(interview.id.short))"]
            }, indent: "  ").forEach { print($0) }
        }

        let flags = report.scheduleFlags.flags
        guard !flags.isEmpty else {
            return print("Schedule, next \(Self.flagDays) days: no flags.")
        }
        print("Schedule, next \(Self.flagDays) days: \(FlagText.count(flags)).")
        for flag in flags.prefix(Self.flagLines) { print("  \(FlagText.line(flag))") }
        if flags.count > Self.flagLines {
            print("  … and \(flags.count - Self.flagLines) more: run `candor schedule`.")
        }
    }
}

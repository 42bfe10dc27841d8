import CandorCore
import Foundation
import Testing

@Suite("Schedule flags")
struct ScheduleTests {
    static let berlin = TimeZone(identifier: "Europe/Berlin")!
    static let company = UUID()

    /// An interview typed as a Berlin wall-clock time.
    static func interview(_ start: String, minutes: Int = 60, company: String = "Acme", planned: Int? = 10,
                          status: InterviewStatus = .scheduled, zone: TimeZone = berlin) -> Interview {
        let draft = InterviewDraft(
            companyID: Self.company, startsAt: try! LocalTime.parse(start, in: zone), timeZone: zone.identifier,
            durationMinutes: minutes, kind: .technical, status: status, questionMinutesPlanned: planned)
        return Interview(id: UUID(), companyName: company, draft: draft, participants: [], createdAt: Date(timeIntervalSince1970: 0))
    }

    static func check(_ rules: ScheduleRules = .standard, zone: TimeZone = berlin, defaultMinutes: Int = 10) -> ScheduleCheck {
        ScheduleCheck(rules: rules, zone: zone, defaultQuestionMinutes: defaultMinutes)
    }

    static func kinds(_ flags: [ScheduleFlag]) -> [ScheduleFlag.Kind] { flags.map(\.kind) }

    @Test("a calm schedule raises nothing")
    func calm() {
        let flags = Self.check().flags(for: [Self.interview("2026-12-01 10:00"), Self.interview("2026-12-01 14:00")])
        #expect(flags.isEmpty)
    }

    @Test("overlapping interviews are an error that says to move one")
    func overlap() throws {
        let a = Self.interview("2026-12-01 10:00", company: "Acme")
        let b = Self.interview("2026-12-01 10:30", company: "Beta")
        let flags = Self.check().flags(for: [b, a])
        let flag = try #require(flags.first)
        #expect(flag.kind == .overlap && flag.severity == .error)
        #expect(flag.interviewIDs == [a.id, b.id])
        #expect(flag.message.contains("overlap by 30 minutes"))
        #expect(flag.advice.contains("Ask Beta to move"))
        #expect(flag.day == "2026-12-01")
    }

    @Test("a break shorter than the minimum is back to back; the minimum itself is fine", arguments: [
        (0, true), (14, true), (15, false), (30, false),
    ])
    func backToBack(gap: Int, flagged: Bool) {
        let first = Self.interview("2026-12-01 10:00")
        let second = Self.interview(LocalTime.format(first.endsAt.addingTimeInterval(TimeInterval(gap * 60)), in: Self.berlin))
        let flags = Self.check().flags(for: [first, second])
        #expect(Self.kinds(flags).contains(.backToBack) == flagged)
        if flagged { #expect(flags[0].advice.contains("at least 15 minutes")) }
    }

    @Test("the break follows the profile's rule")
    func configurableBreak() {
        var rules = ScheduleRules.standard
        rules.minBreakMinutes = 45
        let flags = Self.check(rules).flags(for: [Self.interview("2026-12-01 10:00"), Self.interview("2026-12-01 11:30")])
        #expect(Self.kinds(flags) == [.backToBack])
    }

    @Test("a day over the total time or the count is flagged")
    func heavyDays() {
        let long = [Self.interview("2026-12-02 09:00", minutes: 180), Self.interview("2026-12-02 13:00", minutes: 90)]
        #expect(Self.kinds(Self.check().flags(for: long)) == [.longDay])
        let many = ["08:00", "10:00", "12:00", "14:00"].map { Self.interview("2026-12-03 \($0)", minutes: 30) }
        let flags = Self.check().flags(for: many)
        #expect(Self.kinds(flags) == [.crowdedDay])
        #expect(flags[0].message.contains("4 interviews, more than your limit of 3"))
        var relaxed = ScheduleRules.standard
        relaxed.maxDailyCount = 4
        #expect(Self.check(relaxed).flags(for: many).isEmpty)
    }

    @Test("a week over the count is flagged on its Monday")
    func heavyWeek() throws {
        // Monday 30 November to Sunday 6 December 2026: nine interviews, at most two a day.
        let days = ["11-30", "11-30", "12-01", "12-01", "12-02", "12-03", "12-04", "12-05", "12-06"]
        let interviews = days.enumerated().map { index, day in
            Self.interview("2026-\(day) \(index % 2 == 0 ? "09" : "15"):00", minutes: 45)
        }
        let flags = Self.check().flags(for: interviews)
        let week = try #require(flags.first { $0.kind == .crowdedWeek })
        #expect(week.day == "2026-11-30")
        #expect(week.interviewIDs.count == 9)
        let nextMonday = Self.interview("2026-12-07 09:00")
        #expect(Self.check().flags(for: Array(interviews.dropLast()) + [nextMonday]).allSatisfy { $0.kind != .crowdedWeek })
    }

    @Test("an interview with no minutes for questions is flagged, using the profile default when unset")
    func noQuestionTime() {
        let zero = Self.interview("2026-12-01 10:00", planned: 0)
        let unset = Self.interview("2026-12-01 15:00", planned: nil)
        #expect(Self.kinds(Self.check().flags(for: [zero, unset])) == [.noQuestionTime])
        #expect(Self.check(defaultMinutes: 0).flags(for: [zero, unset]).count == 2)
    }

    @Test("cancelled interviews do not count")
    func cancelled() {
        let flags = Self.check().flags(for: [Self.interview("2026-12-01 10:00"), Self.interview("2026-12-01 10:30", status: .cancelled)])
        #expect(flags.isEmpty)
    }

    @Test("a day spanning a daylight-saving change is one day, with its real lengths")
    func daylightSaving() throws {
        // Berlin springs forward on 29 March 2026 at 02:00: an hour from 01:00 ends at 03:00.
        let early = Self.interview("2026-03-29 01:00", minutes: 60)
        let after = Self.interview("2026-03-29 03:10", minutes: 60)
        let flags = Self.check().flags(for: [early, after])
        let flag = try #require(flags.first)
        #expect(flag.kind == .backToBack, "only 10 real minutes between them, though 01:00 + 60 min reads as 02:00")
        #expect(flag.message.contains("10 minutes"))
        #expect(flag.day == "2026-03-29")
        // In autumn (25 October) the day has 25 hours; four interviews still fall on one day.
        let autumn = ["00:30", "02:30", "12:00", "23:00"].map { Self.interview("2026-10-25 \($0)", minutes: 30) }
        let autumnFlags = Self.check().flags(for: autumn)
        #expect(autumnFlags.map(\.kind) == [.crowdedDay])
        #expect(autumnFlags[0].day == "2026-10-25")
    }

    @Test("days belong to the viewer's zone, not the zone an interview was typed in")
    func viewerZone() {
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        // 23:30 in Berlin is 07:30 the next day in Tokyo.
        let late = Self.interview("2026-12-01 23:30", planned: 0)
        #expect(Self.check(zone: Self.berlin).flags(for: [late])[0].day == "2026-12-01")
        #expect(Self.check(zone: tokyo).flags(for: [late])[0].day == "2026-12-02")
    }

    @Test("errors come first, then by day")
    func ordering() {
        let monday = Self.interview("2026-11-30 10:00", planned: 0)
        let clashA = Self.interview("2026-12-01 10:00")
        let clashB = Self.interview("2026-12-01 10:15")
        #expect(Self.kinds(Self.check().flags(for: [monday, clashA, clashB])) == [.overlap, .noQuestionTime])
    }

    @Test("the agenda groups by viewer's day and carries each day's flags")
    func agenda() {
        let a = Self.interview("2026-12-01 10:00")
        let b = Self.interview("2026-12-01 11:05")
        let c = Self.interview("2026-12-04 09:00")
        let agenda = Agenda(interviews: [c, b, a], check: Self.check())
        #expect(agenda.days.map(\.date) == ["2026-12-01", "2026-12-04"])
        #expect(agenda.days[0].interviews.map(\.id) == [a.id, b.id])
        #expect(agenda.days[0].flags.map(\.kind) == [.backToBack])
        #expect(agenda.days[1].flags.isEmpty)
    }
}

@Suite("Practice habit and pipeline")
struct PracticeAndPipelineTests {
    static let utc = TimeZone(identifier: "UTC")!

    @Test("the nudge is due once the cadence has passed since the last held interview")
    func nudge() {
        let now = try! LocalTime.parse("2026-11-26 12:00", in: Self.utc)
        let old = ScheduleTests.interview("2025-10-01 10:00", zone: Self.utc)
        let due = PracticeNudge(interviews: [old], cadenceMonths: 12, now: now, zone: Self.utc)
        #expect(due.isDue && due.lastInterview == old.startsAt)
        #expect(due.message.contains("2025-10-01") && due.message.contains("time to book"))
        let recent = ScheduleTests.interview("2026-06-01 10:00", zone: Self.utc)
        let fine = PracticeNudge(interviews: [old, recent], cadenceMonths: 12, now: now, zone: Self.utc)
        #expect(!fine.isDue)
        #expect(fine.message.contains("due by 2027-06-01"))
        #expect(PracticeNudge(interviews: [old, recent], cadenceMonths: 3, now: now, zone: Self.utc).isDue)
        let future = ScheduleTests.interview("2026-12-20 10:00", zone: Self.utc)
        #expect(PracticeNudge(interviews: [future], cadenceMonths: 12, now: now, zone: Self.utc).lastInterview == nil,
                "an interview not yet held does not count")
        let cancelled = ScheduleTests.interview("2026-11-01 10:00", status: .cancelled, zone: Self.utc)
        #expect(PracticeNudge(interviews: [old, cancelled], cadenceMonths: 12, now: now, zone: Self.utc).isDue)
    }

    @Test("pipeline: soonest interview first, then the quietest active companies, closed last")
    func pipelineOrder() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        func company(_ name: String, _ status: PipelineStatus, changedDaysAgo: Double) -> Company {
            let changed = now.addingTimeInterval(-changedDaysAgo * 86_400)
            return Company(id: UUID(), draft: CompanyDraft(name: name), status: status,
                           statusHistory: [StatusChange(status: status, changedAt: changed)], createdAt: changed, updatedAt: changed)
        }
        let soon = company("Soon", .interviewing, changedDaysAgo: 3)
        let later = company("Later", .interviewing, changedDaysAgo: 1)
        let quiet = company("Quiet", .applied, changedDaysAgo: 20)
        let fresh = company("Fresh", .applied, changedDaysAgo: 2)
        let closed = company("Closed", .rejected, changedDaysAgo: 90)
        func interview(_ company: Company, inDays days: Double) -> Interview {
            Interview(id: UUID(), companyName: company.name,
                      draft: InterviewDraft(companyID: company.id, startsAt: now.addingTimeInterval(days * 86_400), timeZone: "UTC"),
                      participants: [], createdAt: now)
        }
        let entries = PipelineEntry.build(
            companies: [closed, fresh, quiet, later, soon],
            interviews: [interview(later, inDays: 5), interview(soon, inDays: 1), interview(quiet, inDays: -4)], now: now)
        // Quiet's last contact is its interview 4 days ago; Fresh changed status 2 days ago.
        #expect(entries.map(\.company.name) == ["Soon", "Later", "Quiet", "Fresh", "Closed"])
        #expect(entries.map(\.daysSinceContact) == [3, 1, 4, 2, 90])
        #expect(entries[0].nextStep == "Interview")
        #expect(entries[2].nextStep == "Wait for a reply")
        #expect(entries[4].nextStep == "Nothing: closed")
    }
}

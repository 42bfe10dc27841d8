import CandorCore
import Foundation
import Testing

/// `candor schedule`, `status`, `export --ics`, the pipeline order of `company list` and the
/// schedule limits of `profile`, run as a person would (see ``Sandbox``).
struct ScheduleCLITests {
    /// The JSON of `candor schedule --json`.
    struct ScheduleReport: Decodable {
        struct Day: Decodable {
            var date: String
            var interviews: [Interview]
            var flags: [ScheduleFlag]
        }

        var zone: String
        var days: [Day]
        var flags: [ScheduleFlag]
    }

    /// The JSON of `candor status --json`.
    struct StatusReport: Decodable {
        struct Practice: Decodable {
            var message: String
            var lastInterview: Date?
            var due: Date?
            var isDue: Bool
        }

        struct Flags: Decodable {
            var days: Int
            var errors: Int
            var warnings: Int
            var flags: [ScheduleFlag]
        }

        var zone: String
        var practice: Practice
        var pipeline: [String: Int]
        var closed: Int
        var nextInterviews: [Interview]
        var scheduleFlags: Flags
    }

    /// Acme 10:00–11:00 and Globex 11:05–12:00 on Tue 12 Mar 2030 in Berlin: five minutes apart.
    private func backToBack() throws -> Sandbox {
        let sandbox = try Sandbox()
        for name in ["Acme", "Globex"] {
            #expect(try sandbox.candor("company", "add", name).status == 0)
        }
        try sandbox.expectAdded("Acme", at: "2030-03-12 10:00", "--kind", "technical", "--with", "Dana Park:engineer", "--with", "Sam Lee:engineer")
        try sandbox.expectAdded("Globex", at: "2030-03-12 11:05", "--minutes", "55", "--kind", "behavioral")
        return sandbox
    }

    // MARK: schedule

    @Test func backToBackInterviewsAreAWarning() throws {
        let sandbox = try backToBack()
        let run = try sandbox.candor("schedule", "--from", "2030-03-12", "--to", "2030-03-12", "--tz", "Europe/Berlin")
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "2 interviews, 1 warning (times in Europe/Berlin)")
        #expect(lines.contains("Tue 12 Mar 2030"))
        #expect(lines.contains { $0.hasPrefix("  10:00–11:00  Acme ") && $0.contains("technical") && $0.contains("with Dana Park, Sam Lee") })
        #expect(lines.contains { $0.hasPrefix("  11:05–12:00  Globex") && $0.contains("behavioral") })
        let flag = try #require(lines.first { $0.hasPrefix("  ! back-to-back: ") })
        #expect(flag.contains("only 5 minutes"))
        #expect(flag.contains("at least 15 minutes"), "the advice follows the message")
        #expect(!run.output.contains("!!"))
    }

    @Test func overlappingInterviewsAreAnError() throws {
        let sandbox = try backToBack()
        try sandbox.expectAdded("Acme", at: "2030-03-12 11:30", "--minutes", "30")
        let run = try sandbox.candor("schedule", "--from", "2030-03-12", "--tz", "Europe/Berlin")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("3 interviews, 1 error, "))
        let overlap = try #require(run.output.split(separator: "\n").first { $0.hasPrefix("  !! overlap: ") })
        #expect(overlap.contains("overlap by 30 minutes"))
    }

    @Test func theMinimumBreakComesFromTheProfile() throws {
        let sandbox = try backToBack()
        #expect(try sandbox.candor("profile", "set", "--min-break", "5").status == 0)
        let run = try sandbox.candor("schedule", "--from", "2030-03-12", "--tz", "Europe/Berlin")
        #expect(run.output.hasPrefix("2 interviews, no flags"))
        #expect(!run.output.contains("back-to-back"))
    }

    @Test func jsonHasTheZoneTheDaysAndTheFlags() throws {
        let sandbox = try backToBack()
        let run = try sandbox.candor("schedule", "--all", "--tz", "America/New_York", "--json")
        #expect(run.status == 0, "\(run.errors)")
        let report = try CandorJSON.decoder().decode(ScheduleReport.self, from: Data(run.output.utf8))
        #expect(report.zone == "America/New_York")
        #expect(report.days.map(\.date) == ["2030-03-12"])
        #expect(report.days.first?.interviews.map(\.companyName) == ["Acme", "Globex"])
        #expect(report.days.first?.flags.map(\.kind) == [.backToBack])
        #expect(report.flags.map(\.kind) == [.backToBack])
        #expect(report.flags.first?.severity == .warning)
        #expect(report.flags.first?.interviewIDs == report.days.first?.interviews.map(\.id))
    }

    @Test func timesAreShownInTheViewersZone() throws {
        let sandbox = try backToBack()
        // 10:00 in Berlin (CET) is 05:00 in New York (already on summer time in March 2030).
        let run = try sandbox.candor("schedule", "--from", "2030-03-12", "--tz", "America/New_York")
        #expect(run.output.contains("  05:00–06:00  Acme"))
        #expect(run.output.contains("(times in America/New_York)"))
    }

    @Test func theDefaultWindowStartsToday() throws {
        let sandbox = try backToBack()
        try sandbox.expectAdded("Acme", at: "2020-05-04 09:00", "--kind", "recruiter-screen")
        let upcoming = try sandbox.candor("schedule", "--tz", "Europe/Berlin")
        #expect(upcoming.output.hasPrefix("2 interviews"))
        #expect(!upcoming.output.contains("recruiter-screen"))
        let everything = try sandbox.candor("schedule", "--all", "--tz", "Europe/Berlin")
        #expect(everything.output.hasPrefix("3 interviews"))
        #expect(everything.output.contains("Mon 4 May 2020"))
        let past = try sandbox.candor("schedule", "--from", "2020-05-04", "--to", "2020-05-04", "--tz", "Europe/Berlin")
        #expect(past.output.hasPrefix("1 interview, no flags"))
        let quiet = try sandbox.candor("schedule", "--from", "2030-03-13", "--to", "2030-03-20")
        #expect(quiet.status == 0)
        #expect(quiet.output.hasPrefix("Nothing scheduled from Wed 13 Mar 2030 to Wed 20 Mar 2030."))
    }

    @Test func anEmptyDatabaseGetsAFriendlyLine() throws {
        let run = try Sandbox().candor("schedule", "--all")
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("No interviews yet. Add one with `candor interview add"))
    }

    @Test func badDatesAreOneLineErrorsNamingTheOption() throws {
        let sandbox = try Sandbox()
        let typo = try sandbox.candor("schedule", "--from", "2030-13-01")
        #expect(typo.status == 1)
        #expect(typo.errorLines == ["Error: --from: '2030-13-01' is not a real calendar date"])
        let words = try sandbox.candor("schedule", "--to", "next week")
        #expect(words.status == 1)
        #expect(words.errorLines == ["Error: --to: 'next week' is not a date like YYYY-MM-DD"])
        let backwards = try sandbox.candor("schedule", "--from", "2030-03-12", "--to", "2030-03-11")
        #expect(backwards.status == 1)
        #expect(backwards.errorLines == ["Error: --to: 2030-03-11 is before --from 2030-03-12"])
        let zone = try sandbox.candor("schedule", "--tz", "Mars/Olympus")
        #expect(zone.status == 1)
        #expect(zone.errorLines.count == 1)
        #expect(zone.errors.hasPrefix("Error: --tz: "))
        #expect(try sandbox.candor("schedule", "--all", "--from", "2030-03-12").status == 64)
    }

    // MARK: export --ics

    @Test func icsHasOneEventPerInterviewWithCRLFLines() throws {
        let sandbox = try backToBack()
        let file = sandbox.path("interviews.ics")
        let run = try sandbox.candor("export", "--ics", "--output", file)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "Exported 2 interviews as a calendar to \(file).\n")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1 == 2)
        #expect(text.contains("SUMMARY:Technical interview at Acme\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        #expect(text.contains("DTSTART:20300312T090000Z\r\n"), "10:00 in Berlin, in UTC")

        let stdout = try sandbox.candor("export", "--ics")
        #expect(stdout.status == 0)
        #expect(stdout.output.hasPrefix("BEGIN:VCALENDAR\r\n"))
    }

    @Test func icsCompanyKeepsOneCompany() throws {
        let sandbox = try backToBack()
        let run = try sandbox.candor("export", "--ics", "--company", "glob")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.components(separatedBy: "BEGIN:VEVENT").count - 1 == 1)
        #expect(run.output.contains("at Globex"))
        #expect(!run.output.contains("at Acme"))
        let unknown = try sandbox.candor("export", "--ics", "--company", "Initech")
        #expect(unknown.status == 1)
        #expect(unknown.errorLines.count == 1)
    }

    @Test func exportTakesExactlyOneFormat() throws {
        let sandbox = try Sandbox()
        let both = try sandbox.candor("export", "--json", "--ics")
        #expect(both.status == 64)
        #expect(both.errors.contains("--json") && both.errors.contains("--ics"))
        #expect(try sandbox.candor("export", "--json", "--company", "Acme").status == 64)
    }

    // MARK: status

    @Test func statusOnAnEmptyDatabase() throws {
        let run = try Sandbox().candor("status")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Practice: No interview recorded yet."))
        #expect(run.output.contains("candor demo"))
        #expect(run.output.contains("Next interviews: none scheduled."))
        #expect(run.output.contains("no flags"))
    }

    @Test func statusAfterTheDemo() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("demo").status == 0)
        let interviews = try CandorJSON.decoder().decode(
            [Interview].self, from: Data(sandbox.candor("interview", "list", "--json").output.utf8))
        let last = try #require(interviews.filter { $0.startsAt < Date() }.map(\.startsAt).max())
        let lastDay = String(LocalTime.format(last, in: LocalTime.machineZone).prefix(10))

        let run = try sandbox.candor("status")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("\nPractice: Your last interview was on \(lastDay)."), "after the demo offer's deadline line")
        #expect(run.output.contains("Pipeline: 0 researching, 0 applied, 2 interviewing, 1 offer; 0 closed"))
        #expect(run.output.contains("Next interviews (times in "))
        #expect(run.output.contains("Northwind Logistics"))

        let json = try sandbox.candor("status", "--json")
        let report = try CandorJSON.decoder().decode(StatusReport.self, from: Data(json.output.utf8))
        #expect(report.practice.lastInterview == last)
        #expect(report.practice.isDue == false)
        #expect(report.pipeline == ["researching": 0, "applied": 0, "interviewing": 2, "offer": 1])
        #expect(report.closed == 0)
        #expect(report.nextInterviews.count == 3)
        #expect(report.nextInterviews.map(\.startsAt) == report.nextInterviews.map(\.startsAt).sorted())
        #expect(report.scheduleFlags.days == 14)
        #expect(report.scheduleFlags.errors + report.scheduleFlags.warnings == report.scheduleFlags.flags.count)
    }

    @Test func statusCountsFlagsInTheNextTwoWeeks() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("company", "add", "Acme").status == 0)
        let zone = TimeZone(identifier: "Europe/Berlin")!
        let tomorrow = LocalTime.format(Date().addingTimeInterval(86_400), in: zone).prefix(10)
        try sandbox.expectAdded("Acme", at: "\(tomorrow) 10:00")
        try sandbox.expectAdded("Acme", at: "\(tomorrow) 10:30")
        let run = try sandbox.candor("status", "--tz", "Europe/Berlin")
        #expect(run.output.contains("Schedule, next 14 days: 1 error."))
        #expect(run.output.contains("  !! overlap: "))
    }

    // MARK: company list

    @Test func companyListIsInNextActionOrder() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("demo").status == 0)
        let json = try sandbox.candor("company", "list", "--json")
        let companies = try CandorJSON.decoder().decode([Company].self, from: Data(json.output.utf8))
        // Northwind's next interview is in 2 days, Lumen's in 3; Fernhill has none but an offer.
        #expect(companies.map(\.name) == ["Northwind Logistics", "Lumen Health", "Fernhill Studio"])

        let table = try sandbox.candor("company", "list")
        let lines = table.output.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        #expect(header.hasPrefix("ID        NAME"))
        #expect(header.contains("  NEXT") && header.hasSuffix("QUIET"))
        #expect(lines.dropFirst().map { $0.contains("Northwind") } == [true, false, false])
        #expect(lines[1].contains("Technical interview, "))
        #expect(lines[3].contains("Decide on the offer"))
        #expect(lines.dropFirst().allSatisfy { $0.range(of: #"  \d+d$"#, options: .regularExpression) != nil })

        let offers = try sandbox.candor("company", "list", "--status", "offer", "--status", "interviewing", "--json")
        #expect(try CandorJSON.decoder().decode([Company].self, from: Data(offers.output.utf8)).map(\.name)
            == ["Northwind Logistics", "Lumen Health", "Fernhill Studio"])
        let onlyOffer = try sandbox.candor("company", "list", "--status", "offer")
        #expect(onlyOffer.output.split(separator: "\n").count == 2)
    }

    // MARK: profile

    @Test func profileKeepsTheScheduleLimits() throws {
        let sandbox = try Sandbox()
        let set = try sandbox.candor(
            "profile", "set", "--min-break", "20", "--max-day-minutes", "300", "--max-day-count", "2", "--max-week-count", "5")
        #expect(set.status == 0, "\(set.errors)")
        #expect(set.output.contains("at least 20 minutes"))

        let show = try sandbox.candor("profile", "show")
        #expect(show.output.contains("Break between interviews:   at least 20 minutes"))
        #expect(show.output.contains("Interview time a day:       at most 300 minutes"))
        #expect(show.output.contains("Interviews a day:           at most 2"))
        #expect(show.output.contains("Interviews a week:          at most 5"))

        let json = try sandbox.candor("profile", "show", "--json")
        let profile = try CandorJSON.decoder().decode(Profile.self, from: Data(json.output.utf8))
        #expect(profile.schedule == ScheduleRules(minBreakMinutes: 20, maxDailyMinutes: 300, maxDailyCount: 2, maxWeeklyCount: 5))
    }

    @Test func aBadLimitNamesTheOptionAndChangesNothing() throws {
        let sandbox = try Sandbox()
        let run = try sandbox.candor("profile", "set", "--max-day-count", "0", "--min-break", "30")
        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: --max-day-count: must be between 1 and 20, got 0"])
        let minutes = try sandbox.candor("profile", "set", "--max-day-minutes", "5000")
        #expect(minutes.errorLines == ["Error: --max-day-minutes: must be between 30 and 1440, got 5000"])
        let json = try sandbox.candor("profile", "show", "--json")
        #expect(try CandorJSON.decoder().decode(Profile.self, from: Data(json.output.utf8)).schedule == .standard)
    }
}

extension Sandbox {
    /// Adds an interview in Berlin time, failing the test with candor's error if it is refused.
    func expectAdded(_ company: String, at start: String, _ options: String..., sourceLocation: SourceLocation = #_sourceLocation) throws {
        let arguments = ["interview", "add", company, "--at", start, "--tz", "Europe/Berlin"] + options
        let run = try candor(arguments)
        #expect(run.status == 0, "\(run.errors)", sourceLocation: sourceLocation)
    }
}

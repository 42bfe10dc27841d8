import CandorCore
import CandorStore
import FluentKit
import Foundation
import Testing

@Suite("Schedule, pipeline and calendar storage")
struct ScheduleStoreTests {
    @Test("schedule rules are saved with the profile and checked", arguments: Backend.available)
    func rules(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            #expect(try await store.profile().schedule == .standard)
            var profile = try await store.profile()
            profile.schedule = ScheduleRules(minBreakMinutes: 30, maxDailyMinutes: 180, maxDailyCount: 2, maxWeeklyCount: 5)
            try await store.saveProfile(profile)
            #expect(try await store.profile().schedule.minBreakMinutes == 30)
            profile.schedule.maxDailyCount = 0
            await #expect(throws: CandorError.self) { try await store.saveProfile(profile) }
            #expect(try await store.profile().schedule.maxDailyCount == 2)
        }
    }

    @Test("the calendar token finds its account until it is replaced", arguments: Backend.available)
    func calendarToken(backend: Backend) async throws {
        try await TestDatabase.with(backend) { database, store in
            let token = try await store.calendarToken()
            #expect(token.count == 64)
            #expect(try await store.calendarToken() == token, "made once, then kept")
            #expect(try await Store.account(forCalendarToken: token, on: database.database) == store.accountID)
            let fresh = try await store.regenerateCalendarToken()
            #expect(fresh != token)
            #expect(try await Store.account(forCalendarToken: token, on: database.database) == nil)
            #expect(try await Store.account(forCalendarToken: fresh, on: database.database) == store.accountID)
            #expect(try await Store.account(forCalendarToken: "' OR 1=1 --", on: database.database) == nil)
        }
    }

    @Test("agenda flags a clash with an interview just outside the window", arguments: Backend.available)
    func agendaWindow(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let utc = TimeZone(identifier: "UTC")!
            let acme = try await store.addCompany(CompanyDraft(name: "Acme"))
            let first = try await store.addInterview(InterviewDraft(
                companyID: acme.id, startsAt: try LocalTime.parse("2026-12-01 23:00", in: utc), timeZone: "UTC", durationMinutes: 60))
            let second = try await store.addInterview(InterviewDraft(
                companyID: acme.id, startsAt: try LocalTime.parse("2026-12-02 00:05", in: utc), timeZone: "UTC", durationMinutes: 30))
            let agenda = try await store.agenda(from: try LocalTime.parse("2026-12-02 00:00", in: utc), to: nil, zone: utc)
            #expect(agenda.days.map(\.date) == ["2026-12-02"])
            #expect(agenda.days[0].interviews.map(\.id) == [second.id])
            #expect(agenda.flags.map(\.kind) == [.backToBack])
            #expect(agenda.flags[0].interviewIDs == [first.id, second.id])
        }
    }

    @Test("a person's page data: their interviews and answers; pipeline and nudge from the demo", arguments: Backend.available)
    func personAndPipeline(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            try await store.loadDemo(zone: TimeZone(identifier: "UTC")!)
            let priya = try await store.person(matching: "Priya Raman")
            let interviews = try await store.interviews(personID: priya.id)
            #expect(interviews.count == 1 && interviews[0].kind == .panel)
            let answers = try await store.asks(personID: priya.id)
            #expect(answers.count == 3)
            #expect(answers.allSatisfy { $0.personID == priya.id && $0.answer != nil })

            let pipeline = try await store.pipeline()
            #expect(pipeline.count == 3)
            #expect(pipeline.first?.nextInterview != nil, "the company with the soonest interview comes first")
            let nudge = try await store.practiceNudge(zone: TimeZone(identifier: "UTC")!)
            #expect(nudge.lastInterview != nil && !nudge.isDue)
        }
    }
}

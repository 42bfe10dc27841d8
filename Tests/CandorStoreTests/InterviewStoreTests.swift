import CandorCore
import CandorStore
import Foundation
import Testing

@Suite("Interviews")
struct InterviewStoreTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("adding an interview moves a company still researched or applied to to interviewing, and no other", arguments: Backend.available)
    func interviewMovesTheCompany(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            var moved: [PipelineStatus: PipelineStatus] = [:]
            for status in PipelineStatus.allCases {
                let company = try await store.addCompany(CompanyDraft(name: "Co \(status.rawValue)"), status: status)
                try await store.addInterview(InterviewDraft(companyID: company.id, startsAt: Date().addingTimeInterval(86_400),
                                                            timeZone: "UTC", durationMinutes: 45, kind: .technical))
                moved[status] = try await store.company(id: company.id).status
            }
            for status in PipelineStatus.allCases {
                #expect(moved[status] == ([.researching, .applied].contains(status) ? .interviewing : status), "\(status)")
            }
            let applied = try await store.companies().first { $0.name == "Co applied" }
            #expect(applied?.statusHistory.last?.note == "Interview added")
        }
    }

    @Test("participants keep panel order; edits replace the panel", arguments: Backend.available)
    func panelOrder(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let acme = try await store.addCompany(CompanyDraft(name: "Acme"))
            let names = ["Cleo", "Abe", "Bea"]
            var panel: [UUID] = []
            for name in names {
                panel.append(try await store.addPerson(PersonDraft(companyID: acme.id, name: name, roleKind: .engineer)).id)
            }
            let interview = try await store.addInterview(InterviewDraft(
                companyID: acme.id, startsAt: Self.start, timeZone: "Europe/Berlin", durationMinutes: 60,
                kind: .panel, participantIDs: panel))
            #expect(interview.participants.map(\.name) == names)
            #expect(interview.participants.map(\.position) == [0, 1, 2])
            #expect(interview.companyName == "Acme")
            #expect(interview.startsAt == Self.start && interview.timeZone == "Europe/Berlin")

            var draft = interview.draft
            draft.participantIDs = [panel[2], panel[0]]
            draft.questionMinutesGiven = 5
            let edited = try await store.updateInterview(id: interview.id, draft)
            #expect(edited.participants.map(\.name) == ["Bea", "Cleo"])
            #expect(edited.questionMinutesGiven == 5)
            #expect(try await store.interview(matching: interview.id.short).id == interview.id)
        }
    }

    @Test("someone from another company cannot sit on the panel; nothing is saved", arguments: Backend.available)
    func foreignParticipant(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let acme = try await store.addCompany(CompanyDraft(name: "Acme"))
            let other = try await store.addCompany(CompanyDraft(name: "Other"))
            let stranger = try await store.addPerson(PersonDraft(companyID: other.id, name: "Stranger"))
            await #expect(throws: CandorError.self) {
                try await store.addInterview(InterviewDraft(companyID: acme.id, startsAt: Self.start, timeZone: "UTC", participantIDs: [stranger.id]))
            }
            #expect(try await store.interviews().isEmpty)
        }
    }

    @Test("interviews filter by company and time window, sorted by start", arguments: Backend.available)
    func filtering(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let acme = try await store.addCompany(CompanyDraft(name: "Acme"))
            let beta = try await store.addCompany(CompanyDraft(name: "Beta"))
            for (company, hours) in [(acme, 48.0), (beta, 2.0), (acme, -24.0)] {
                try await store.addInterview(InterviewDraft(companyID: company.id, startsAt: Self.start.addingTimeInterval(hours * 3600), timeZone: "UTC"))
            }
            #expect(try await store.interviews().map(\.companyName) == ["Acme", "Beta", "Acme"])
            #expect(try await store.interviews(companyID: acme.id).count == 2)
            #expect(try await store.interviews(from: Self.start).map(\.companyName) == ["Beta", "Acme"])
        }
    }

    @Test("removing a company removes its people, interviews and answers, and nothing else", arguments: Backend.available)
    func cascade(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            try await store.loadDemo(zone: TimeZone(identifier: "UTC")!)
            let companies = try await store.companies()
            let lumen = try #require(companies.first { $0.name == "Lumen Health" })
            let before = try await store.exportBackup()
            #expect(try await !store.asks(companyID: lumen.id).isEmpty)
            try await store.removeCompany(id: lumen.id)
            let after = try await store.exportBackup()
            #expect(after.companies.count == before.companies.count - 1)
            #expect(after.people.allSatisfy { $0.companyID != lumen.id })
            #expect(after.interviews.allSatisfy { $0.companyID != lumen.id })
            let lumenInterviews = Set(before.interviews.filter { $0.companyID == lumen.id }.map(\.id))
            #expect(after.asks.allSatisfy { !lumenInterviews.contains($0.interviewID) })
            #expect(after.asks.count == before.asks.filter { !lumenInterviews.contains($0.interviewID) }.count)
            #expect(after.questions == before.questions)
        }
    }
}

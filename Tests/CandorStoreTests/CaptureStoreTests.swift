import CandorCore
import CandorStore
import Foundation
import Testing

@Suite("Capturing answers")
struct CaptureStoreTests {
    @Test("a save from the current version lands; one from a stale version writes nothing and says what is stored",
          arguments: Backend.available)
    func versions(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let interview = try await PlanStoreTests.panel(store)
            let ask = try #require(try await store.plan(interviewID: interview.id).asks.first)
            guard case let .saved(first) = try await store.saveAnswer(askID: ask.id, text: "They ship weekly.", baseVersion: ask.version) else {
                Issue.record("the first save did not land")
                return
            }
            #expect(first.version == ask.version + 1 && first.status == .answered && first.answeredAt != nil)
            // A second tab still holding the old version:
            let stale = try await store.saveAnswer(askID: ask.id, text: "Typed in the other tab", baseVersion: ask.version)
            #expect(stale == .conflict(current: try await store.ask(id: ask.id)))
            #expect(try await store.ask(id: ask.id).answer == "They ship weekly.")
            guard case .saved = try await store.saveAnswer(askID: ask.id, text: "Typed in the other tab", baseVersion: first.version) else {
                Issue.record("saving from the version just read must land")
                return
            }
        }
    }

    @Test("answers up to 20,000 characters are kept whole, longer ones refused; any Unicode round-trips", arguments: Backend.available)
    func limitsAndUnicode(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let interview = try await PlanStoreTests.panel(store)
            let ask = try #require(try await store.plan(interviewID: interview.id).asks.first)
            let longest = String(repeating: "é", count: Ask.maxAnswerLength)
            guard case let .saved(saved) = try await store.saveAnswer(askID: ask.id, text: longest, baseVersion: ask.version) else {
                Issue.record("20,000 characters must fit")
                return
            }
            #expect(try await store.ask(id: ask.id).answer == longest)
            await #expect(throws: CandorError.self) {
                try await store.saveAnswer(askID: ask.id, text: longest + "x", baseVersion: saved.version)
            }
            let unicode = "مرحبا — שלום 👩🏽‍💻 e\u{301} <script>alert(1)</script>\n\ttabs & 'quotes'"
            _ = try await store.saveAnswer(askID: ask.id, text: unicode, baseVersion: saved.version)
            #expect(try await store.ask(id: ask.id).answer == unicode)
        }
    }

    @Test("status, tags, gut feelings and the end of the interview are kept", arguments: Backend.available)
    func afterTheInterview(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let interview = try await PlanStoreTests.panel(store, startsAt: Date().addingTimeInterval(-7_200))
            let ask = try #require(try await store.plan(interviewID: interview.id).asks.first)
            #expect(try await store.setStatus(askID: ask.id, .dodged).status == .dodged)
            #expect(try await store.tagAnswer(askID: ask.id, themes: [.onCall, .workLife, .onCall]).tags == [.onCall, .workLife])
            let ana = interview.participants[0].personID
            try await store.setGutFeeling(interviewID: interview.id, personID: ana, score: 4)
            try await store.setGutFeeling(interviewID: interview.id, personID: ana, score: 2)
            #expect(try await store.gutFeelings(interviewID: interview.id).map(\.score) == [2])
            await #expect(throws: CandorError.self) { try await store.setGutFeeling(interviewID: interview.id, personID: ana, score: 6) }
            let done = try await store.finishInterview(interviewID: interview.id, minutesGiven: 0, notes: "Ran over.")
            #expect(done.status == .done && done.questionMinutesGiven == 0 && done.notes == "Ran over.")
            let backup = try await store.exportBackup()
            #expect(backup.gutFeelings.count == 1)
            try backup.checkConsistency()
        }
    }
}

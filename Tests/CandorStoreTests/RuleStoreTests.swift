import CandorCore
import CandorStore
import Foundation
import Testing

extension Interview {
    /// The interview's day in its own zone, as the store's messages write it.
    var localDayForTests: String { LocalTime.day(startsAt, in: TimeZone(identifier: timeZone)!) }
}

/// Rules that once lived only in the command line, now refused by the store itself, so the web
/// app, the command line and any later client get the same refusal and message.
@Suite("Rules the store keeps")
struct RuleStoreTests {
    /// A planned three-person panel, then marked held.
    static func heldPanel(_ store: Store) async throws -> (Interview, InterviewPlan) {
        let interview = try await PlanStoreTests.panel(store, startsAt: Date().addingTimeInterval(-7_200))
        let plan = try await store.plan(interviewID: interview.id)
        let held = try await store.finishInterview(interviewID: interview.id, minutesGiven: 10)
        return (held, plan)
    }

    static func expectFrozen(_ body: () async throws -> Void) async {
        do {
            try await body()
            Issue.record("a held interview's plan was changed")
        } catch let CandorError.notAllowed(reason) {
            #expect(reason.contains("its plan is a record now"))
        } catch {
            Issue.record("unexpected error: \(error)")
        }
    }

    @Test("an interview is marked done only once its day has come", arguments: Backend.available)
    func doneOnlyOnceItsDayCame(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let interview = try await PlanStoreTests.panel(store)
            await #expect(throws: CandorError.invalidField(
                field: "status", reason: "the interview is on \(interview.localDayForTests), still to come: mark it done once it has taken place")) {
                try await store.finishInterview(interviewID: interview.id, minutesGiven: 10)
            }
            #expect(try await store.interview(id: interview.id) == interview)
            var draft = interview.draft
            draft.status = .done
            await #expect(throws: CandorError.self) { try await store.addInterview(draft) }
            #expect(try await store.interviews(companyID: interview.companyID).filter { $0.status == .done && $0.startsAt > Date() }.isEmpty)
            // Earlier the same day, or any day before: fine.
            draft.startsAt = Date().addingTimeInterval(-7_200)
            draft.participantIDs = []
            #expect(try await store.addInterview(draft).status == .done)
        }
    }

    @Test("a held interview's plan is frozen: no re-planning, pinning, dropping, moving or adding", arguments: Backend.available)
    func heldPlanIsFrozen(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let (interview, plan) = try await Self.heldPanel(store)
            let question = try #require(plan.questions.first)
            let other = try #require(try await store.questions().first { !$0.isClosing && !plan.asks.compactMap(\.questionID).contains($0.id) })
            await Self.expectFrozen { try await store.replan(interviewID: interview.id) }
            await Self.expectFrozen { try await store.setPinned(askID: question.id, !question.pinned) }
            await Self.expectFrozen { try await store.drop(askID: question.id) }
            await Self.expectFrozen { try await store.move(askID: question.id, up: false) }
            await Self.expectFrozen {
                try await store.addToPlan(interviewID: interview.id, personID: question.personID, questionID: other.id)
            }
            #expect(try await store.asks(interviewID: interview.id) == plan.asks, "nothing changed")
            // Recording what was asked on the spot is still possible: that is the record.
            let recorded = try await store.addToPlan(
                interviewID: interview.id, personID: question.personID, text: "Asked on the spot", refill: false)
            #expect(recorded.questionText == "Asked on the spot")
        }
    }

    @Test("a closing question cannot be added to a plan: it is already asked of everyone", arguments: Backend.available)
    func closingQuestionsAreNotAdded(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let interview = try await PlanStoreTests.panel(store)
            let plan = try await store.plan(interviewID: interview.id)
            let closing = try await store.ensureClosingQuestions()
            do {
                try await store.addToPlan(interviewID: interview.id, personID: interview.participants[0].personID, questionID: closing.love.id)
                Issue.record("a closing question was added")
            } catch let CandorError.invalidField(field, reason) {
                #expect(field == "question" && reason.contains("closing round"))
            }
            #expect(try await store.asks(interviewID: interview.id) == plan.asks)
        }
    }

    @Test("only an answer that says something takes theme corrections", arguments: Backend.available)
    func correctionsNeedAnAnswer(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let interview = try await PlanStoreTests.panel(store)
            let ask = try #require(try await store.plan(interviewID: interview.id).questions.first)
            do {
                try await store.correctThemes(askID: ask.id, .confirm(.onCall))
                Issue.record("a planned question took a correction")
            } catch let CandorError.notAllowed(reason) {
                #expect(reason.contains("Nothing was answered"))
            }
            #expect(try await store.ask(id: ask.id).tags.isEmpty)
            _ = try await store.saveAnswer(askID: ask.id, text: "The pager is loud.", baseVersion: ask.version)
            #expect(try await store.correctThemes(askID: ask.id, .confirm(.onCall)).tags == [.onCall])
        }
    }

    @Test("a person sets only planned, asked, skipped or dodged; answered follows from an answer", arguments: Backend.available)
    func settableStatuses(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let interview = try await PlanStoreTests.panel(store)
            let ask = try #require(try await store.plan(interviewID: interview.id).questions.first)
            do {
                try await store.setStatus(askID: ask.id, .answered)
                Issue.record("answered was set by hand")
            } catch let CandorError.invalidChoice(field, _, allowed) {
                #expect(field == "status" && allowed == AskStatus.settable.map(\.rawValue))
            }
            #expect(try await store.ask(id: ask.id).status == .planned)
            #expect(try await store.setStatus(askID: ask.id, .skipped).status == .skipped)
        }
    }

    @Test("an answer over the limit or with control characters is refused whole", arguments: Backend.available)
    func answerRules(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let interview = try await PlanStoreTests.panel(store)
            let ask = try #require(try await store.plan(interviewID: interview.id).questions.first)
            for text in [String(repeating: "a", count: Ask.maxAnswerLength + 1), "clear the screen \u{1B}[2J"] {
                do {
                    _ = try await store.saveAnswer(askID: ask.id, text: text, baseVersion: ask.version)
                    Issue.record("saved \(text.prefix(20))")
                } catch let CandorError.invalidField(field, _) {
                    #expect(field == "answer")
                }
            }
            #expect(try await store.ask(id: ask.id).answer == nil)
        }
    }
}

import CandorCore
import CandorStore
import Foundation
import SQLKit
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

    @Test("saving sets the status and times once: planned and asked become answered, skipped and dodged stay; a blank save clears the text",
          arguments: Backend.available)
    func statusesAndTimes(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, fixed in
            // A minute passes at every reading of the clock, so each time written is distinct.
            let clock = SteppingClock()
            let store = Store(db: fixed.db, accountID: fixed.accountID, now: { clock.next() })
            let interview = try await PlanStoreTests.panel(store)
            let asks = try await store.plan(interviewID: interview.id).asks
            try #require(asks.count >= 3)
            let (planned, asked, dodged) = (asks[0], asks[1], asks[2])
            let askedAt = try await store.setStatus(askID: asked.id, .asked).askedAt
            try await store.setStatus(askID: dodged.id, .dodged)

            guard case let .saved(fromPlanned) = try await store.saveAnswer(askID: planned.id, text: "Weekly.", baseVersion: planned.version) else {
                Issue.record("the save did not land"); return
            }
            #expect(fromPlanned.status == .answered && fromPlanned.answer == "Weekly.")
            #expect(fromPlanned.askedAt != nil && fromPlanned.askedAt == fromPlanned.answeredAt && fromPlanned.updatedAt == fromPlanned.answeredAt)
            #expect(try await store.ask(id: planned.id) == fromPlanned, "what the save returns is what is stored")

            guard case let .saved(fromAsked) = try await store.saveAnswer(askID: asked.id, text: "Monthly.", baseVersion: asked.version) else {
                Issue.record("the save did not land"); return
            }
            #expect(fromAsked.status == .answered && fromAsked.askedAt == askedAt, "the time it was asked is kept")
            #expect(fromAsked.answeredAt != nil && fromAsked.answeredAt! > askedAt!)

            guard case let .saved(again) = try await store.saveAnswer(askID: asked.id, text: "Monthly, mostly.", baseVersion: fromAsked.version) else {
                Issue.record("the save did not land"); return
            }
            #expect(again.answeredAt == fromAsked.answeredAt, "an answered question keeps the time it was first answered")
            #expect(again.updatedAt > fromAsked.updatedAt && again.version == fromAsked.version + 1)

            let dodgedNow = try await store.ask(id: dodged.id)
            guard case let .saved(fromDodged) = try await store.saveAnswer(askID: dodged.id, text: "Said nothing useful.", baseVersion: dodgedNow.version) else {
                Issue.record("the save did not land"); return
            }
            #expect(fromDodged.status == .dodged && fromDodged.answeredAt == nil && fromDodged.answer == "Said nothing useful.")

            guard case let .saved(blank) = try await store.saveAnswer(askID: planned.id, text: " \n\t", baseVersion: fromPlanned.version) else {
                Issue.record("the save did not land"); return
            }
            #expect(blank.answer == nil && blank.status == .answered && blank.version == fromPlanned.version + 1)
            #expect(try await store.ask(id: planned.id) == blank)
        }
    }

    /// PostgreSQL sends a statement's "complete" before the implicit commit after it; a save
    /// acknowledged then could still be lost. A check deferred to commit time stands in for a
    /// commit that fails (a crash, a full disk): the save must fail, not come back as saved.
    @Test("on PostgreSQL a save is acknowledged only once its commit has succeeded",
          arguments: Backend.available.filter { $0 == .postgres })
    func acknowledgedAfterCommit(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let interview = try await PlanStoreTests.panel(store)
            let ask = try #require(try await store.plan(interviewID: interview.id).asks.first)
            let sql = try #require(store.db as? any SQLDatabase)
            try await sql.raw("""
                CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.answer = 'Refused at commit.' THEN RAISE EXCEPTION 'refused at commit'; END IF;
                    RETURN NULL;
                END $$
                """).run()
            try await sql.raw("""
                CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER UPDATE ON asks
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit()
                """).run()
            await #expect(throws: (any Error).self) {
                try await store.saveAnswer(askID: ask.id, text: "Refused at commit.", baseVersion: ask.version)
            }
            let stored = try #require(try await store.plan(interviewID: interview.id).asks.first { $0.id == ask.id })
            #expect(stored.answer == nil && stored.version == ask.version, "nothing of the refused save is stored")
            // The connection is still good for the next save.
            guard case .saved = try await store.saveAnswer(askID: ask.id, text: "Saved.", baseVersion: ask.version) else {
                Issue.record("a save after the refused one did not land")
                return
            }
        }
    }

    @Test("a save to an unknown question or another account's finds nothing and writes nothing", arguments: Backend.available)
    func unknownAndForeign(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db, store in
            let interview = try await PlanStoreTests.panel(store)
            let ask = try #require(try await store.plan(interviewID: interview.id).asks.first)
            await #expect(throws: CandorError.self) {
                try await store.saveAnswer(askID: UUID(), text: "Lost.", baseVersion: 0)
            }
            let stranger = db.store(account: AccountID.demo)
            await #expect(throws: CandorError.self) {
                try await stranger.saveAnswer(askID: ask.id, text: "Not mine.", baseVersion: ask.version)
            }
            #expect(try await store.ask(id: ask.id) == ask)
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

/// A clock a minute further on at every reading.
final class SteppingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant = Date(timeIntervalSince1970: 1_800_000_000)

    func next() -> Date {
        lock.withLock {
            instant += 60
            return instant
        }
    }
}

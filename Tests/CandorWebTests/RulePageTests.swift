import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

/// The store's rules reach the web app as 422 pages (or JSON under /api/) that change nothing.
@Suite("Rules on the web")
struct RulePageTests {
    @Test("on a held interview, Plan again, pin, unpin, drop, move and add get 422 and change nothing")
    func heldPlanIsFrozen() async throws {
        try await withCandorApp { app, store in
            let interview = try await PlanPageTests.panel(store, startsAt: Date().addingTimeInterval(-7_200))
            let plan = try await store.plan(interviewID: interview.id)
            _ = try await store.finishInterview(interviewID: interview.id, minutesGiven: 10)
            let ask = try #require(plan.questions.first)
            let other = try #require(try await store.questions().first { !$0.isClosing && !plan.asks.compactMap(\.questionID).contains($0.id) })
            var posts = ["\(PlanPageTests.planPath(interview))/replan"]
            posts += ["pin", "unpin", "drop", "up", "down"].map { "plan-items/\(ask.id)/\($0)" }
            for path in posts {
                try await app.local().test(.POST, path) { res in
                    #expect(res.status == .unprocessableEntity, "\(path)")
                    #expect(res.html.contains("its plan is a record now"), "\(path)")
                }
            }
            try await app.local().test(.POST, "\(PlanPageTests.planPath(interview))/add", beforeRequest: { req in
                try req.form(["personID": ask.personID.uuidString, "questionID": other.id.uuidString])
            }) { res in
                #expect(res.status == .unprocessableEntity)
            }
            #expect(try await store.asks(interviewID: interview.id) == plan.asks)
        }
    }

    @Test("marking an interview still to come as done gets 422 with the form kept, and changes nothing")
    func doneBeforeItHappened() async throws {
        try await withCandorApp { app, store in
            let interview = try await PlanPageTests.panel(store)
            let start = LocalTime.format(interview.startsAt, in: PlanPageTests.utc)
            var form = ["startsAt": start, "timeZone": "UTC", "durationMinutes": "60", "kind": "panel", "format": "video",
                        "status": "done", "questionMinutesPlanned": "20", "notes": "typed notes"]
            for (index, person) in interview.participants.enumerated() { form["slot\(index)Person"] = person.personID.uuidString }
            try await app.local().test(.POST, "interviews/\(interview.id)", beforeRequest: { req in
                try req.form(form)
            }) { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains("still to come: mark it done once it has taken place"))
                #expect(res.html.contains("typed notes"))
            }
            #expect(try await store.interview(id: interview.id) == interview)
        }
    }

    @Test("adding a closing question to a plan gets 422 and changes nothing")
    func closingQuestionIsNotAdded() async throws {
        try await withCandorApp { app, store in
            let interview = try await PlanPageTests.panel(store)
            let plan = try await store.plan(interviewID: interview.id)
            let closing = try await store.ensureClosingQuestions()
            try await app.local().test(.POST, "\(PlanPageTests.planPath(interview))/add", beforeRequest: { req in
                try req.form(["personID": interview.participants[0].personID.uuidString, "questionID": closing.improve.id.uuidString])
            }) { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains("closing round"))
            }
            #expect(try await store.asks(interviewID: interview.id) == plan.asks)
        }
    }

    @Test("a theme correction on a question nobody answered gets 422 and changes nothing")
    func correctionNeedsAnAnswer() async throws {
        try await withCandorApp { app, store in
            let interview = try await PlanPageTests.panel(store)
            let ask = try #require(try await store.plan(interviewID: interview.id).questions.first)
            try await app.local().test(.POST, "asks/\(ask.id)/themes", beforeRequest: { req in
                try req.form(["action": "confirm", "theme": "on-call"])
            }) { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains("Nothing was answered"))
            }
            #expect(try await store.ask(id: ask.id).tags.isEmpty)
        }
    }

    @Test("the status API refuses answered and unknown statuses with the settable ones named")
    func settableStatuses() async throws {
        try await withCandorApp { app, store in
            let interview = try await PlanPageTests.panel(store)
            let ask = try #require(try await store.plan(interviewID: interview.id).questions.first)
            for status in ["answered", "bogus"] {
                try await app.local().test(.PUT, "api/asks/\(ask.id)/status", beforeRequest: { req in
                    try req.content.encode(["status": status], as: .json)
                }) { res in
                    #expect(res.status == .unprocessableEntity, "\(status)")
                    #expect(res.body.string.contains("planned, asked, skipped, dodged"), "\(status)")
                }
            }
            #expect(try await store.ask(id: ask.id).status == .planned)
        }
    }
}

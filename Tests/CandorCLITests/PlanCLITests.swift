import CandorCore
import Foundation
import Testing

/// `candor plan` on the demo's Lumen Health, with a three-person panel tomorrow.
struct PlanCLITests {
    /// What `candor plan --json` prints.
    struct PlanJSON: Decodable {
        var interview: Interview
        var budgetMinutes: Int
        var plannedMinutes: Int
        var asks: [Ask]

        var questions: [Ask] { asks.filter { !$0.reasons.contains(.closing) } }
        var closingRound: [Ask] { asks.filter { $0.reasons.contains(.closing) } }

        func name(of ask: Ask) -> String? {
            interview.participants.first { $0.personID == ask.personID }?.name
        }
    }

    private func plan(_ sandbox: Sandbox, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> PlanJSON {
        try plan(sandbox, arguments, sourceLocation: sourceLocation)
    }

    private func plan(_ sandbox: Sandbox, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> PlanJSON {
        let run = try sandbox.candor(["plan"] + arguments + ["--json"])
        #expect(run.status == 0, "\(run.errors)", sourceLocation: sourceLocation)
        return try CandorJSON.decoder().decode(PlanJSON.self, from: Data(run.output.utf8))
    }

    @Test func closingRoundGoesDownThePanelThenBackAndFollowsUpOnCall() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let plan = try plan(sandbox, id)
        let panel = plan.interview.participants.sorted { $0.position < $1.position }.map(\.name)
        #expect(panel == ["Ana Ruiz", "Priya Raman", "Sam Okafor"])
        #expect(plan.budgetMinutes == 20)
        #expect(plan.plannedMinutes <= 20)

        // Love in panel order, then improve in reverse; the closing round comes last.
        let closing = plan.closingRound
        #expect(closing.compactMap(plan.name(of:)) == panel + panel.reversed())
        #expect(Set(closing.prefix(3).map(\.questionID)).count == 1)
        #expect(Set(closing.suffix(3).map(\.questionID)).count == 1)
        #expect(closing.first?.questionID != closing.last?.questionID)
        #expect(Array(plan.asks.suffix(closing.count)) == closing)

        // The first question follows up on the on-call trouble heard earlier at Lumen.
        let first = try #require(plan.asks.first)
        #expect(!first.reasons.contains(.closing))
        #expect(first.reasons.contains { if case .followUp(theme: .onCall, _, _) = $0 { true } else { false } })

        let text = try sandbox.candor("plan", id)
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.hasPrefix("Plan for Panel at Lumen Health, "))
        #expect(text.output.contains(" of 20 minutes\n"))
        #expect(text.output.contains("\nAna Ruiz (engineer)\n  [ ] \(first.id.prefix8)  "))
        #expect(text.output.contains("follow-up: "))
        #expect(text.output.contains(" raised on-call and operations on "))
        #expect(text.output.contains("\nClosing round\n  [ ] \(closing[0].id.prefix8)  Ana Ruiz: "))
        #expect(text.output.contains("Still to be asked the closing questions: "))
    }

    @Test func aDroppedQuestionStaysOutWhenReplanning() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let first = try #require(try plan(sandbox, id).questions.first)
        let questionID = try #require(first.questionID)

        let dropped = try plan(sandbox, id, "--drop", first.id.prefix8)
        #expect(!dropped.asks.contains { $0.id == first.id })
        #expect(!dropped.asks.contains { $0.questionID == questionID })
        #expect(dropped.closingRound.count == 6)

        let replanned = try plan(sandbox, id, "--replan")
        #expect(!replanned.asks.contains { $0.questionID == questionID })
    }

    @Test func aPinnedQuestionSurvivesReplanning() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let target = try #require(try plan(sandbox, id).questions.last { !$0.pinned })

        let pinned = try plan(sandbox, id, "--pin", target.id.prefix8)
        #expect(pinned.asks.first { $0.id == target.id }?.pinned == true)
        #expect(try sandbox.candor("plan", id).output.contains("  [ ] \(target.id.prefix8)* "))

        let replanned = try plan(sandbox, id, "--replan")
        #expect(replanned.asks.first { $0.id == target.id }?.pinned == true)

        let unpinned = try plan(sandbox, id, "--unpin", target.id.prefix8)
        #expect(unpinned.asks.first { $0.id == target.id }?.pinned == false)
    }

    @Test func dropsInTheSameCommandLeaveThePinnedQuestionsWhereTheyAre() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let questions = try plan(sandbox, id).questions
        let first = try #require(questions.first)
        let rest = questions.dropFirst()
        #expect(!rest.isEmpty)
        let edited = try plan(sandbox, [id, "--drop", first.id.prefix8] + rest.flatMap { ["--pin", $0.id.prefix8] })
        for ask in rest {
            let kept = edited.asks.first { $0.id == ask.id }
            #expect(kept?.pinned == true)
            #expect(kept?.personID == ask.personID)
        }
        #expect(!edited.asks.contains { $0.questionID == first.questionID })

        let both = try sandbox.candor("plan", id, "--drop", rest.first!.id.prefix8, "--pin", rest.first!.id.prefix8)
        #expect(both.status == 1)
        #expect(both.errorLines == ["Error: --pin: \(rest.first!.id.prefix8) is given to --drop too; keep it or drop it, not both"])
    }

    @Test func aBankQuestionIDPinsEveryAskOfIt() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let love = try #require(try plan(sandbox, id).closingRound.first?.questionID)
        let pinned = try plan(sandbox, id, "--pin", love.prefix8)
        #expect(pinned.closingRound.prefix(3).map(\.pinned) == [true, true, true])
        #expect(pinned.closingRound.suffix(3).map(\.pinned) == [false, false, false])
    }

    @Test func anAddedQuestionAppearsUnderItsPerson() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let question = "Can I see the on-call dashboard?"
        let plan = try plan(sandbox, id, "--add", question, "--to", "ana")
        let added = try #require(plan.asks.first { $0.questionText == question })
        #expect(plan.name(of: added) == "Ana Ruiz")
        #expect(added.pinned)
        #expect(added.questionID == nil)
        #expect(added.reasons.contains(.added))

        let text = try sandbox.candor("plan", id).output
        let ana = try #require(text.range(of: "\nAna Ruiz (engineer)\n"))
        let priya = try #require(text.range(of: "\nPriya Raman (hiring-manager)\n"))
        let line = try #require(text.range(of: "\(added.id.prefix8)* \(question)  (2 min; added by you)"))
        #expect(ana.upperBound <= line.lowerBound && line.upperBound <= priya.lowerBound)
    }

    @Test func markdownIsAPrintableSheet() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let run = try sandbox.candor("plan", id, "--markdown")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("# Panel at Lumen Health\n"))
        #expect(run.output.contains("\n- Priya Raman, Engineering Manager (hiring manager)\n"))
        #expect(run.output.contains("\n## Ana Ruiz\n\n- [ ] "))
        #expect(run.output.contains("\n  Notes:\n"))
        #expect(run.output.contains("\n## Closing round\n\n1. Ana Ruiz: What "))
        #expect(run.output.contains("\n6. Ana Ruiz: What "))
    }

    @Test func anUnknownInterviewGivesTheHint() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("demo").status == 0)
        let run = try sandbox.candor("plan", "nope")
        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: No interview matches 'nope'. Run `candor interview list` to see interview ids."])
    }

    @Test func addWithoutToIsBadUsage() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let run = try sandbox.candor("plan", id, "--add", "Can I see the on-call dashboard?")
        #expect(run.status == 64)
        #expect(run.errors.contains("--to"))
        #expect(try sandbox.candor("plan", id, "--json", "--markdown").status == 64)
    }

    @Test func wrongReferencesAreRefusedInOneLineAndChangeNothing() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let before = try plan(sandbox, id)
        let first = try #require(before.questions.first)

        let unknown = try sandbox.candor("plan", id, "--drop", first.id.prefix8, "--pin", "ffff0000")
        #expect(unknown.status == 1)
        #expect(unknown.errorLines == ["Error: --pin: 'ffff0000' matches no question in this plan. Run `candor plan \(id)` to see the ids of its questions."])

        let stranger = try sandbox.candor("plan", id, "--drop", first.id.prefix8, "--add", "Why?", "--to", "Tomás")
        #expect(stranger.status == 1)
        #expect(stranger.errorLines == ["Error: --to: 'Tomás' is not on this interview's panel: Ana Ruiz, Priya Raman, Sam Okafor"])

        let closing = try #require(before.closingRound.first)
        let refused = try sandbox.candor("plan", id, "--drop", closing.id.prefix8)
        #expect(refused.status == 1)
        #expect(refused.errorLines.count == 1)

        #expect(try plan(sandbox, id).asks.map(\.id) == before.asks.map(\.id))
    }

    @Test func aHeldInterviewShowsWhatWasAskedAndIsNotReplanned() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("demo").status == 0)
        let list = try sandbox.candor("interview", "list", "--json", "--company", "lumen")
        let interviews = try CandorJSON.decoder().decode([Interview].self, from: Data(list.output.utf8))
        let held = try #require(interviews.first { $0.kind == .panel && $0.status == .done })
        let id = held.id.prefix8
        let before = try plan(sandbox, id)

        let text = try sandbox.candor("plan", id)
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.contains("\nClosing round\n  [✓] "))
        // What was asked on the spot stays in the record, marked asked.
        #expect(text.output.contains("Tomás Ortega (engineer)\n  [✓] "))
        #expect(text.output.contains("What surprised you most in your first month here?"))
        #expect(!text.output.contains("--replan"))

        let replan = try sandbox.candor("plan", id, "--replan")
        #expect(replan.status == 1)
        #expect(replan.errorLines == ["Error: Panel at Lumen Health (\(id)) is done: its plan is a record now and is not changed. Plan an interview still to come."])
        #expect(try plan(sandbox, id).asks == before.asks)
    }

    @Test func anInterviewWithoutAPanelSaysToAddPeople() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("company", "add", "Acme").status == 0)
        let added = try sandbox.candor("interview", "add", "Acme", "--at", "2030-03-14 15:30", "--tz", "UTC")
        #expect(added.status == 0, "\(added.errors)")
        let id = try #require(added.output.split(separator: "(").last?.prefix(8))
        let run = try sandbox.candor("plan", String(id))
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.errors.hasPrefix("Error: Nobody is on the panel of Interview at Acme"))
        #expect(run.errors.contains("candor interview add"))
    }
}

private extension UUID {
    /// The first 8 characters, as `candor plan` shows ids.
    var prefix8: String { String(uuidString.lowercased().prefix(8)) }
}

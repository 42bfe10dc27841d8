import CandorCore
import Foundation
import Testing

/// `candor answer`, `candor answers` and `candor interview done` on the demo's Lumen Health,
/// with a three-person panel tomorrow (see ``Sandbox``).
struct CaptureCLITests {
    /// What `candor answers --json` prints.
    struct AnswersJSON: Decodable {
        var interview: Interview
        var asks: [Ask]
        var gutFeelings: [GutFeeling]

        func person(_ name: String) throws -> UUID {
            try #require(interview.participants.first { $0.name == name }?.personID)
        }

        /// The closing-round ask of the love (or improve) question put to `name`.
        func closing(_ name: String, love: Bool) throws -> Ask {
            let personID = try person(name)
            let round = asks.filter { $0.reasons.contains(.closing) }
            let loveID = try #require(round.first?.questionID)
            return try #require(round.first { $0.personID == personID && ($0.questionID == loveID) == love })
        }
    }

    private func answers(_ sandbox: Sandbox, _ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> AnswersJSON {
        let run = try sandbox.candor("answers", id, "--json")
        #expect(run.status == 0, "\(run.errors)", sourceLocation: sourceLocation)
        return try CandorJSON.decoder().decode(AnswersJSON.self, from: Data(run.output.utf8))
    }

    private func short(_ id: UUID) -> String { String(id.uuidString.lowercased().prefix(8)) }

    @Test func anAnswerToTheLoveQuestionIsSavedAsAnswered() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let text = "The people. Nobody is blamed for an outage; we fix the system."
        let run = try sandbox.candor("answer", id, "--person", "ana", "--question", "love", "--text", text)
        #expect(run.status == 0, "\(run.errors)")

        let after = try answers(sandbox, id)
        let ask = try after.closing("Ana Ruiz", love: true)
        #expect(ask.answer == text)
        #expect(ask.status == .answered)
        #expect(ask.answeredAt != nil)
        #expect(ask.version == 1)
        #expect(run.output == "Saved answer from Ana Ruiz to \"What do you love most about working at…\" (\(short(ask.id)))\n")
        // Nobody else's answer changed, and gut feelings are there (none yet).
        #expect(after.asks.filter { $0.answer != nil }.map(\.id) == [ask.id])
        #expect(after.gutFeelings.isEmpty)

        let listing = try sandbox.candor("answers", id)
        #expect(listing.status == 0, "\(listing.errors)")
        #expect(listing.output.hasPrefix("Answers in Panel at Lumen Health, "))
        #expect(listing.output.contains("Ana Ruiz, answered (\(short(ask.id)))\n"))
        #expect(listing.output.contains("\n     \(text)\n"))
        #expect(listing.output.contains("Gut feelings: none recorded."))
    }

    @Test func anAnswerFromStandardInputKeepsEveryByte() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let text = [
            "مرحبا — the on-call rota is שלום עולם, honestly 👩🏽‍💻🇺🇦",
            "Cafe\u{301} and caf\u{E9} are different bytes; so are \u{FB01} and fi.",
            "",
            "  <script>alert(\"x\")</script> & \\n stays literal\t",
            "last line with trailing spaces   ",
        ].joined(separator: "\n")
        let run = try sandbox.candor(["answer", id, "--person", "Priya Raman", "--question", "improve"], input: Data((text + "\n").utf8))
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Saved answer from Priya Raman to \"What could Lumen Health do better?"))

        let stored = try #require(try answers(sandbox, id).closing("Priya Raman", love: false).answer)
        #expect(Array(stored.utf8) == Array(text.utf8))

        // Only one final line break is taken off; one before it is part of the answer.
        let again = try sandbox.candor(["answer", id, "--person", "priya", "--question", "improve"], input: Data((text + "\n\n").utf8))
        #expect(again.status == 0, "\(again.errors)")
        let second = try answers(sandbox, id).closing("Priya Raman", love: false)
        #expect(Array((second.answer ?? "").utf8) == Array((text + "\n").utf8))
        #expect(second.version == 2)
    }

    @Test func anAnswerOverTheLimitIsRefusedWholeAndOneAtTheLimitKeptWhole() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let tooLong = String(repeating: "a", count: Ask.maxAnswerLength + 1)
        let refused = try sandbox.candor(["answer", id, "--person", "sam", "--question", "love"], input: Data(tooLong.utf8))
        #expect(refused.status == 1)
        #expect(refused.errorLines == ["Error: answer: is 20001 characters long; the limit is 20000. Nothing was saved"])
        let refusedText = try sandbox.candor("answer", id, "--person", "sam", "--question", "love", "--text", tooLong)
        #expect(refusedText.status == 1)
        #expect(refusedText.errorLines.count == 1)
        let untouched = try answers(sandbox, id).closing("Sam Okafor", love: true)
        #expect(untouched.answer == nil)
        #expect(untouched.status == .planned)
        #expect(untouched.version == 0)

        // Characters, not bytes: the emoji and the accented letter count one each.
        let atLimit = String(repeating: "ab", count: (Ask.maxAnswerLength - 2) / 2) + "é👩🏽‍💻"
        #expect(atLimit.count == Ask.maxAnswerLength)
        let kept = try sandbox.candor(["answer", id, "--person", "sam", "--question", "love"], input: Data((atLimit + "\n").utf8))
        #expect(kept.status == 0, "\(kept.errors)")
        let stored = try #require(try answers(sandbox, id).closing("Sam Okafor", love: true).answer)
        #expect(stored.count == Ask.maxAnswerLength)
        #expect(Array(stored.utf8) == Array(atLimit.utf8))
    }

    @Test func statusAloneMarksTheQuestionDodged() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let run = try sandbox.candor("answer", id, "--person", "sam", "--question", "improve", "--status", "dodged")
        #expect(run.status == 0, "\(run.errors)")
        let ask = try answers(sandbox, id).closing("Sam Okafor", love: false)
        #expect(ask.status == .dodged)
        #expect(ask.answer == nil)
        #expect(run.output == "Marked \"What could Lumen Health do better? If…\" for Sam Okafor as dodged (\(short(ask.id)))\n")

        let wrong = try sandbox.candor("answer", id, "--person", "sam", "--question", "improve", "--status", "answered")
        #expect(wrong.status == 1)
        #expect(wrong.errorLines == ["Error: --status: 'answered' is not one of planned, asked, skipped, dodged"])
    }

    @Test func aPlanIdOrABankQuestionFindsTheAskAndAMissingOneIsAdded() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let before = try answers(sandbox, id)
        let anas = try #require(before.asks.first { !$0.reasons.contains(.closing) && $0.personID == (try? before.person("Ana Ruiz")) })
        let byAsk = try sandbox.candor("answer", id, "--person", "ana", "--question", short(anas.id), "--text", "The quiet ones.")
        #expect(byAsk.status == 0, "\(byAsk.errors)")
        #expect(try answers(sandbox, id).asks.first { $0.id == anas.id }?.answer == "The quiet ones.")

        // A bank question Sam has not got in the plan is added for him, then answered.
        let bank = try CandorJSON.decoder().decode(
            [Question].self, from: Data(try sandbox.candor("question", "list", "--json").output.utf8))
        let planned = Set(before.asks.compactMap(\.questionID))
        let question = try #require(bank.first { !$0.isClosing && !planned.contains($0.id) })
        let added = try sandbox.candor("answer", id, "--person", "sam", "--question", short(question.id), "--text", "Stability.")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.hasPrefix("Added \""))
        let after = try answers(sandbox, id)
        let ask = try #require(after.asks.first { $0.questionID == question.id })
        #expect(ask.personID == (try after.person("Sam Okafor")))
        #expect(ask.answer == "Stability.")
        #expect(ask.status == .answered)

        let nothing = try sandbox.candor("answer", id, "--person", "sam", "--question", "0000aaaa", "--text", "x")
        #expect(nothing.status == 1)
        #expect(nothing.errorLines.count == 1)
        #expect(nothing.errors.contains("matches no question in this interview's plan nor in your bank"))
    }

    @Test func anInterviewStillToComeCannotBeMarkedDone() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let run = try sandbox.candor("interview", "done", id, "--minutes-given", "10")
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.errors.contains("still to come: mark it done once it has taken place"))
        #expect(try answers(sandbox, id).interview.status == .scheduled)
    }

    @Test func interviewDoneWithNoMinutesGivenSaysItIsASignal() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox, daysAhead: -1)
        let tooMany = try sandbox.candor("interview", "done", id, "--minutes-given", "61")
        #expect(tooMany.status == 1)
        #expect(tooMany.errorLines.count == 1)
        #expect(tooMany.errors.contains("--minutes-given: 61 is not between 0 and 60"))
        #expect(try answers(sandbox, id).interview.status == .scheduled)

        let run = try sandbox.candor("interview", "done", id, "--minutes-given", "0", "--notes", "Ran over; Sam left early.")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Marked Panel at Lumen Health on "))
        #expect(run.output.contains(" as done (\(id)): 0 of 60 minutes were left for your questions (you planned 20).\n"))
        #expect(run.output.contains("no time for your questions is a signal"))
        let interview = try answers(sandbox, id).interview
        #expect(interview.status == .done)
        #expect(interview.questionMinutesGiven == 0)
        #expect(interview.notes == "Ran over; Sam left early.")

        let some = try sandbox.candor("interview", "done", id, "--minutes-given", "15")
        #expect(some.status == 0, "\(some.errors)")
        #expect(!some.output.contains("signal"))
        #expect(try answers(sandbox, id).interview.questionMinutesGiven == 15)
    }

    @Test func aHeldInterviewTakesAnswersToWhatWasAskedButKeepsItsRecord() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("demo").status == 0)
        let list = try CandorJSON.decoder().decode(
            [Interview].self, from: Data(try sandbox.candor("interview", "list", "--json").output.utf8))
        let held = try #require(list.first { $0.status == .done && $0.participants.map(\.name) == ["Lena Vogt"] })
        let before = try answers(sandbox, short(held.id))

        let run = try sandbox.candor("answer", short(held.id), "--person", "lena", "--question", "love", "--text", "Trust.")
        #expect(run.status == 0, "\(run.errors)")
        let after = try answers(sandbox, short(held.id))
        #expect(after.asks.count == before.asks.count)
        let changed = after.asks.filter { ask in before.asks.first { $0.id == ask.id }?.answer != ask.answer }
        #expect(changed.map(\.answer) == ["Trust."])

        let bank = try CandorJSON.decoder().decode(
            [Question].self, from: Data(try sandbox.candor("question", "list", "--json").output.utf8))
        let asked = Set(before.asks.compactMap(\.questionID))
        let other = try #require(bank.first { !$0.isClosing && !asked.contains($0.id) })
        let refused = try sandbox.candor("answer", short(held.id), "--person", "lena", "--question", short(other.id), "--text", "x")
        #expect(refused.status == 1)
        #expect(refused.errorLines.count == 1)
        #expect(refused.errors.contains("its record is kept as it is"))
        #expect(try answers(sandbox, short(held.id)).asks == after.asks)
    }

    @Test func someoneNotOnThePanelIsRefusedInOneLineNamingThePanel() throws {
        let sandbox = try Sandbox()
        let id = try lumenPanel(sandbox)
        let run = try sandbox.candor("answer", id, "--person", "mei", "--question", "love", "--text", "Great people.")
        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: --person: 'mei' is not on this interview's panel: Ana Ruiz, Priya Raman, Sam Okafor"])
        #expect(try answers(sandbox, id).asks.allSatisfy { $0.answer == nil })
    }
}

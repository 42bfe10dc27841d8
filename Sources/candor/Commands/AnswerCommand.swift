import ArgumentParser
import CandorCore
import CandorStore
import Foundation

struct AnswerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: "Record what an interviewer answered to one of your questions.",
        discussion: """
            The answer is --text, or else all of standard input (type or paste it, then Ctrl-D), \
            kept exactly as given except for one final line break. At most \
            \(Output.grouped(Ask.maxAnswerLength)) characters; a longer answer is refused whole.

            --question is `love` or `improve` (the closing questions), the start of a bank \
            question's id (as `candor question list` shows), or the start of a question's id in \
            the plan (as `candor plan` shows). A question the person has not got in the plan of \
            an interview still to come is added to it.

            Examples:
              candor answer 1a2b --person ana --question love --text "Nobody is blamed."
              candor answer 1a2b --person priya --question 9c0d < priya-on-call.txt
              candor answer 1a2b --person sam --question improve --status dodged
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The interview id, or its first characters (as `candor interview list` shows).")
    var interview: String

    @Option(help: ArgumentHelp(
        "Who answered: a panel member's name, or the start of it or of one of its words.", valueName: "name"))
    var person: String

    @Option(help: ArgumentHelp(
        "love, improve, a bank question id, or a question id from the plan (or the start of one).", valueName: "q"))
    var question: String

    @Option(help: ArgumentHelp("The answer (default: read all of standard input).", valueName: "text"))
    var text: String?

    @Option(help: ArgumentHelp(
        "Also mark the question asked, skipped, dodged or planned again; without --text, only that is changed.", valueName: "status"))
    var status: String?

    /// Standard input past this is refused before it is decoded.
    static let maxInputBytes = 4 * 1_048_576

    func run() async throws {
        let status = try status.map(Self.parseStatus)
        let target = try AnswerTarget(question)

        let (outcome, answer) = try await database.withStore { store in
            // Every reference is checked before the answer is read, so a typo is reported before
            // anyone types or pastes a long answer; the answer is checked before anything is written.
            let interview = try await store.interview(matching: self.interview)
            let person = try Panel.member(self.person, in: interview, option: "--person")
            let located = try await target.locate(for: person, in: interview, store: store)
            let answer = try answerText(statusOnly: status != nil)
            var outcome = try await located.ask(store: store)
            if let answer {
                (outcome.ask, outcome.retried) = try await Self.save(answer, into: outcome.ask, store: store)
            }
            if let status {
                outcome.ask = try await store.setStatus(askID: outcome.ask.id, status)
            }
            return (outcome, answer)
        }

        let question = "\"\(Output.opening(outcome.ask.questionText))\""
        let name = Output.printable(outcome.person.name)
        if outcome.added {
            print("Added \(question) for \(name) to the plan (\(outcome.ask.id.short))")
        }
        if answer != nil {
            print("Saved answer from \(name) to \(question) (\(outcome.ask.id.short))")
            if outcome.retried {
                print("Note: this answer had just been changed elsewhere (the web app?); yours replaced that version.")
            }
        }
        if let status {
            print("Marked \(question) for \(name) as \(status.rawValue) (\(outcome.ask.id.short))")
        }
        if !outcome.displaced.isEmpty {
            let names = PlanText.names(outcome.interview)
            let taken = outcome.displaced.map { "\"\(Output.opening($0.questionText))\" (\(names[$0.personID] ?? "someone"))" }
            print("To make room, re-planning took out \(taken.joined(separator: ", ")). "
                + "Run `candor plan \(outcome.interview.id.short)` to see the plan.")
        }
    }

    /// `--status` as one of the statuses a person may set (`AskStatus.settable`).
    static func parseStatus(_ input: String) throws -> AskStatus {
        try AskStatus.parseSettable(input, field: "--status")
    }

    /// The answer to save: `--text`, or standard input unless only a status is being set.
    /// Checked before anything is written, so a refused answer changes nothing.
    private func answerText(statusOnly: Bool) throws -> String? {
        let field: String
        let answer: String
        if let text {
            (field, answer) = ("--text", text)
        } else if statusOnly {
            return nil
        } else {
            if StandardInput.isTerminal {
                FileHandle.standardError.write(Data("Type or paste the answer, then press Ctrl-D on a line of its own.\n".utf8))
            }
            (field, answer) = ("answer", try StandardInput.text(field: "answer", maxBytes: Self.maxInputBytes))
        }
        guard answer.trimmedOrNil != nil else {
            throw CandorError.invalidField(
                field: field, reason: "is empty; give the answer with --text or on standard input. Nothing was saved")
        }
        // The store checks the answer (Ask.checkAnswer); here its field is named as typed.
        do {
            try Ask.checkAnswer(answer)
        } catch let CandorError.invalidField(_, reason) {
            throw CandorError.invalidField(field: field, reason: reason + ". Nothing was saved")
        }
        return answer
    }

    /// Saves from the version just read; if someone saved in between, once more from theirs.
    private static func save(_ answer: String, into ask: Ask, store: Store) async throws -> (Ask, retried: Bool) {
        switch try await store.saveAnswer(askID: ask.id, text: answer, baseVersion: ask.version) {
        case let .saved(saved):
            return (saved, false)
        case let .conflict(current):
            switch try await store.saveAnswer(askID: ask.id, text: answer, baseVersion: current.version) {
            case let .saved(saved):
                return (saved, true)
            case .conflict:
                throw CandorError.notAllowed(reason: "The answer to \"\(Output.opening(ask.questionText))\" (\(ask.id.short)) "
                    + "keeps changing elsewhere (is it open in the web app?), so nothing was saved. Run the command again.")
            }
        }
    }
}

/// The question `--question` names, before it is looked up.
enum AnswerTarget: Sendable {
    case closing(QuestionSpecial)
    case id(IDPrefix)

    init(_ reference: String) throws {
        let key = reference.trimmingCharacters(in: .whitespaces).lowercased()
        switch key {
        case "love": self = .closing(.closingLove)
        case "improve": self = .closing(.closingImprove)
        default:
            guard let prefix = IDPrefix(key) else {
                throw CandorError.invalidField(field: "--question", reason: "'\(reference)' is neither love, improve nor a "
                    + "question id: give at least \(IDPrefix.minimumLength) characters of an id from `candor plan` or `candor question list`")
            }
            self = .id(prefix)
        }
    }

    /// The ask the answer goes into, or the question to add to the plan for it.
    struct Located: Sendable {
        var interview: Interview
        var person: Participant
        var existing: Ask?
        var missing: Question?
        var plan: [Ask]

        /// The ask, added to the plan first when missing.
        func ask(store: Store) async throws -> Found {
            if let existing {
                return Found(ask: existing, person: person, interview: interview)
            }
            guard let missing else { preconditionFailure("a located question has an ask or a question") }
            let added = try await store.addToPlan(interviewID: interview.id, personID: person.personID, questionID: missing.id, refill: false)
            let after = Set(try await store.asks(interviewID: interview.id).map(\.id))
            return Found(ask: try await store.ask(id: added.id), person: person, added: true,
                         displaced: plan.filter { !after.contains($0.id) }, interview: interview)
        }
    }

    /// What `answer` found: the ask the answer goes into and whose it is.
    struct Found: Sendable {
        var ask: Ask
        var person: Participant
        /// The question was not in the plan for this person, and was added.
        var added = false
        /// Planned questions the re-planning that follows an addition took out to make room.
        var displaced: [Ask] = []
        var interview: Interview
        /// The save was made again from a newer version.
        var retried = false
    }

    /// The ask for this person and question in the interview, or the question to add to the
    /// plan of an interview still to come when the person does not have it yet.
    func locate(for person: Participant, in interview: Interview, store: Store) async throws -> Located {
        guard interview.status != .cancelled else {
            throw CandorError.notAllowed(reason: "\(interview.title) (\(interview.id.short)) was cancelled, "
                + "so nobody answered anything in it.")
        }
        let plan = try await store.plan(interviewID: interview.id)
        let question: Question
        switch self {
        case let .closing(special):
            let closing = try await store.ensureClosingQuestions()
            question = special == .closingLove ? closing.love : closing.improve
        case let .id(key):
            switch try await Self.lookUp(key, in: plan, store: store) {
            case let .ask(ask):
                if ask.personID == person.personID {
                    return Located(interview: interview, person: person, existing: ask, plan: plan.asks)
                }
                guard let questionID = ask.questionID else {
                    let owner = interview.participants.first { $0.personID == ask.personID }?.name ?? "someone no longer on the panel"
                    throw CandorError.invalidField(field: "--question", reason: "\(ask.id.short) is a question of your own "
                        + "for \(owner), not for \(person.name). Run `candor answers \(interview.id.short)` to see every question and whose it is")
                }
                // Another person's ask of a bank question stands for that question.
                question = try await store.question(id: questionID)
            case let .question(found):
                question = found
            }
        }
        let mine = plan.asks.filter { $0.personID == person.personID && $0.questionID == question.id }
        if let ask = mine.first(where: { $0.reasons.contains(.closing) == question.isClosing }) ?? mine.first {
            return Located(interview: interview, person: person, existing: ask, plan: plan.asks)
        }
        guard interview.status == .scheduled else {
            throw CandorError.notAllowed(reason: "\(person.name) was not asked \"\(Output.opening(question.text(for: interview.companyName)))\" "
                + "in \(interview.title) (\(interview.id.short)), which is \(interview.status.label.lowercased()): its record "
                + "is kept as it is. Run `candor answers \(interview.id.short)` to see what was asked in it.")
        }
        return Located(interview: interview, person: person, missing: question, plan: plan.asks)
    }

    /// An ask in the plan whose id starts with `key`, or else a bank question whose id does.
    private static func lookUp(_ prefix: IDPrefix, in plan: InterviewPlan, store: Store) async throws -> Match {
        let key = prefix.key
        let byAsk = plan.asks.filter { prefix.matches($0.id) }
        if byAsk.count > 1 {
            throw CandorError.ambiguous(kind: "planned question", reference: key, matches: byAsk.map(\.id.short))
        }
        let bank = try await store.questions(includeRetired: true).filter { prefix.matches($0.id) }
        if bank.count > 1, byAsk.isEmpty {
            throw CandorError.ambiguous(kind: "question", reference: key, matches: bank.map(\.id.short))
        }
        if let ask = byAsk.first {
            guard bank.isEmpty else {
                throw CandorError.ambiguous(
                    kind: "question", reference: key, matches: [ask.id.short + " (in the plan)"] + bank.map { $0.id.short + " (in your bank)" })
            }
            return .ask(ask)
        }
        if let question = bank.first { return .question(question) }
        throw CandorError.invalidField(field: "--question", reason: "'\(key)' matches no question in this interview's plan "
            + "nor in your bank. Run `candor answers \(plan.interview.id.short)` to see the ids of its questions")
    }

    private enum Match {
        case ask(Ask)
        case question(Question)
    }
}

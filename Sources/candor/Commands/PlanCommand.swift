import ArgumentParser
import CandorCore
import CandorStore
import Foundation

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the questions you ask in an interview: whom to ask what, in the minutes you have.",
        discussion: """
            The plan is made when an interview still to come is added or changed, and kept: edit it with the \
            options below, then it is printed. Q is the start of a question's id as the plan shows it \
            (8 characters), or of a bank question's id (every ask of that question in this interview).

            Edits apply in this order: --drop, --unpin, --pin, then --add and --add-question; \
            --replan plans again afterwards, keeping what you pinned, added or dropped.

            Examples:
              candor plan 1a2b
              candor plan 1a2b --drop 5e6f7a8b --pin 9c0d1e2f
              candor plan 1a2b --add "Can I see the on-call dashboard?" --to ana
              candor plan 1a2b --markdown > lumen-panel.md
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The interview id, or its first characters (as `candor interview list` shows).")
    var interview: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Flag(help: "Print a Markdown sheet to print or to take notes in.")
    var markdown = false

    @Option(name: .customLong("drop"), help: ArgumentHelp(
        "Leave a question out of this interview, now and when re-planning (repeatable).", valueName: "q"))
    var drops: [String] = []

    @Option(name: .customLong("unpin"), help: ArgumentHelp(
        "Let re-planning replace a question again (repeatable).", valueName: "q"))
    var unpins: [String] = []

    @Option(name: .customLong("pin"), help: ArgumentHelp(
        "Keep a question when re-planning (repeatable).", valueName: "q"))
    var pins: [String] = []

    @Option(name: .customLong("add"), help: ArgumentHelp(
        "A question of your own to ask the --to person, pinned.", valueName: "text"))
    var addText: String?

    @Option(name: .customLong("add-question"), help: ArgumentHelp(
        "A bank question (its id or the start of it) to ask the --to person, pinned.", valueName: "qid"))
    var addQuestion: String?

    @Option(name: .customLong("to"), help: ArgumentHelp(
        "Who --add and --add-question are for: a panel member's name or the start of it.", valueName: "person"))
    var to: String?

    @Flag(help: "Plan again from your current bank, profile and answers, keeping pins and drops.")
    var replan = false

    func validate() throws {
        if json, markdown {
            throw ValidationError("Give either --json or --markdown, not both.")
        }
        if addText != nil || addQuestion != nil, to == nil {
            throw ValidationError("\(addText != nil ? "--add" : "--add-question") needs --to PERSON: the panel member to ask.")
        }
        if to != nil, addText == nil, addQuestion == nil {
            throw ValidationError("--to goes with --add TEXT or --add-question QID.")
        }
    }

    func run() async throws {
        let edits = PlanEdits(
            drops: drops, unpins: unpins, pins: pins, addText: addText, addQuestion: addQuestion, to: to)
        let wantsCoverage = !json && !markdown
        let sheet = try await database.withStore { store -> PlanText.Sheet in
            let interview = try await store.interview(matching: self.interview)
            guard !interview.participants.isEmpty else {
                throw CandorError.notAllowed(reason: "Nobody is on the panel of \(interview.title) (\(interview.id.short)) yet, "
                    + "so there is nobody to plan questions for. Add the people you will meet on the interview's Edit page "
                    + "in the web app (`candor serve`), or add the interview again with `candor interview add COMPANY --at TIME --with NAME`.")
            }
            // Checked before anything else is read, with the store's own rule and message.
            if !edits.isEmpty || replan { try interview.checkPlanCanChange() }
            var plan = try await store.plan(interviewID: interview.id)
            if !edits.isEmpty {
                plan = try await store.transaction { try await edits.apply(to: interview, in: $0) }
            }
            if replan {
                plan = try await store.replan(interviewID: interview.id)
            }
            let bank = try await store.questions(includeRetired: true)
            var sheet = PlanText.Sheet(plan, closingQuestions: Set(bank.filter(\.isClosing).map(\.id)))
            if wantsCoverage {
                let themes = Dictionary(uniqueKeysWithValues: bank.map { ($0.id, $0.themes) })
                let planned = plan.asks.filter { $0.status == .planned }.compactMap { $0.questionID.flatMap { themes[$0] } }
                sheet.coverage = PlanText.Coverage(
                    company: try await store.coverage(companyID: interview.companyID), plannedThemes: Set(planned.joined()))
            }
            return sheet
        }
        if json { return try Output.json(PlanJSON(sheet.plan)) }
        if markdown { return print(PlanText.markdown(sheet), terminator: "") }
        PlanText.terminal(sheet).forEach { print($0) }
    }

    /// The JSON shape.
    struct PlanJSON: Encodable {
        var interview: Interview
        var budgetMinutes: Int
        var plannedMinutes: Int
        var asks: [Ask]

        init(_ plan: InterviewPlan) {
            interview = plan.interview
            budgetMinutes = plan.budgetMinutes
            plannedMinutes = plan.plannedMinutes
            asks = plan.asks
        }
    }
}

/// The changes asked for on the command line, applied in one transaction: all or nothing.
struct PlanEdits: Sendable {
    var drops: [String]
    var unpins: [String]
    var pins: [String]
    var addText: String?
    var addQuestion: String?
    var to: String?

    var isEmpty: Bool {
        drops.isEmpty && unpins.isEmpty && pins.isEmpty && addText == nil && addQuestion == nil
    }

    /// Checks every reference against the plan before changing anything, then drops, unpins,
    /// pins and adds, in that order.
    func apply(to interview: Interview, in store: Store) async throws -> InterviewPlan {
        let start = try await store.plan(interviewID: interview.id)
        let dropped = try await PlanReference.asks(drops, option: "--drop", in: start, store: store)
        let unpinned = try await PlanReference.asks(unpins, option: "--unpin", in: start, store: store)
        let pinned = try await PlanReference.asks(pins, option: "--pin", in: start, store: store)
        let person = try to.map { try Panel.member($0, in: interview, option: "--to") }
        var question: Question?
        if let addQuestion {
            question = try await store.question(matching: addQuestion)
        }
        if let addText, addText.trimmedOrNil == nil {
            throw CandorError.invalidField(field: "--add", reason: "is empty; type the question to ask")
        }

        if let both = dropped.first(where: { drop in pinned.contains { $0.id == drop.id } }) {
            throw CandorError.invalidField(field: "--pin", reason: "\(both.id.short) is given to --drop too; keep it or drop it, not both")
        }

        // The result is that of dropping, unpinning, then pinning; but the pins are set first,
        // so the re-planning each drop does leaves the pinned questions where they are.
        for ask in pinned where !ask.pinned {
            try await store.setPinned(askID: ask.id, true)
        }
        for ask in dropped {
            // An earlier drop re-planned: the question may have moved to someone else, or left.
            guard let current = try await PlanReference.current(ask, in: store, samePerson: false) else { continue }
            try await store.drop(askID: current.id)
        }
        for ask in unpinned where !pinned.contains(where: { $0.id == ask.id }) {
            guard let current = try await PlanReference.current(ask, in: store, samePerson: true) else { continue }
            try await store.setPinned(askID: current.id, false)
        }
        if let person, let question {
            // Asking a question the person already has in the plan just keeps it there.
            if let planned = try await store.asks(interviewID: interview.id)
                .first(where: { $0.personID == person.personID && $0.questionID == question.id && !$0.reasons.contains(.closing) }) {
                if !planned.pinned { try await store.setPinned(askID: planned.id, true) }
            } else {
                try await store.addToPlan(interviewID: interview.id, personID: person.personID, questionID: question.id)
            }
        }
        if let person, let addText {
            do {
                try await store.addToPlan(interviewID: interview.id, personID: person.personID, text: addText)
            } catch CandorError.invalidField(field: "question", let reason) {
                throw CandorError.invalidField(field: "--add", reason: reason)
            }
        }
        return try await store.plan(interviewID: interview.id)
    }
}

/// What `Q` refers to in a plan (`--to PERSON` is matched by `Panel.member`).
enum PlanReference {
    /// The asks a reference means: the one whose id starts with it, or else every ask of the
    /// bank question whose id starts with it. Each ask once, in plan order.
    static func asks(_ references: [String], option: String, in plan: InterviewPlan, store: Store) async throws -> [Ask] {
        var found: [Ask] = []
        for reference in references {
            for ask in try await asks(reference, option: option, in: plan, store: store) where !found.contains(where: { $0.id == ask.id }) {
                found.append(ask)
            }
        }
        return found
    }

    static func asks(_ reference: String, option: String, in plan: InterviewPlan, store: Store) async throws -> [Ask] {
        let hint = "Run `candor plan \(plan.interview.id.short)` to see the ids of its questions."
        guard let prefix = IDPrefix(reference) else {
            throw CandorError.invalidField(
                field: option, reason: "'\(reference)' is not a question id: give at least \(IDPrefix.minimumLength) characters of one. \(hint)")
        }
        func matches(_ id: UUID?) -> Bool { prefix.matches(id) }

        let byAsk = plan.asks.filter { matches($0.id) }
        if byAsk.count == 1 { return byAsk }
        if byAsk.count > 1 {
            throw CandorError.ambiguous(kind: "planned question", reference: reference, matches: byAsk.map(\.id.short))
        }
        let byQuestion = plan.asks.filter { matches($0.questionID) }
        let questionIDs = byQuestion.compactMap(\.questionID).reduce(into: [UUID]()) { if !$0.contains($1) { $0.append($1) } }
        if questionIDs.count == 1 { return byQuestion }
        if questionIDs.count > 1 {
            throw CandorError.ambiguous(kind: "question", reference: reference, matches: questionIDs.map(\.short))
        }
        if let question = try? await store.question(matching: prefix.key) {
            throw CandorError.invalidField(
                field: option, reason: "question \(question.id.short) is in your bank but not in this plan; "
                    + "add it with --add-question \(question.id.short) --to PERSON")
        }
        throw CandorError.invalidField(field: option, reason: "'\(reference)' matches no question in this plan. \(hint)")
    }

    /// The ask as it is now, after a re-plan: the same row, or the row for the same question and
    /// person (or, unless `samePerson`, for the same bank question put to someone else).
    static func current(_ ask: Ask, in store: Store, samePerson: Bool) async throws -> Ask? {
        let now = try await store.asks(interviewID: ask.interviewID)
        if let same = now.first(where: { $0.id == ask.id }) { return same }
        let sameQuestion = now.filter { $0.questionID == ask.questionID && $0.questionText == ask.questionText }
        if let mine = sameQuestion.first(where: { $0.personID == ask.personID }) { return mine }
        guard !samePerson, ask.questionID != nil else { return nil }
        return sameQuestion.first { $0.status == .planned && !$0.reasons.contains(.closing) }
    }
}

import CandorCore
import FluentKit
import Foundation

/// An interview's saved plan: what will be (or was) asked of whom, in order.
public struct InterviewPlan: Sendable {
    public var interview: Interview
    public var company: Company
    /// Every question put or to be put, in plan order.
    public var asks: [Ask]
    /// The minutes kept for the candidate's questions, and the least the panel needs.
    public var budget: QuestionBudget
    /// Minutes per ask, from the bank (or 2 for questions made up on the spot).
    public var minutes: [UUID: Int]

    public var budgetMinutes: Int { budget.minutes }
    public var plannedMinutes: Int { asks.reduce(0) { $0 + (minutes[$1.id] ?? 0) } }
    /// Minutes the plan takes past the budget; only said of a plan still to be asked.
    public var minutesOver: Int {
        interview.status == .scheduled ? max(0, plannedMinutes - budget.minutes) : 0
    }
    public var questions: [Ask] { asks.filter { !$0.reasons.contains(.closing) } }
    public var closingRound: [Ask] { asks.filter { $0.reasons.contains(.closing) } }
}

extension Store {
    /// The interview's saved plan. Only reads: a plan is made when its interview is added or
    /// changed (`planIfScheduled`), when the demo or a backup brings one in, and by `replan`.
    /// (An interview from before that rule, never looked at, shows an empty plan whose
    /// "Plan again" makes it.)
    public func plan(interviewID: UUID) async throws -> InterviewPlan {
        try await savedPlan(try await interview(id: interviewID))
    }

    /// Plans an interview still to come that has a panel, keeping what the candidate pinned,
    /// added or asked: called whenever an interview is saved, so that looking never writes.
    func planIfScheduled(_ interview: Interview) async throws {
        guard interview.status == .scheduled, !interview.participants.isEmpty else { return }
        try await replan(interviewID: interview.id)
    }

    /// Plans again from the current bank, profile and history, keeping what the candidate
    /// pinned, added or already asked, and leaving out what they dropped.
    @discardableResult
    public func replan(interviewID: UUID) async throws -> InterviewPlan {
        try await transaction { store in
            let interview = try await store.interview(id: interviewID)
            try interview.checkPlanCanChange()
            let company = try await store.company(id: interview.companyID)
            let current = try await store.asks(interviewID: interviewID)
            let bank = try await store.questions()
            let minutesByQuestion = Dictionary(uniqueKeysWithValues: try await store.questions(includeRetired: true).map { ($0.id, $0.minutes) })
            let kept = current.filter { ($0.pinned || $0.status != .planned) && !$0.reasons.contains(.closing) }
            let names = Dictionary(uniqueKeysWithValues: interview.participants.map { ($0.personID, $0.name) })
            let context = PlanningContext(
                interview: interview, company: company, profile: try await store.profile(), bank: bank,
                history: try await store.history(companyID: company.id, excluding: interviewID),
                kept: kept.map { ask in
                    PlanItem(personID: ask.personID, personName: names[ask.personID] ?? "", questionID: ask.questionID,
                             text: ask.questionText, minutes: ask.questionID.flatMap { minutesByQuestion[$0] } ?? Store.adHocMinutes,
                             section: .questions, reasons: ask.reasons, pinned: true)
                },
                dropped: Set(try await PlanDropModel.query(on: store.db).filter(\.$interviewID == interviewID).all().map(\.questionID)))
            let plan = Planner.plan(context)
            try await store.save(plan, for: interview, replacing: current)
            return try await store.savedPlan(interview)
        }
    }

    /// Pins or unpins a planned question; a pinned one survives re-planning.
    public func setPinned(askID: UUID, _ pinned: Bool) async throws {
        let row = try await askModel(id: askID)
        try await interview(id: row.interviewID).checkPlanCanChange()
        row.pinned = pinned
        row.updatedAt = now()
        try await row.save(on: db)
    }

    /// Drops a question from this interview's plan (and from its re-plans), then refills.
    public func drop(askID: UUID) async throws {
        try await transaction { store in
            let row = try await store.askModel(id: askID)
            let ask = try row.record()
            try await store.interview(id: ask.interviewID).checkPlanCanChange()
            guard ask.status == .planned else {
                throw CandorError.notAllowed(reason: "That question was already asked; it stays in the interview's record.")
            }
            guard !ask.reasons.contains(.closing) else {
                throw CandorError.notAllowed(reason: "The closing questions are asked of every interviewer and cannot be dropped.")
            }
            if let questionID = ask.questionID,
               try await PlanDropModel.query(on: store.db).filter(\.$interviewID == ask.interviewID).filter(\.$questionID == questionID).first() == nil {
                let drop = PlanDropModel()
                drop.id = UUID()
                drop.accountID = store.accountID
                drop.interviewID = ask.interviewID
                drop.questionID = questionID
                try await drop.create(on: store.db)
            }
            try await row.delete(on: store.db)
            try await store.replan(interviewID: ask.interviewID)
        }
    }

    /// Adds a bank question (or, with `text`, one made up on the spot) for one person, pinned.
    ///
    /// - Parameter refill: plan again afterwards to fit the budget (while planning). During or
    ///   after the interview nothing else may move, so capture passes `false`.
    @discardableResult
    public func addToPlan(
        interviewID: UUID, personID: UUID, questionID: UUID? = nil, text: String? = nil, refill: Bool = true
    ) async throws -> Ask {
        try await transaction { store in
            let interview = try await store.interview(id: interviewID)
            // Planning changes a plan; recording what was asked on the spot (no refill) does not.
            if refill { try interview.checkPlanCanChange() }
            guard interview.participants.contains(where: { $0.personID == personID }) else {
                throw CandorError.invalidField(field: "person", reason: "is not on this interview's panel")
            }
            let wording: String
            if let questionID {
                let question = try await store.question(id: questionID)
                if refill, question.isClosing {
                    throw CandorError.invalidField(
                        field: "question", reason: "the closing questions are already asked of everyone, in the closing round")
                }
                wording = question.text(for: interview.companyName)
                try await PlanDropModel.query(on: store.db).filter(\.$interviewID == interviewID).filter(\.$questionID == questionID).delete()
            } else {
                wording = try FieldCheck.required(text ?? "", field: "question", maxLength: QuestionDraft.maxTextLength)
            }
            let position = try await store.asks(interviewID: interviewID).filter { !$0.reasons.contains(.closing) }.count
            let ask = Ask(id: UUID(), interviewID: interviewID, personID: personID, questionID: questionID, position: position,
                          status: .planned, questionText: wording, createdAt: store.now(), updatedAt: store.now(),
                          pinned: true, reasons: [.added])
            try await store.insert(ask)
            if refill { try await store.replan(interviewID: interviewID) }
            return ask
        }
    }

    /// Moves a question one place up or down among the same person's questions; both stay pinned there.
    public func move(askID: UUID, up: Bool) async throws {
        try await transaction { store in
            let ask = try await store.askModel(id: askID).record()
            try await store.interview(id: ask.interviewID).checkPlanCanChange()
            let mine = try await store.asks(interviewID: ask.interviewID)
                .filter { $0.personID == ask.personID && !$0.reasons.contains(.closing) }
            guard let index = mine.firstIndex(where: { $0.id == askID }) else { return }
            let other = up ? index - 1 : index + 1
            guard mine.indices.contains(other) else { return }
            let (a, b) = (try await store.askModel(id: mine[index].id), try await store.askModel(id: mine[other].id))
            (a.position, b.position) = (b.position, a.position)
            a.pinned = true
            b.pinned = true
            try await a.save(on: store.db)
            try await b.save(on: store.db)
            try await store.replan(interviewID: ask.interviewID)
        }
    }

    /// Which people at a company have not yet been asked the closing questions, and which of
    /// the candidate's dealbreakers nobody has been asked about yet.
    public func coverage(companyID: UUID) async throws -> PlanCoverage {
        let asks = try await asks(companyID: companyID).filter { $0.status == .asked || $0.status == .answered || $0.status == .dodged }
        let bank = Dictionary(uniqueKeysWithValues: try await questions(ids: Set(asks.compactMap(\.questionID))).map { ($0.id, $0) })
        let met = Set(try await interviews(companyID: companyID).flatMap(\.participants).map(\.personID))
        let people = try await people(companyID: companyID).filter { met.contains($0.id) }
        func askedAll(_ person: Person) -> Bool {
            let specials = Set(asks.filter { $0.personID == person.id }.compactMap { $0.questionID.flatMap { bank[$0]?.special } })
            return specials.contains(.closingLove) && specials.contains(.closingImprove)
        }
        let probed = Set(asks.compactMap { $0.questionID.flatMap { bank[$0]?.themes } }.joined())
        return PlanCoverage(
            peopleMet: people.count,
            missingClosing: people.filter { !askedAll($0) },
            unprobedDealbreakers: try await profile().dealbreakers.filter { !probed.contains($0) })
    }

    static let adHocMinutes = 2

    /// Writes a plan: existing asks for the same person and question are reused (keeping what
    /// was typed into them), new ones added, unpinned planned ones no longer in the plan removed.
    private func save(_ plan: Plan, for interview: Interview, replacing current: [Ask]) async throws {
        var unused = current
        for (position, item) in plan.items.enumerated() {
            if let index = unused.firstIndex(where: { $0.personID == item.personID && $0.questionID == item.questionID
                && ($0.questionID != nil || $0.questionText == item.text) }) {
                let row = try await askModel(id: unused[index].id)
                row.position = position
                if row.status == AskStatus.planned.rawValue, !row.pinned {
                    row.reasons = (try? String(decoding: JSONEncoder().encode(item.reasons), as: UTF8.self)) ?? "[]"
                    row.questionText = item.text
                }
                try await row.save(on: db)
                unused.remove(at: index)
            } else {
                try await insert(Ask(
                    id: UUID(), interviewID: interview.id, personID: item.personID, questionID: item.questionID, position: position,
                    status: .planned, questionText: item.text, createdAt: now(), updatedAt: now(), reasons: item.reasons))
            }
        }
        for stale in unused where stale.status == .planned && !stale.pinned {
            try await askModel(id: stale.id).delete(on: db)
        }
    }

    private func savedPlan(_ interview: Interview) async throws -> InterviewPlan {
        let asks = try await asks(interviewID: interview.id)
        let minutesByQuestion = Dictionary(uniqueKeysWithValues: try await questions(ids: Set(asks.compactMap(\.questionID)))
            .map { ($0.id, $0.minutes) })
        let panelSize = max(1, interview.participants.count)
        var minutes: [UUID: Int] = [:]
        for ask in asks {
            let bankMinutes = ask.questionID.flatMap { minutesByQuestion[$0] } ?? Store.adHocMinutes
            minutes[ask.id] = ask.reasons.contains(.closing) ? Planner.closingMinutes(bankMinutes, panelSize: panelSize) : bankMinutes
        }
        return InterviewPlan(
            interview: interview, company: try await company(id: interview.companyID), asks: asks,
            budget: try await questionBudget(for: interview), minutes: minutes)
    }

    /// What was said at the company in other interviews, for follow-ups and repeats.
    ///
    /// Each answer's `tags` are the themes it raised as problems: read by the insight pipeline,
    /// with the candidate's corrections and tags applied.
    private func history(companyID: UUID, excluding interviewID: UUID) async throws -> [PastAnswer] {
        let interviews = Dictionary(uniqueKeysWithValues: try await interviews(companyID: companyID).map { ($0.id, $0) })
        let names = Dictionary(uniqueKeysWithValues: try await people(companyID: companyID).map { ($0.id, $0.name) })
        let past = try await asks(companyID: companyID).filter { $0.interviewID != interviewID }
        let specials = Dictionary(uniqueKeysWithValues: try await questions(ids: Set(past.compactMap(\.questionID)))
            .map { ($0.id, $0.special) })
        var cache = StemCache()
        return past.map { ask in
            let special = ask.questionID.flatMap { specials[$0] ?? nil }
            let side = AnswerSide(special: special)
            let reading = ThemeDetector.read(ask.answer ?? "", side: side, cache: &cache)
            let problems = InsightEngine.corrected(reading, tags: [], dismissed: ask.dismissedThemes)
                .filter { $0.polarity == .negative }.map(\.theme)
            return PastAnswer(
                interviewID: ask.interviewID, personID: ask.personID, personName: names[ask.personID] ?? "Someone",
                questionID: ask.questionID, special: special, status: ask.status,
                answer: ask.answer, tags: (problems + ask.tags).uniqued(),
                day: interviews[ask.interviewID]?.localDay ?? "")
        }
    }

    /// One planned or asked question, by its id.
    public func ask(id: UUID) async throws -> Ask {
        try await askModel(id: id).record()
    }

    func insert(_ ask: Ask) async throws {
        let row = AskModel()
        row.id = ask.id
        row.accountID = accountID
        row.apply(ask)
        try await row.create(on: db)
    }

    func askModel(id: UUID) async throws -> AskModel {
        guard let row = try await AskModel.query(on: db).filter(\.$accountID == accountID).filter(\.$id == id).first() else {
            throw CandorError.notFound(kind: "planned question", reference: id.short, hint: "Run `candor plan INTERVIEW` to see the plan.")
        }
        return row
    }
}

/// What the company page shows about coverage.
public struct PlanCoverage: Sendable {
    /// People on the panel of any of the company's interviews.
    public var peopleMet: Int
    /// People met at the company who have not answered (or been asked) both closing questions.
    public var missingClosing: [Person]
    /// The candidate's dealbreakers no question asked at the company has probed.
    public var unprobedDealbreakers: [Theme]
}

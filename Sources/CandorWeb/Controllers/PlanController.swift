import CandorCore
import CandorStore
import Vapor

/// An interview's plan: see it, and change it one small post at a time. Every change goes
/// back to the plan page (303) with a notice; a change the plan refuses (dropping a closing
/// question, adding for someone not on the panel) is a 422 page with one line.
enum PlanController {
    @Sendable static func show(req: Request) async throws -> Page {
        struct Query: Content { var q: String? }
        let query = try req.query.decode(Query.self)
        let model = try await PlanPageModel.load(
            from: req.store, interviewID: try req.uuid("id"), search: query.q, notice: Notice.from(req), zone: req.viewerZone)
        return PlanPageView(model: model).page()
    }

    /// Adds a bank question (`questionID`) or one typed for this interview (`text`) for `personID`.
    @Sendable static func add(req: Request) async throws -> Response {
        struct Input: Content { var personID: String?; var questionID: String?; var text: String? }
        let interview = try await req.store.interview(id: try req.uuid("id"))
        let input = try req.content.decode(Input.self)
        return try await change(req, interviewID: interview.id) { store in
            guard let personID = input.personID.trimmedOrNil.flatMap(UUID.init(uuidString:)) else {
                throw CandorError.invalidField(field: "person", reason: "choose who to ask")
            }
            if let raw = input.questionID.trimmedOrNil {
                guard let questionID = UUID(uuidString: raw) else {
                    throw CandorError.invalidField(field: "question", reason: "choose one from the list")
                }
                // Already planned for them: pin that one rather than plan it twice.
                if let planned = try await store.asks(interviewID: interview.id)
                    .first(where: { $0.personID == personID && $0.questionID == questionID && !$0.reasons.contains(.closing) }) {
                    try await store.setPinned(askID: planned.id, true)
                    return (.planAlreadyThere, "ask-\(planned.id)")
                }
                let ask = try await store.addToPlan(interviewID: interview.id, personID: personID, questionID: questionID)
                return (.planAdded, "ask-\(ask.id)")
            }
            guard input.text.trimmedOrNil != nil else {
                throw CandorError.invalidField(field: "question", reason: "choose one from your bank or type one")
            }
            let ask = try await store.addToPlan(interviewID: interview.id, personID: personID, text: input.text)
            return (.planAdded, "ask-\(ask.id)")
        }
    }

    @Sendable static func replan(req: Request) async throws -> Response {
        let interview = try await req.store.interview(id: try req.uuid("id"))
        return try await change(req, interviewID: interview.id) { store in
            try await store.replan(interviewID: interview.id)
            return (.planReplanned, nil)
        }
    }

    @Sendable static func pin(req: Request) async throws -> Response {
        try await changeItem(req) { store, ask in
            try await store.setPinned(askID: ask.id, true)
            return (.planPinned, "ask-\(ask.id)")
        }
    }

    @Sendable static func unpin(req: Request) async throws -> Response {
        try await changeItem(req) { store, ask in
            try await store.setPinned(askID: ask.id, false)
            return (.planUnpinned, "ask-\(ask.id)")
        }
    }

    @Sendable static func drop(req: Request) async throws -> Response {
        try await changeItem(req) { store, ask in
            try await store.drop(askID: ask.id)
            return (.planDropped, "person-\(ask.personID)")
        }
    }

    @Sendable static func up(req: Request) async throws -> Response {
        try await changeItem(req) { store, ask in
            try await store.move(askID: ask.id, up: true)
            return (.planMoved, "ask-\(ask.id)")
        }
    }

    @Sendable static func down(req: Request) async throws -> Response {
        try await changeItem(req) { store, ask in
            try await store.move(askID: ask.id, up: false)
            return (.planMoved, "ask-\(ask.id)")
        }
    }

    // MARK: -

    private typealias Outcome = (notice: Notice, anchor: String?)

    /// Runs one change to an interview's plan, then goes back to the plan page.
    private static func change(
        _ req: Request, interviewID: UUID, _ body: (Store) async throws -> Outcome
    ) async throws -> Response {
        let plan = SiteURL.plan(interview: interviewID)
        do {
            let outcome = try await body(req.store)
            return req.seeOther(plan.with(notice: outcome.notice, anchor: outcome.anchor))
        } catch {
            guard let message = Request.message(for: error) else { throw error }
            return try await ErrorPageView(status: .unprocessableEntity, message: message, back: ("Back to the plan", plan.path))
                .page().encodeResponse(for: req)
        }
    }

    /// A change to one planned question (`SiteURL.planItem`).
    private static func changeItem(_ req: Request, _ body: (Store, Ask) async throws -> Outcome) async throws -> Response {
        let ask: Ask
        do {
            ask = try await req.store.ask(id: try req.uuid("askID"))
        } catch is CandorError {
            throw Abort(.notFound, reason: "There is no such planned question.")
        }
        return try await change(req, interviewID: ask.interviewID) { store in try await body(store, ask) }
    }
}

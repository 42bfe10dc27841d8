import CandorCore
import Vapor

/// A company's insight page, one answer's themes page, and the corrections the candidate
/// makes to the themes read in one answer. A correction goes back to the answer it changed
/// (303) with a notice; one the store refuses is a 422 page with one line.
enum InsightController {
    @Sendable static func show(req: Request) async throws -> Page {
        let model = try await InsightPageModel.load(
            from: req.store, companyID: try req.uuid("id"), notice: Notice.from(req), now: req.store.now(), zone: req.viewerZone)
        return InsightView(model: model).page()
    }

    /// One answer's themes with every correction, re-tag and add included.
    @Sendable static func answerThemes(req: Request) async throws -> Page {
        guard let model = try await AnswerThemesModel.load(from: req.store, askID: try req.uuid("askID")) else {
            throw Abort(.notFound, reason: "There is no such answer.")
        }
        return AnswerThemesView(model: model).page()
    }

    @Sendable static func correct(req: Request) async throws -> Response {
        let ask: Ask
        do {
            ask = try await req.store.ask(id: try req.uuid("askID"))
        } catch is CandorError {
            throw Abort(.notFound, reason: "There is no such answer.")
        }
        let companyID = try await req.store.interview(id: ask.interviewID).companyID
        let input = try req.content.decode(ThemeCorrectionInput.self)
        let insight = SiteURL.insight(company: companyID)
        // Only a page of this company's own is a place to go back to.
        let back = BackPath.safe(input.back, allowed: [insight]) ?? insight.path
        do {
            let correction = try input.correction()
            try await req.store.correctThemes(askID: ask.id, correction)
            return req.seeOther(SiteURL.adding(ThemeCorrectionInput.notice(for: correction), to: back, anchor: "answer-\(ask.id)"))
        } catch {
            guard let message = Request.message(for: error) else { throw error }
            return try await ErrorPageView(status: .unprocessableEntity, message: message, back: ("Back to the answers", insight.path))
                .page().encodeResponse(for: req)
        }
    }

    /// "Misread" on a flag's card: its theme is dismissed in every answer the flag cites.
    @Sendable static func dismissFlag(req: Request) async throws -> Response {
        let companyID = try req.uuid("id")
        // An unknown company is a 404 like any of its pages, before the form is read.
        _ = try await req.store.company(id: companyID)
        let insight = SiteURL.insight(company: companyID)
        do {
            let input = try req.content.decode(FlagDismissInput.self)
            try await req.store.dismissTheme(try input.parsedTheme(), askIDs: try input.askIDs(), companyID: companyID)
            return req.seeOther(insight.with(notice: .flagThemeDismissed, anchor: "flags"))
        } catch {
            guard let message = Request.message(for: error) else { throw error }
            return try await ErrorPageView(status: .unprocessableEntity, message: message, back: ("Back to the answers", insight.path))
                .page().encodeResponse(for: req)
        }
    }
}

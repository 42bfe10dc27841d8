import CandorCore
import Vapor

enum InterviewController {
    @Sendable static func list(req: Request) async throws -> Page {
        InterviewListView(interviews: try await req.store.interviews(), now: req.store.now(), zone: req.viewerZone).page()
    }

    @Sendable static func show(req: Request) async throws -> Page {
        var page = InterviewShowView(model: try await InterviewShowModel.load(from: req.store, id: try req.uuid("id"), zone: req.viewerZone)).page()
        if let notice = Notice.from(req) { page.content.insert(Blocks.info(notice), at: 1) }
        return page
    }

    @Sendable static func new(req: Request) async throws -> Page {
        let company = try await req.store.company(id: try req.uuid("id"))
        // The zone the browser is in (its cookie, or ?tz=), not the server's: that is where the
        // candidate reads the invitation's time.
        var input = InterviewFormInput()
        input.timeZone = req.viewerZone.identifier
        return try await form(req, company: company, interview: nil, input: input, error: nil).page()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let company = try await req.store.company(id: try req.uuid("id"))
        let input = InterviewFormInput(form: try req.content.decode([String: String].self))
        do {
            let interview = try await input.save(in: req.store, companyID: company.id, replacing: nil)
            return req.seeOther(SiteURL.interview(interview.id).with(notice: savedNotice(interview, now: req.store.now())))
        } catch {
            guard let refused = FormError(error, input: input.inputName(forField:)) else { throw error }
            return try await form(req, company: company, interview: nil, input: input, error: refused).page().encodeResponse(for: req)
        }
    }

    /// A scheduled interview that already ended is most likely a slip of the date, or one
    /// held and not yet marked: say so rather than nothing.
    private static func savedNotice(_ interview: Interview, now: Date) -> Notice {
        interview.status == .scheduled && interview.endsAt < now ? .interviewSavedInPast : .interviewSaved
    }

    @Sendable static func edit(req: Request) async throws -> Page {
        let interview = try await req.store.interview(id: try req.uuid("id"))
        let company = try await req.store.company(id: interview.companyID)
        return try await form(req, company: company, interview: interview, input: InterviewFormInput(interview: interview), error: nil).page()
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let interview = try await req.store.interview(id: try req.uuid("id"))
        let company = try await req.store.company(id: interview.companyID)
        let input = InterviewFormInput(form: try req.content.decode([String: String].self))
        do {
            let saved = try await input.save(in: req.store, companyID: company.id, replacing: interview.id)
            return req.seeOther(SiteURL.interview(interview.id).with(notice: savedNotice(saved, now: req.store.now())))
        } catch {
            guard let refused = FormError(error, input: input.inputName(forField:)) else { throw error }
            return try await form(req, company: company, interview: interview, input: input, error: refused).page().encodeResponse(for: req)
        }
    }

    @Sendable static func confirmRemove(req: Request) async throws -> Page {
        let interview = try await req.store.interview(id: try req.uuid("id"))
        let answers = try await req.store.asks(interviewID: interview.id).filter { $0.answer != nil }.count
        return ConfirmView(
            heading: "Remove this interview?",
            warning: "This removes the \(interview.kind.label.lowercased()) interview at \(interview.companyName) with its plan and \(answers) recorded answers. It cannot be undone.",
            confirmLabel: "Remove for good", action: SiteURL.removeInterview(interview.id).path,
            cancel: SiteURL.interview(interview.id).path, section: .interviews
        ).page()
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let interview = try await req.store.interview(id: try req.uuid("id"))
        try await req.store.removeInterview(id: interview.id)
        return req.seeOther(SiteURL.company(interview.companyID).with(notice: .interviewRemoved))
    }

    private static func form(
        _ req: Request, company: Company, interview: Interview?, input: InterviewFormInput, error: FormError?
    ) async throws -> InterviewFormView {
        InterviewFormView(model: InterviewFormModel(
            heading: interview == nil ? "Add an interview" : "Edit interview",
            company: company,
            people: try await req.store.people(companyID: company.id),
            action: interview.map { SiteURL.interview($0.id).path } ?? SiteURL.addInterview(company: company.id).path,
            cancel: interview.map { SiteURL.interview($0.id).path } ?? SiteURL.company(company.id).path,
            input: input, isNew: interview == nil, error: error?.summary, fieldErrors: error?.fields ?? [:]))
    }
}

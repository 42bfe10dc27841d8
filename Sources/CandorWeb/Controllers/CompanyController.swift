import CandorCore
import Vapor

enum CompanyController {
    @Sendable static func list(req: Request) async throws -> Page {
        CompanyListView(companies: try await req.store.companies()).page()
    }

    @Sendable static func show(req: Request) async throws -> Page {
        let model = try await CompanyShowModel.load(
            from: req.store, id: try req.uuid("id"), flash: Notice.from(req), zone: req.viewerZone)
        return CompanyShowView(model: model).page()
    }

    @Sendable static func new(req: Request) async throws -> Page {
        CompanyFormView(model: CompanyFormModel(
            heading: "Add a company", action: SiteURL.companies.path, cancel: SiteURL.home.path, input: CompanyFormInput(), isNew: true)).page()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let input = try req.content.decode(CompanyFormInput.self)
        do {
            let company = try await req.store.addCompany(try input.draft(), status: try input.pipelineStatus())
            return req.seeOther(SiteURL.company(company.id).with(notice: .companyAdded))
        } catch {
            guard let refused = FormError(error, input: input.inputName(forField:)) else { throw error }
            return try await CompanyFormView(model: CompanyFormModel(
                heading: "Add a company", action: SiteURL.companies.path, cancel: SiteURL.home.path, input: input, isNew: true,
                error: refused.summary, fieldErrors: refused.fields)
            ).page().encodeResponse(for: req)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Page {
        let company = try await req.store.company(id: try req.uuid("id"))
        return CompanyFormView(model: editModel(company, input: CompanyFormInput(company: company))).page()
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let id = try req.uuid("id")
        let company = try await req.store.company(id: id)
        let input = try req.content.decode(CompanyFormInput.self)
        do {
            try await req.store.updateCompany(id: id, try input.draft())
            return req.seeOther(SiteURL.company(id).with(notice: .companySaved))
        } catch {
            guard let refused = FormError(error, input: input.inputName(forField:)) else { throw error }
            return try await CompanyFormView(model: editModel(company, input: input, error: refused)).page().encodeResponse(for: req)
        }
    }

    @Sendable static func setStatus(req: Request) async throws -> Response {
        struct Input: Content { var status: String; var note: String?; var back: String? }
        let id = try req.uuid("id")
        let input = try req.content.decode(Input.self)
        try await req.store.setStatus(companyID: id, to: try PipelineStatus.parse(input.status, field: "status"), note: input.note)
        // The pipeline's cards send `back` so the person stays on the board they moved it from.
        let back = BackPath.safe(input.back, allowed: [.pipeline, .companies]) ?? SiteURL.company(id).path
        return req.seeOther(SiteURL.adding(.statusChanged, to: back))
    }

    @Sendable static func confirmRemove(req: Request) async throws -> Page {
        let model = try await CompanyShowModel.load(from: req.store, id: try req.uuid("id"))
        return ConfirmView(
            heading: "Remove \(model.company.name)?",
            warning: "This removes the company with its \(model.people.count) people and \(model.interviews.count) interviews, and every answer recorded in them. It cannot be undone.",
            confirmLabel: "Remove for good", action: SiteURL.removeCompany(model.company.id).path,
            cancel: SiteURL.company(model.company.id).path, section: .companies
        ).page()
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        try await req.store.removeCompany(id: try req.uuid("id"))
        return req.seeOther(SiteURL.home.with(notice: .companyRemoved))
    }

    private static func editModel(_ company: Company, input: CompanyFormInput, error: FormError? = nil) -> CompanyFormModel {
        CompanyFormModel(
            heading: "Edit \(company.name)", action: SiteURL.company(company.id).path, cancel: SiteURL.company(company.id).path,
            input: input, isNew: false, error: error?.summary, fieldErrors: error?.fields ?? [:])
    }
}

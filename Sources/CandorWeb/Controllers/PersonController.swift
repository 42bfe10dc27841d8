import CandorCore
import Vapor

enum PersonController {
    @Sendable static func new(req: Request) async throws -> Page {
        let company = try await req.store.company(id: try req.uuid("id"))
        return form(company: company, person: nil, input: PersonFormInput()).page()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let company = try await req.store.company(id: try req.uuid("id"))
        let input = try req.content.decode(PersonFormInput.self)
        do {
            try await req.store.addPerson(try input.draft(companyID: company.id))
            return req.seeOther(SiteURL.company(company.id).with(notice: .personSaved, anchor: "people"))
        } catch {
            guard let refused = FormError(error, input: input.inputName(forField:)) else { throw error }
            return try await form(company: company, person: nil, input: input, error: refused).page().encodeResponse(for: req)
        }
    }

    @Sendable static func show(req: Request) async throws -> Page {
        PersonShowView(model: try await PersonShowModel.load(from: req.store, id: try req.uuid("id"), zone: req.viewerZone)).page()
    }

    @Sendable static func edit(req: Request) async throws -> Page {
        let person = try await req.store.person(id: try req.uuid("id"))
        let company = try await req.store.company(id: person.companyID)
        return form(company: company, person: person, input: PersonFormInput(person: person)).page()
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let person = try await req.store.person(id: try req.uuid("id"))
        let company = try await req.store.company(id: person.companyID)
        let input = try req.content.decode(PersonFormInput.self)
        do {
            try await req.store.updatePerson(id: person.id, try input.draft(companyID: company.id))
            return req.seeOther(SiteURL.company(company.id).with(notice: .personSaved, anchor: "people"))
        } catch {
            guard let refused = FormError(error, input: input.inputName(forField:)) else { throw error }
            return try await form(company: company, person: person, input: input, error: refused).page().encodeResponse(for: req)
        }
    }

    private static func form(company: Company, person: Person?, input: PersonFormInput, error: FormError? = nil) -> PersonFormView {
        PersonFormView(
            heading: person.map { "Edit \($0.name)" } ?? "Add a person",
            companyName: company.name,
            action: person.map { SiteURL.person($0.id).path } ?? SiteURL.addPerson(company: company.id).path,
            cancel: SiteURL.company(company.id).path,
            input: input, isNew: person == nil, error: error?.summary, fieldErrors: error?.fields ?? [:])
    }
}

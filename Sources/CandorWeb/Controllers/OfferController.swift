import CandorCore
import Vapor

/// The offer a company made: a form of its own, linked from the company page.
enum OfferController {
    @Sendable static func edit(req: Request) async throws -> Page {
        let company = try await req.store.company(id: try req.uuid("id"))
        let offer = try await req.store.offer(companyID: company.id)
        return OfferFormView(model: OfferFormModel(
            companyID: company.id, companyName: company.name, input: OfferFormInput(terms: offer?.terms),
            exists: offer != nil)).page()
    }

    /// Saves the offer; an empty form removes it. A mistake shows the form again as typed.
    @Sendable static func save(req: Request) async throws -> Response {
        let company = try await req.store.company(id: try req.uuid("id"))
        let input = try req.content.decode(OfferFormInput.self)
        do {
            let saved = try await req.store.setOffer(companyID: company.id, terms: try input.terms())
            let notice: Notice = saved == nil ? .offerRemoved : .offerSaved
            return req.seeOther(SiteURL.company(company.id).with(notice: notice, anchor: "offer"))
        } catch {
            guard let refused = OfferFormInput.labels.refusal(error) else { throw error }
            let exists = try await req.store.offer(companyID: company.id) != nil
            return try await OfferFormView(model: OfferFormModel(
                companyID: company.id, companyName: company.name, input: input, exists: exists,
                error: refused.summary, fieldErrors: refused.fields)
            ).page().encodeResponse(for: req)
        }
    }
}

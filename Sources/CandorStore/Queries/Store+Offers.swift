import CandorCore
import FluentKit
import Foundation

extension Store {
    /// The offer a company made, if one was recorded.
    public func offer(companyID: UUID) async throws -> Offer? {
        try await OfferModel.query(on: db).filter(\.$accountID == accountID).filter(\.$companyID == companyID).first()?.record()
    }

    /// Every recorded offer.
    public func offers() async throws -> [Offer] {
        try await OfferModel.query(on: db).filter(\.$accountID == accountID).all().map { $0.record() }
    }

    /// Records (or replaces) a company's offer, in one transaction with the status change:
    /// a company still in the early columns moves to `offer`, since that is where it now is.
    /// Empty terms remove the offer.
    @discardableResult
    public func setOffer(companyID: UUID, terms: OfferTerms) async throws -> Offer? {
        let terms = try terms.validated()
        return try await transaction { store in
            let company = try await store.company(id: companyID)
            let existing = try await OfferModel.query(on: store.db).filter(\.$accountID == store.accountID)
                .filter(\.$companyID == companyID).first()
            guard !terms.isEmpty else {
                try await existing?.delete(on: store.db)
                return nil
            }
            let row = existing ?? OfferModel()
            if row.id == nil {
                row.id = UUID()
                row.accountID = store.accountID
                row.companyID = companyID
            }
            row.apply(terms)
            row.updatedAt = store.now()
            try await row.save(on: store.db)
            if [.researching, .applied, .interviewing].contains(company.status) {
                _ = try await store.setStatus(companyID: companyID, to: .offer, note: "Offer recorded")
            }
            return row.record()
        }
    }

    /// Offers whose decision deadline is today (`YYYY-MM-DD`, the viewer's day) or within the next
    /// few days, soonest first; offers of companies already decided on are left out.
    public func offersDueSoon(today: String) async throws -> [OfferDeadline] {
        let companies = Dictionary(try await companies().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try await offers().compactMap { offer -> OfferDeadline? in
            guard offer.terms.deadlineIsNear(today: today), let company = companies[offer.companyID],
                  ![.accepted, .declined, .rejected, .withdrawn].contains(company.status),
                  let deadline = offer.terms.decisionDeadline, let days = offer.terms.daysToDeadline(from: today)
            else { return nil }
            return OfferDeadline(company: company.name, companyID: company.id, decisionDeadline: deadline, daysLeft: days)
        }
        .sorted { ($0.decisionDeadline, $0.company) < ($1.decisionDeadline, $1.company) }
    }
}

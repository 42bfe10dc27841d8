import CandorCore
import FluentKit
import Foundation

final class OfferModel: Model, @unchecked Sendable {
    static let schema = "offers"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "company_id") var companyID: UUID
    @OptionalField(key: "base_pay") var basePay: Int?
    @OptionalField(key: "bonus") var bonus: Int?
    @OptionalField(key: "equity") var equity: String?
    @OptionalField(key: "currency") var currency: String?
    @OptionalField(key: "start_date") var startDate: String?
    @OptionalField(key: "decision_deadline") var decisionDeadline: String?
    @OptionalField(key: "notes") var notes: String?
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func apply(_ terms: OfferTerms) {
        basePay = terms.basePay
        bonus = terms.bonus
        equity = terms.equity
        currency = terms.currency
        startDate = terms.startDate
        decisionDeadline = terms.decisionDeadline
        notes = terms.notes
    }

    func record() -> Offer {
        Offer(companyID: companyID,
              terms: OfferTerms(basePay: basePay, bonus: bonus, equity: equity, currency: currency, startDate: startDate,
                                decisionDeadline: decisionDeadline, notes: notes),
              updatedAt: updatedAt)
    }
}

import CandorCore
import Foundation
import Vapor

/// What the offer form posts. Every field is text, exactly as typed, so the form shown again
/// after an error gives it all back.
struct OfferFormInput: Content {
    var basePay: String?
    var bonus: String?
    var equity: String?
    var currency: String?
    var startDate: String?
    var decisionDeadline: String?
    var notes: String?

    init(terms: OfferTerms? = nil) {
        basePay = terms?.basePay.map(String.init)
        bonus = terms?.bonus.map(String.init)
        equity = terms?.equity
        currency = terms?.currency
        startDate = terms?.startDate
        decisionDeadline = terms?.decisionDeadline
        notes = terms?.notes
    }

    /// The terms this input describes; the store checks them again (`OfferTerms.validated`).
    func terms() throws -> OfferTerms {
        OfferTerms(
            basePay: try Self.amount(basePay, field: "base pay"),
            bonus: try Self.amount(bonus, field: "bonus"),
            equity: equity, currency: currency, startDate: startDate, decisionDeadline: decisionDeadline, notes: notes)
    }

    /// A whole amount as people write it: `85,000` and `85 000` mean 85000. One that is not a
    /// number is refused quoting it as typed, not with its separators taken out.
    static func amount(_ text: String?, field: String) throws -> Int? {
        let digits = text?.filter { $0 != "," && $0 != "_" && !$0.isWhitespace }
        if let typed = text.trimmedOrNil, let digits = digits.trimmedOrNil, Int(digits) == nil {
            throw CandorError.invalidField(field: field, reason: "'\(typed)' is not a whole number")
        }
        return try FieldCheck.parseNumber(digits, field: field, in: 0...OfferTerms.maxAmount)
    }

    /// The form's fields, with the store's names for them (`OfferTerms.validated`).
    static let labels = FormLabels(entries: [
        ("basePay", "base pay", "Base pay"),
        ("bonus", "bonus", "Bonus"),
        ("currency", "currency", "Currency"),
        ("equity", "equity", "Equity"),
        ("startDate", "start date", "Start date"),
        ("decisionDeadline", "decision deadline", "Decision deadline"),
        ("notes", "notes", "Notes"),
    ])
}

/// The offer form, possibly shown again with an error.
struct OfferFormModel {
    var companyID: UUID
    var companyName: String
    var input: OfferFormInput
    /// Whether an offer is recorded already (the form then says how to remove it).
    var exists: Bool
    var error: String?
    /// Input name → why its value was refused (see `FormError`).
    var fieldErrors: [String: String] = [:]
}

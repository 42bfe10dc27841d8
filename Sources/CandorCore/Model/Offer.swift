import Foundation

/// The terms of an offer a company made, as the candidate recorded them.
public struct Offer: Codable, Equatable, Sendable {
    public var companyID: UUID
    public var terms: OfferTerms
    public var updatedAt: Date

    public init(companyID: UUID, terms: OfferTerms, updatedAt: Date) {
        self.companyID = companyID
        self.terms = terms
        self.updatedAt = updatedAt
    }
}

/// What an offer says. Every field is optional: offers arrive piece by piece.
///
/// Amounts are whole units of `currency` per year; equity is free text because its forms
/// vary too much to model (options, RSUs, a percentage, a vesting schedule).
public struct OfferTerms: Codable, Equatable, Sendable {
    public var basePay: Int?
    public var bonus: Int?
    public var equity: String?
    /// ISO 4217 code, such as EUR or USD.
    public var currency: String?
    /// `YYYY-MM-DD`.
    public var startDate: String?
    /// The day the company needs an answer by, `YYYY-MM-DD`.
    public var decisionDeadline: String?
    public var notes: String?

    public static let maxAmount = 1_000_000_000
    /// A deadline this many days away or fewer is shown on the home page.
    public static let deadlineWarningDays = 3

    public init(basePay: Int? = nil, bonus: Int? = nil, equity: String? = nil, currency: String? = nil,
                startDate: String? = nil, decisionDeadline: String? = nil, notes: String? = nil) {
        self.basePay = basePay
        self.bonus = bonus
        self.equity = equity
        self.currency = currency
        self.startDate = startDate
        self.decisionDeadline = decisionDeadline
        self.notes = notes
    }

    /// The terms trimmed and checked, with the currency upper-cased.
    public func validated() throws -> OfferTerms {
        var copy = self
        copy.basePay = try FieldCheck.number(basePay, field: "base pay", in: 0...Self.maxAmount)
        copy.bonus = try FieldCheck.number(bonus, field: "bonus", in: 0...Self.maxAmount)
        copy.equity = try FieldCheck.optional(equity, field: "equity", maxLength: 500)
        copy.notes = try FieldCheck.optional(notes, field: "notes", maxLength: 5_000)
        if let code = try FieldCheck.optional(currency, field: "currency", maxLength: 3)?.uppercased() {
            guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw CandorError.invalidField(field: "currency", reason: "must be a three-letter code such as EUR or USD")
            }
            copy.currency = code
        } else {
            copy.currency = nil
        }
        copy.startDate = try Self.day(startDate, field: "start date")
        copy.decisionDeadline = try Self.day(decisionDeadline, field: "decision deadline")
        if (copy.basePay != nil || copy.bonus != nil) && copy.currency == nil {
            throw CandorError.invalidField(field: "currency", reason: "is needed with an amount, for example EUR or USD")
        }
        return copy
    }

    /// Whether nothing was recorded.
    public var isEmpty: Bool { self == OfferTerms() }

    /// Days from `today` (`YYYY-MM-DD`) to the deadline: 0 is today, negative is past.
    public func daysToDeadline(from today: String) -> Int? {
        guard let deadline = decisionDeadline, let end = Self.date(deadline), let start = Self.date(today) else { return nil }
        return Int((end.timeIntervalSince(start) / 86_400).rounded())
    }

    /// Whether the deadline is today or within the next ``deadlineWarningDays`` days.
    public func deadlineIsNear(today: String) -> Bool {
        guard let days = daysToDeadline(from: today) else { return false }
        return (0...Self.deadlineWarningDays).contains(days)
    }

    /// Base pay plus bonus, the yearly cash, when both sides are known or one is.
    public var yearlyCash: Int? {
        guard basePay != nil || bonus != nil else { return nil }
        return (basePay ?? 0) + (bonus ?? 0)
    }

    static func day(_ text: String?, field: String) throws -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard date(text) != nil else {
            let parts = text.split(separator: "-").map { Int($0) }
            if parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
               let reason = LocalTime.pastMonthEnd(year: year, month: month, day: day) {
                throw CandorError.invalidField(field: field, reason: reason)
            }
            throw CandorError.invalidField(field: field, reason: "'\(text)' is not a date; use YYYY-MM-DD")
        }
        return text
    }

    /// Noon UTC on a `YYYY-MM-DD` day, or `nil` when it is not a real day (2026-02-30).
    static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let dayNumber = Int(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: dayNumber, hour: 12)
        guard let date = calendar.date(from: components),
              calendar.component(.month, from: date) == month, calendar.component(.day, from: date) == dayNumber
        else { return nil }
        return date
    }
}

/// An offer whose decision is due soon, as the home page and `candor status` show it.
public struct OfferDeadline: Codable, Equatable, Sendable {
    public var company: String
    public var companyID: UUID
    /// `YYYY-MM-DD`.
    public var decisionDeadline: String
    /// 0 is today.
    public var daysLeft: Int

    public init(company: String, companyID: UUID, decisionDeadline: String, daysLeft: Int) {
        self.company = company
        self.companyID = companyID
        self.decisionDeadline = decisionDeadline
        self.daysLeft = daysLeft
    }

    /// "today", "in 1 day", "in 3 days".
    public var when: String {
        switch daysLeft {
        case 0: "today"
        case 1: "in 1 day"
        default: "in \(daysLeft) days"
        }
    }

    /// "Decision due for the offer from Fernhill Studio in 2 days (2026-11-28)".
    public var message: String { "Decision due for the offer from \(company) \(when) (\(decisionDeadline))" }
}

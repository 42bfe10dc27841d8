import CandorCore

/// Offer terms in words, the same on the company page and the comparison.
enum OfferText {
    /// A whole amount with thousands grouped and the currency code after it: `85,000 EUR`.
    /// Grouped by hand rather than by locale so the page reads the same on every server.
    static func amount(_ value: Int, currency: String?) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let signed = value < 0 ? "-" + grouped : grouped
        return currency.map { "\(signed) \($0)" } ?? signed
    }

    /// The terms as label/value rows; terms not recorded are left out.
    static func rows(_ terms: OfferTerms) -> [(label: String, value: String)] {
        let pairs: [(String, String?)] = [
            ("Base pay", terms.basePay.map { amount($0, currency: terms.currency) + " a year" }),
            ("Bonus", terms.bonus.map { amount($0, currency: terms.currency) + " a year" }),
            ("Equity", terms.equity),
            ("Currency", terms.currency),
            ("Start date", terms.startDate),
            ("Decision deadline", terms.decisionDeadline),
            ("Notes", terms.notes),
        ]
        return pairs.compactMap { label, value in value.map { (label, $0) } }
    }
}

import Foundation
import Testing
import CandorCore

@Suite("Offers")
struct OfferTests {
    @Test func validTermsAreCleanedUp() throws {
        let terms = try OfferTerms(basePay: 90_000, bonus: 5_000, equity: "  0.1% over 4 years ", currency: "eur",
                                   startDate: "2027-01-04", decisionDeadline: "2026-11-30").validated()
        #expect(terms.currency == "EUR")
        #expect(terms.equity == "0.1% over 4 years")
        #expect(terms.yearlyCash == 95_000)
    }

    @Test(arguments: [
        OfferTerms(basePay: 90_000, currency: "euro"),
        OfferTerms(basePay: 90_000),
        OfferTerms(basePay: -1, currency: "EUR"),
        OfferTerms(startDate: "2026-02-30"),
        OfferTerms(decisionDeadline: "next friday"),
    ])
    func badTermsAreRefusedWithOneLine(_ terms: OfferTerms) {
        #expect(throws: CandorError.self) { try terms.validated() }
        do { _ = try terms.validated() } catch {
            #expect(!(error.localizedDescription.contains("\n")))
        }
    }

    @Test("an offer's impossible day is explained as an interview's is")
    func impossibleDayInPlainWords() {
        #expect(throws: CandorError.invalidField(field: "start date", reason: "that date does not exist: February 2031 has 28 days")) {
            try OfferTerms(startDate: "2031-02-30").validated()
        }
        #expect(throws: CandorError.invalidField(field: "decision deadline", reason: "'soon' is not a date; use YYYY-MM-DD")) {
            try OfferTerms(decisionDeadline: "soon").validated()
        }
    }

    @Test func deadlineNearness() {
        let terms = OfferTerms(decisionDeadline: "2026-11-29")
        #expect(terms.daysToDeadline(from: "2026-11-26") == 3)
        #expect(terms.deadlineIsNear(today: "2026-11-26"))
        #expect(terms.deadlineIsNear(today: "2026-11-29"))
        #expect(!terms.deadlineIsNear(today: "2026-11-25"), "four days away")
        #expect(!terms.deadlineIsNear(today: "2026-11-30"), "passed")
        // Across a daylight-saving change the count is still in whole days.
        #expect(OfferTerms(decisionDeadline: "2026-11-02").daysToDeadline(from: "2026-10-24") == 9)
    }

    @Test func emptyTermsAreEmpty() {
        #expect(OfferTerms().isEmpty)
        #expect(!OfferTerms(notes: "verbal only").isEmpty)
    }
}

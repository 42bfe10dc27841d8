import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Offers: the form, the company page, and deadlines on the home page")
struct OfferPageTests {
    static let utc = TimeZone(identifier: "UTC")!

    /// The UTC calendar day `days` from now, `YYYY-MM-DD`.
    static func day(_ days: Int) -> String {
        LocalTime.day(Date().addingTimeInterval(Double(days) * 86_400), in: utc)
    }

    static func postOffer(_ app: Application, _ company: Company, _ fields: [String: String]) async throws -> TestingHTTPResponse {
        try await app.local().sendRequest(.POST, "companies/\(company.id)/offer", beforeRequest: { req in
            try req.form(fields)
        })
    }

    @Test("record an offer: saved with grouped amounts read, shown on the company page, the company moved to offer")
    func save() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Acme"), status: .interviewing)
            try await app.local().test(.GET, "companies/\(company.id)") { res in
                #expect(res.html.contains("No offer recorded."))
                #expect(res.html.contains(#"<a href="/companies/\#(company.id)/offer">Record an offer</a>"#))
            }
            try await app.local().test(.GET, "companies/\(company.id)/offer") { res in
                #expect(res.status == .ok)
                #expect(res.html.contains(#"<form method="post" action="/companies/\#(company.id)/offer""#))
                #expect(res.html.contains(#"<input type="date" id="startDate" name="startDate" value/>"#))
                #expect(res.html.contains(#"<input type="date" id="decisionDeadline" name="decisionDeadline" value/>"#))
            }
            let res = try await Self.postOffer(app, company, [
                "basePay": "85,000", "bonus": "5 000", "currency": "usd", "equity": "0.1% over 4 years",
                "startDate": "2027-01-04", "decisionDeadline": "2026-12-01", "notes": "Remote first",
            ])
            #expect(res.status == .seeOther)
            #expect(res.location == "/companies/\(company.id)?notice=offer-saved#offer")
            let offer = try #require(try await store.offer(companyID: company.id))
            #expect(offer.terms == OfferTerms(basePay: 85_000, bonus: 5_000, equity: "0.1% over 4 years", currency: "USD",
                                              startDate: "2027-01-04", decisionDeadline: "2026-12-01", notes: "Remote first"))
            #expect(try await store.company(id: company.id).status == .offer)
            try await app.local().test(.GET, "companies/\(company.id)?notice=offer-saved") { res in
                let html = res.html
                #expect(html.contains("Offer saved."))
                #expect(html.contains("<dd>85,000 USD a year</dd>"))
                #expect(html.contains("<dd>5,000 USD a year</dd>"))
                #expect(html.contains("<dd>2026-12-01</dd>"))
                #expect(html.contains("Edit the offer"))
            }
            try await app.local().test(.GET, "companies/\(company.id)/offer") { res in
                #expect(res.html.contains(#"name="basePay" value="85000""#), "the form starts from what is saved")
                #expect(res.html.contains(#"name="currency" value="USD""#))
            }
        }
    }

    @Test("a wrong currency: the form again with status 422, the reason at its field and everything typed")
    func invalid() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Acme"), status: .interviewing)
            var res = try await Self.postOffer(app, company, [
                "basePay": "90000", "currency": "E1R", "equity": "<b>options</b>", "decisionDeadline": "2026-12-01",
            ])
            #expect(res.status == .unprocessableEntity)
            #expect(res.html.contains(#"<p class="field-error" id="currency-error">Must be a three-letter code such as EUR or USD.</p>"#))
            #expect(res.html.contains(#"value="90000""#))
            #expect(res.html.contains(#"value="E1R""#))
            #expect(res.html.contains(#"value="&lt;b&gt;options&lt;/b&gt;""#))
            #expect(res.html.contains(#"value="2026-12-01""#))
            #expect(try await store.offer(companyID: company.id) == nil)
            #expect(try await store.company(id: company.id).status == .interviewing)

            res = try await Self.postOffer(app, company, ["basePay": "lots", "currency": "EUR"])
            #expect(res.status == .unprocessableEntity)
            #expect(res.html.contains(#"<p class="field-error" id="basePay-error">&#39;lots&#39; is not a whole number.</p>"#))

            res = try await Self.postOffer(app, company, ["basePay": "90000"])
            #expect(res.html.contains(#"<p class="field-error" id="currency-error">Is needed with an amount"#))

            res = try await Self.postOffer(app, company, ["decisionDeadline": "2026-02-30"])
            #expect(res.html.contains(#"<p class="field-error" id="decisionDeadline-error">That date does not exist: February 2026 has 28 days."#))
        }
    }

    @Test("an emptied form removes the offer")
    func remove() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Acme"), status: .offer)
            try await store.setOffer(companyID: company.id, terms: OfferTerms(basePay: 1, currency: "EUR"))
            let res = try await Self.postOffer(app, company, ["basePay": "", "currency": " ", "notes": ""])
            #expect(res.location == "/companies/\(company.id)?notice=offer-removed#offer")
            #expect(try await store.offer(companyID: company.id) == nil)
        }
    }

    @Test("the home page: a deadline tomorrow is a notice linking to the comparison; one in 10 days is not")
    func deadlines() async throws {
        try await withCandorApp { app, store in
            let soon = try await store.addCompany(CompanyDraft(name: "Soon & Co"), status: .offer)
            let later = try await store.addCompany(CompanyDraft(name: "Later Ltd"), status: .offer)
            try await store.setOffer(companyID: soon.id, terms: OfferTerms(decisionDeadline: Self.day(1)))
            try await store.setOffer(companyID: later.id, terms: OfferTerms(decisionDeadline: Self.day(10)))
            try await app.local().test(.GET, "/?tz=UTC") { res in
                let html = res.html
                #expect(html.contains(#"id="offers-due""#))
                #expect(html.contains("Decision due for the offer from Soon &amp; Co in 1 day (\(Self.day(1)))"))
                #expect(!html.contains("Decision due for the offer from Later Ltd"))
                #expect(html.contains(#"<a href="/compare">Compare your options</a>"#))
            }

            try await store.setOffer(companyID: soon.id, terms: OfferTerms(decisionDeadline: Self.day(0)))
            try await store.setOffer(companyID: later.id, terms: OfferTerms(decisionDeadline: Self.day(2)))
            try await app.local().test(.GET, "/?tz=UTC") { res in
                #expect(res.html.contains("Decision due for the offer from Soon &amp; Co today (\(Self.day(0)))"))
                #expect(res.html.contains("Decision due for the offer from Later Ltd in 2 days (\(Self.day(2)))"))
                #expect(res.html.contains("Decisions are due"))
            }

            try await store.setOffer(companyID: soon.id, terms: OfferTerms(decisionDeadline: Self.day(-1)))
            try await store.setOffer(companyID: later.id, terms: OfferTerms(decisionDeadline: Self.day(10)))
            try await app.local().test(.GET, "/?tz=UTC") { res in
                #expect(!res.html.contains(#"id="offers-due""#), "a deadline already past is not due")
            }
        }
    }
}

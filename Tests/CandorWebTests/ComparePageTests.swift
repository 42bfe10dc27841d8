import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("The comparison page and its chart")
struct ComparePageTests {
    static let utc = TimeZone(identifier: "UTC")!

    @Test("two companies side by side: the table, the chart with its title and text alternative, names escaped")
    func twoCompanies() async throws {
        try await withCandorApp { app, store in
            try await store.loadDemo(zone: Self.utc)
            let lumen = try await store.company(matching: "Lumen Health")
            let odd = try await store.addCompany(CompanyDraft(name: #"<b>"Odd" & Co</b>"#), status: .interviewing)
            let comparison = try await store.comparison(companyIDs: [lumen.id, odd.id])
            try await app.local().test(.GET, "compare?company=\(lumen.id)&company=\(odd.id)") { res in
                #expect(res.status == .ok)
                let html = res.html
                #expect(html.contains("<h1>Compare companies</h1>"))
                #expect(html.contains(#"<a href="/compare" aria-current="page">Compare</a>"#), "the nav marks the section")
                #expect(html.contains(#"<table class="compare">"#))
                for label in ["Values matched", "Dealbreakers hit", "Trade-offs", "Your people", "Process signals",
                              "Minutes for your questions", "Average gut feeling", "Open follow-ups", "Base pay", "Decision deadline"] {
                    #expect(html.contains(#"<th scope="row">\#(label)</th>"#), "\(label)")
                }
                #expect(html.contains(#"<a href="/companies/\#(lumen.id)/insight">Lumen Health</a>"#))
                let escaped = "&lt;b&gt;&quot;Odd&quot; &amp; Co&lt;/b&gt;"
                #expect(html.contains(#"<a href="/companies/\#(odd.id)/insight">\#(escaped)</a>"#))
                #expect(!html.contains(#"<b>"Odd""#))

                // The chart: an image with a title and a description, and the same numbers in a table.
                #expect(!comparison.themes.isEmpty)
                #expect(html.contains(#"role="img" aria-labelledby="theme-chart-title theme-chart-desc""#))
                #expect(html.contains(#"<title id="theme-chart-title">Themes raised at Lumen Health, \#(escaped)</title>"#))
                #expect(html.contains(#"<desc id="theme-chart-desc">"#))
                #expect(html.contains("<summary>The chart&#39;s numbers as a table</summary>"))
                for theme in comparison.themes {
                    let count = comparison.companies[0].count(theme)
                    #expect(html.contains("\(count.loved) loved, \(count.toImprove) needs improving"))
                    #expect(html.contains(#"data-theme="\#(theme.rawValue)""#))
                }

                // The check boxes keep the choice.
                #expect(html.contains(#"name="company" value="\#(lumen.id.uuidString)" checked"#))
                let northwind = try await store.company(matching: "Northwind Logistics")
                #expect(html.contains(#"name="company" value="\#(northwind.id.uuidString)"/>"#), "offered, not ticked")
            }
        }
    }

    @Test("without a choice: companies with an offer or interviewing; the offer's terms with grouped amounts")
    func defaultsAndOffer() async throws {
        try await withCandorApp { app, store in
            try await store.loadDemo(zone: Self.utc)
            let fernhill = try await store.company(matching: "Fernhill Studio")
            let early = try await store.addCompany(CompanyDraft(name: "Early Days"), status: .researching)
            try await app.local().test(.GET, "compare") { res in
                #expect(res.status == .ok)
                let html = res.html
                for company in try await store.companies() {
                    let ticked = html.contains(#"value="\#(company.id.uuidString)" checked"#)
                    #expect(ticked == (company.id != early.id), "\(company.name)")
                }
                let fernhillColumn = try #require(html.range(of: #"href="/companies/\#(fernhill.id)/insight""#))
                let lumenColumn = try #require(html.range(of: "Lumen Health</a>"))
                #expect(fernhillColumn.lowerBound < lumenColumn.lowerBound, "the company with an offer comes first")
                #expect(html.contains("<td>92,000 EUR</td>"))
                #expect(html.contains("<td>6,000 EUR</td>"))
                #expect(html.contains("<td>98,000 EUR</td>"), "yearly cash")
            }
        }
    }

    @Test("a company that does not exist, or an id that is not one, is a 404 page")
    func unknownCompany() async throws {
        try await withCandorApp { app, store in
            let real = try await store.addCompany(CompanyDraft(name: "Real"), status: .interviewing)
            for query in ["company=\(UUID())", "company=\(real.id)&company=\(UUID())", "company=not-an-id"] {
                try await app.local().test(.GET, "compare?\(query)") { res in
                    #expect(res.status == .notFound, "\(query)")
                    #expect(res.headers.contentType == .html)
                    #expect(res.html.contains("<h1>Not found</h1>"))
                }
            }
            try await app.local().test(.GET, "compare") { res in
                #expect(res.status == .ok, "no companies chosen: the page picks")
            }
        }
    }

    @Test("no companies at all: a pointer to add one")
    func empty() async throws {
        try await withCandorApp { app, _ in
            try await app.local().test(.GET, "compare") { res in
                #expect(res.status == .ok)
                #expect(res.html.contains("Nothing to compare yet."))
                #expect(!res.html.contains("<svg"))
            }
        }
    }
}

@Suite("The theme chart's SVG")
struct ThemeChartTests {
    /// Two companies with made-up counts: one loved mission by 4 people (the largest), one
    /// where 2 people want on-call improved.
    static func comparison() -> Comparison {
        let empty = CompanyInsight(companyName: "", answersRead: 0, interviewersAsked: 0, board: [], consensus: [], flags: [],
                                   followUps: [], groups: [], answers: [], averageGutFeeling: nil, minutesGiven: nil,
                                   minutesPlanned: nil)
        var first = ComparedCompany(companyID: UUID(), name: "Alpha", status: .interviewing, insight: empty,
                                    dealbreakers: [], offer: nil)
        first.themeCounts = [ThemeCount(theme: .mission, loved: 4, toImprove: 0), ThemeCount(theme: .onCall, loved: 1, toImprove: 1)]
        var second = ComparedCompany(companyID: UUID(), name: "A very long company name & <sons> limited", status: .offer,
                                     insight: empty, dealbreakers: [], offer: nil)
        second.themeCounts = [ThemeCount(theme: .onCall, loved: 0, toImprove: 2)]
        return Comparison(companies: [first, second])
    }

    @Test("structure: title and description first, a legend, one group per theme with bars scaled to the largest count")
    func structure() throws {
        let comparison = Self.comparison()
        #expect(comparison.themes == [.mission, .onCall])
        #expect(comparison.largestCount == 4)
        let svg = ThemeChart.svg(comparison).render()
        let height = ThemeChart.height(themes: 2, companies: 2)
        #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 760 \#(height)" width="760" height="\#(height)" role="img" aria-labelledby="theme-chart-title theme-chart-desc""#))
        #expect(svg.contains(#"<title id="theme-chart-title">Themes raised at Alpha, A very long company name &amp; &lt;sons&gt; limited</title><desc id="theme-chart-desc">"#))
        #expect(svg.contains("The longest bar stands for 4 people."))
        #expect(svg.contains(#"<pattern id="theme-chart-hatch""#))
        #expect(svg.contains(">Loved (solid bar)</text>") && svg.contains(">Needs improving (hatched bar)</text>"))
        #expect(svg.components(separatedBy: #"<g class="chart-theme""#).count - 1 == 2)
        #expect(svg.contains(#"data-theme="mission""#) && svg.contains(#"data-theme="on-call""#))
        #expect(svg.contains(">Mission and product</text>") && svg.contains(">On-call and operations</text>"))

        // The largest count fills the span; others are in proportion; zero draws no bar but still says 0.
        #expect(svg.contains(##"width="\##(ThemeChart.barSpan)" height="10" fill="#1f7a4d""##))
        #expect(svg.contains(##"width="105" height="10" fill="#1f7a4d""##), "1 of 4 is a quarter of 420")
        #expect(svg.contains(#"width="210" height="10" fill="url(#theme-chart-hatch)""#), "2 of 4 is half")
        #expect(svg.contains(">4 loved</text>") && svg.contains(">0 needs improving</text>") && svg.contains(">2 needs improving</text>"))
        let bars = svg.components(separatedBy: "<rect ").count - 1
        // Two in the legend, one inside the pattern; then Alpha: 1 + 2, the other company: 0 + 1.
        #expect(bars == 3 + 4)

        // Long names are cut to fit, with the whole name kept as the tooltip; markup is escaped.
        #expect(svg.contains("<title>A very long company name &amp; &lt;sons&gt; limited</title>A very long company name …</text>"))
        #expect(!svg.contains("<sons>"))
    }

    @Test("bar lengths: nothing for zero, never thinner than 2 points otherwise")
    func lengths() {
        #expect(ThemeChart.barLength(0, largest: 5) == 0)
        #expect(ThemeChart.barLength(3, largest: 0) == 0)
        #expect(ThemeChart.barLength(1, largest: 1_000) == 2)
        #expect(ThemeChart.barLength(5, largest: 5) == ThemeChart.barSpan)
    }

    @Test("the text alternative holds the same numbers")
    func table() {
        let html = ThemeChart.table(Self.comparison()).render()
        #expect(html.contains("<th scope=\"col\">A very long company name &amp; &lt;sons&gt; limited</th>"))
        #expect(html.contains("<tr><td>Mission and product</td><td>4 loved, 0 needs improving</td><td>0 loved, 0 needs improving</td></tr>"))
        #expect(html.contains("<tr><td>On-call and operations</td><td>1 loved, 1 needs improving</td><td>0 loved, 2 needs improving</td></tr>"))
    }

    @Test("amounts: thousands grouped, currency code after")
    func amounts() {
        #expect(OfferText.amount(92_000, currency: "EUR") == "92,000 EUR")
        #expect(OfferText.amount(1_250_000, currency: "USD") == "1,250,000 USD")
        #expect(OfferText.amount(999, currency: nil) == "999")
        #expect(OfferText.amount(0, currency: "GBP") == "0 GBP")
    }
}

import CandorCore
import Foundation
import Plot

/// The comparison page: a form choosing the companies, a table of them side by side, and
/// the chart of themes raised at each.
struct CompareView {
    var model: CompareModel

    func page() -> Page {
        let companies = model.comparison.companies
        var content: [Markup] = [H.h1("Compare companies"), chooser()]
        if companies.isEmpty {
            content.append(H.p([.cls("muted")], [
                H.text("Nothing to compare yet. "), H.a("Add a company", href: SiteURL.newCompany.path),
                H.text(", then come back once you have heard from a few interviewers."),
            ]))
        } else {
            content += [
                sideBySide(companies),
                H.tag("section", [.id("chart"), .aria("labelledby", "chart-heading")], [
                    H.h2("Themes raised at each company", [.id("chart-heading")]),
                    model.comparison.themes.isEmpty
                        ? H.p("No interviewer has raised a theme at these companies yet.", [.cls("muted")])
                        : H.group([
                            H.scrollBox("chart-wrap", label: "Chart of the themes heard", [ThemeChart.svg(model.comparison)]),
                            H.tag("details", [.cls("chart-numbers")], [
                                H.tag("summary", text: "The chart's numbers as a table"),
                                ThemeChart.table(model.comparison),
                            ]),
                        ]),
                ]),
            ]
        }
        return Page(title: "Compare companies", section: .compare, content: content)
    }

    /// Check boxes of every company; sends `?company=<id>` once per box ticked.
    private func chooser() -> Markup {
        guard !model.companies.isEmpty else { return H.nothing }
        let selected = model.selected
        return H.tag("form", [.attr("method", "get"), .attr("action", SiteURL.compare.path), .cls("card compare-chooser")], [
            H.tag("fieldset", [], [
                H.tag("legend", [], [
                    H.text("Companies to compare"),
                    H.span(" Without a choice: those with an offer or still interviewing, up to \(CompareModel.defaultLimit).",
                           [.cls("hint")]),
                ]),
                H.div([.cls("checks")], model.companies.map { company in
                    H.tag("label", [], [
                        H.void("input", [.type("checkbox"), .name("company"), .value(company.id.uuidString),
                                         .flag("checked", selected.contains(company.id))]),
                        H.text(company.name),
                        H.span(" " + company.status.label, [.cls("muted small")]),
                    ])
                }),
            ]),
            Field.submit("Compare"),
        ])
    }

    // MARK: The table

    private typealias Row = (label: String, cell: (ComparedCompany) -> Markup)

    private var rows: [Row] {
        [
            ("Values matched", { themes($0.valuesMatched, tone: "good") }),
            ("Dealbreakers hit", { company in
                let phrases = company.dealbreakerPhrasesHit.map { H.pill("“\($0)”", "bad") }
                return company.dealbreakersHit.isEmpty && phrases.isEmpty
                    ? none() : H.group(company.dealbreakersHit.map { H.pill($0.label, "bad") } + phrases)
            }),
            ("Trade-offs", { themes($0.tradeOffs, tone: "warn") }),
            ("Most loved", { themes($0.consensusLoves, tone: "good") }),
            ("Most want improved", { themes($0.consensusProblems, tone: "bad") }),
            ("Your people", { H.text($0.yourPeople ? "Yes" : "No") }),
            ("Process signals", { company in
                company.processSignals.isEmpty ? none() : H.ul([.cls("compact")], company.processSignals.map(H.text))
            }),
            ("Minutes for your questions", { H.text(Self.minutes(given: $0.minutesGiven, planned: $0.minutesPlanned)) }),
            ("Average gut feeling", { company in
                company.averageGutFeeling.map { H.text(String(format: "%.1f", $0) + "/5") } ?? none()
            }),
            ("Open follow-ups", { themes($0.openFollowUps, tone: "warn") }),
        ]
    }

    private var offerRows: [Row] {
        [
            ("Base pay", { offer($0) { terms in terms.basePay.map { OfferText.amount($0, currency: terms.currency) } } }),
            ("Bonus", { offer($0) { terms in terms.bonus.map { OfferText.amount($0, currency: terms.currency) } } }),
            ("Yearly cash", { offer($0) { terms in terms.yearlyCash.map { OfferText.amount($0, currency: terms.currency) } } }),
            ("Equity", { offer($0) { $0.equity } }),
            ("Currency", { offer($0) { $0.currency } }),
            ("Start date", { offer($0) { $0.startDate } }),
            ("Decision deadline", { offer($0) { $0.decisionDeadline } }),
        ]
    }

    private func sideBySide(_ companies: [ComparedCompany]) -> Markup {
        func body(_ rows: [Row]) -> [Markup] {
            rows.map { row in
                H.tag("tr", [], [H.tag("th", [.attr("scope", "row")], text: row.label)]
                    + companies.map { H.tag("td", [], [row.cell($0)]) })
            }
        }
        return H.scrollBox(label: "Companies side by side", [
            H.tag("table", [.cls("compare")], [
                H.tag("caption", [.cls("skip")], text: "Companies side by side"),
                H.tag("thead", [], [H.tag("tr", [], [H.tag("td", [], [])] + companies.map { company in
                    H.tag("th", [.attr("scope", "col")], [
                        H.a(company.name, href: SiteURL.insight(company: company.companyID).path),
                        H.div([.cls("small muted")], [H.text(company.status.label)]),
                    ])
                })]),
                H.tag("tbody", [], body(rows)),
                H.tag("tbody", [.cls("offer-rows")], [
                    H.tag("tr", [], [H.tag("th", [.attr("scope", "colgroup"), .attr("colspan", String(companies.count + 1))],
                                           text: "Offer")]),
                ] + body(offerRows)),
            ]),
        ])
    }

    private func themes(_ themes: [Theme], tone: String) -> Markup {
        themes.isEmpty ? none() : H.group(themes.map { H.pill($0.label, tone) })
    }

    private func offer(_ company: ComparedCompany, _ value: (OfferTerms) -> String?) -> Markup {
        company.offer.flatMap(value).map(H.text) ?? none()
    }

    /// A dash to the eye, the word to a screen reader.
    private func none() -> Markup {
        H.group([H.span("—", [.cls("muted"), .aria("hidden", "true")]), H.span("none", [.cls("sr-only")])])
    }

    /// "12 of 20 planned": what the company left against what the candidate hoped for.
    static func minutes(given: Int?, planned: Int?) -> String {
        switch (given, planned) {
        case let (given?, planned?): "\(given) of \(planned) planned"
        case let (given?, nil): "\(given) given"
        case let (nil, planned?): "\(planned) planned, none recorded as given"
        case (nil, nil): "—"
        }
    }
}

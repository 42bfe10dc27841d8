import CandorCore
import Foundation
import Plot

/// All companies in one table, in pipeline order.
struct CompanyListView {
    var companies: [Company]

    func page() -> Page {
        let sorted = companies.sorted { ($0.status, $0.name.matchKey) < ($1.status, $1.name.matchKey) }
        return Page(title: "Companies", section: .companies, content: [
            H.h1("Companies"),
            H.div([.cls("actions")], [H.a("Add a company", href: SiteURL.newCompany.path, [.cls("button")])]),
            sorted.isEmpty
                ? H.p("No companies yet.", [.cls("muted")])
                : H.table(
                    headers: ["Company", "Role", "Status", "Stage", "Since"],
                    rows: sorted.map { company in
                        [
                            H.a(company.name, href: SiteURL.company(company.id).path),
                            H.text(company.roleTitle ?? ""),
                            H.pill(company.status.label),
                            H.text(company.stage?.label ?? ""),
                            H.text(LocalTime.day(company.lastStatusChange, in: .current)),
                        ]
                    },
                    caption: "Companies"),
        ])
    }
}

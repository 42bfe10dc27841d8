import CandorCore
import Foundation
import Plot

/// The pipeline as a board, a column per status, each company a card that can be moved
/// with a plain form, or dragged to another column (the script then submits that same form).
struct PipelineView {
    var model: PipelineModel

    func page() -> Page {
        let columns = model.columns
        return Page(title: "Pipeline", section: .pipeline, content: [
            H.h1("Pipeline"),
            model.notice.map(Blocks.info) ?? H.nothing,
            PipelineParts.switcher(current: model.layout),
            model.entries.isEmpty ? PipelineParts.empty : H.group([
                H.div([.cls("board")], columns.filter { $0.status.isActive }.map(column)),
                H.h2("Closed", [.cls("muted")]),
                H.div([.cls("board quiet")], columns.filter { !$0.status.isActive }.map(column)),
            ]),
        ], zone: model.zone)
    }

    private func column(_ column: (status: PipelineStatus, entries: [PipelineEntry])) -> Markup {
        H.tag("section", [.cls("column"), .id("status-\(column.status.rawValue)"), .data("status", column.status.rawValue),
                          .aria("labelledby", "heading-\(column.status.rawValue)")], [
            H.tag("h2", [.id("heading-\(column.status.rawValue)")], [
                H.text(column.status.label), H.span(String(column.entries.count), [.cls("count")]),
            ]),
            column.entries.isEmpty
                ? H.p("None", [.cls("muted small")])
                : H.div([], column.entries.map(card)),
        ])
    }

    private func card(_ entry: PipelineEntry) -> Markup {
        let company = entry.company
        return H.tag("article", [.cls("card company-card"), .id("company-\(company.id)"), .data("company", company.name)], [
            H.tag("h3", [], [H.a(company.name, href: SiteURL.company(company.id).path)]),
            company.roleTitle.map { H.p($0, [.cls("small")]) } ?? H.nothing,
            H.p([.cls("small next-step")], [
                H.tag("strong", text: "Next: "), H.text(entry.nextStep),
                entry.nextInterview.map { H.text(", " + LocalTime.display($0.startsAt, in: model.zone)) } ?? H.nothing,
            ]),
            H.p(PipelineParts.quiet(entry), [.cls("small muted")]),
            PipelineParts.moveForm(company, back: model.path),
        ])
    }
}

/// The pipeline as one table, sorted by what needs doing first.
struct PipelineTableView {
    var model: PipelineModel

    func page() -> Page {
        Page(title: "Pipeline", section: .pipeline, content: [
            H.h1("Pipeline"),
            model.notice.map(Blocks.info) ?? H.nothing,
            PipelineParts.switcher(current: model.layout),
            model.entries.isEmpty ? PipelineParts.empty : H.table(
                headers: ["Company", "Status", "Role", "Next step", "Next interview", "Days since contact"],
                rows: model.entries.map { entry in
                    [
                        H.a(entry.company.name, href: SiteURL.company(entry.company.id).path),
                        H.pill(entry.company.status.label, entry.company.status.isActive ? "" : "quiet"),
                        H.text(entry.company.roleTitle ?? ""),
                        H.text(entry.nextStep),
                        entry.nextInterview.map {
                            H.a(LocalTime.display($0.startsAt, in: model.zone), href: SiteURL.interview($0.id).path)
                        } ?? H.text("—"),
                        H.text(String(entry.daysSinceContact)),
                    ]
                },
                caption: "Companies by next action"),
        ], zone: model.zone)
    }
}

/// Pieces both pipeline layouts share.
enum PipelineParts {
    static var empty: Markup { H.p([.cls("muted")], [
        H.text("No companies yet. "), H.a("Add the first one", href: SiteURL.newCompany.path), H.text("."),
    ]) }

    static func switcher(current: PipelineModel.Layout) -> Markup {
        H.tag("nav", [.cls("actions"), .aria("label", "Pipeline layout")], [
            link("Board", href: PipelineModel.Layout.board.path, on: current == .board),
            link("Table", href: PipelineModel.Layout.table.path, on: current == .table),
            H.a("Add a company", href: SiteURL.newCompany.path, [.cls("button")]),
        ])
    }

    static func quiet(_ entry: PipelineEntry) -> String {
        let days = entry.daysSinceContact
        return "\(days) \(days == 1 ? "day" : "days") since last contact"
    }

    /// Posts to the company's status route and comes back here; works without JavaScript.
    static func moveForm(_ company: Company, back: String) -> Markup {
        let id = "move-\(company.id)"
        return H.postForm([.attr("action", SiteURL.companyStatus(company.id).path), .cls("move")], [
            H.void("input", [.type("hidden"), .name("back"), .value(back + "#company-\(company.id)")]),
            H.tag("label", [.for(id), .cls("sr-only")], text: "Move \(company.name) to"),
            H.tag("select", [.id(id), .name("status")], PipelineStatus.allCases.map { status in
                H.tag("option", [.value(status.rawValue), .flag("selected", status == company.status)], text: status.label)
            }),
            Field.submit("Move", [.cls("secondary")]),
        ])
    }

    private static func link(_ label: String, href: String, on: Bool) -> Markup {
        H.a(label, href: href, on ? [.cls("button"), .aria("current", "page")] : [.cls("button secondary")])
    }
}

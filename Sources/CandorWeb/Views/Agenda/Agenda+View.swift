import CandorCore
import Foundation
import Plot

/// Every company's interviews day by day, with what the schedule asks too much of flagged
/// at the top and again next to the day and interview concerned.
struct AgendaView {
    var model: AgendaModel

    func page() -> Page {
        let agenda = model.agenda
        return Page(title: "Agenda", section: .agenda, content: [
            H.h1("Agenda"),
            H.p([.cls("muted")], [
                H.text("\(rangeText()) Times in \(model.zone.identifier). "),
                H.a("See these in your calendar app", href: SiteURL.profile.anchor("calendar")),
                H.text("."),
            ]),
            controls(),
            agenda.flags.isEmpty ? H.nothing : H.tag("section", [.cls("flags"), .aria("labelledby", "flags-heading")], [
                H.h2(agenda.flags.count == 1 ? "1 thing to look at" : "\(agenda.flags.count) things to look at",
                     [.id("flags-heading")]),
                H.group(agenda.flags.map { flag in
                    FlagMarkup.alert(flag, link: model.shownDays.contains(flag.day)
                        ? ("See \(TimeText.shortDay(flag.day, zone: model.zone))", "#day-\(flag.day)") : nil)
                }),
            ]),
            agenda.days.isEmpty ? empty() : H.group(agenda.days.map(day)),
        ], zone: model.zone)
    }

    private func rangeText() -> String {
        let query = model.query
        if query.showsAll { return "Every interview." }
        if model.isUpcoming { return "From today on." }
        let from = query.from.trimmedOrNil.map { "From \($0)" } ?? "From today"
        return from + (query.to.trimmedOrNil.map { " to \($0)." } ?? " on.")
    }

    private func empty() -> Markup {
        H.p([.cls("muted")], [
            H.text(model.isUpcoming ? "Nothing scheduled from today on. " : "No interviews in this range. "),
            H.a("See every interview", href: SiteURL.agenda.query(["all": "1"])),
        ])
    }

    /// Two small GET forms: the range, and the zone (which the server then remembers).
    private func controls() -> Markup {
        let query = model.query
        return H.div([.cls("card agenda-controls")], [
            H.tag("form", [.attr("method", "get"), .attr("action", SiteURL.agenda.path), .cls("row")], [
                Field.text("from", label: "From", value: query.showsAll ? nil : query.from, type: "date"),
                Field.text("to", label: "To", value: query.showsAll ? nil : query.to, type: "date", hint: "last day shown"),
                H.div([.cls("field actions")], [
                    Field.submit("Show"),
                    H.a("Upcoming", href: SiteURL.agenda.path, model.isUpcoming ? [.aria("current", "page")] : []),
                    H.a("Everything", href: SiteURL.agenda.query(["all": "1"]), query.showsAll ? [.aria("current", "page")] : []),
                ]),
            ]),
            H.tag("form", [.attr("method", "get"), .attr("action", SiteURL.agenda.path), .cls("row")], [
                hidden("from", query.from), hidden("to", query.to), hidden("all", query.showsAll ? "1" : nil),
                Field.select(ViewerZone.queryKey, label: "Time zone", selected: model.zone.identifier,
                             options: InterviewFormView.zoneChoices(including: model.zone.identifier).map { ($0, $0) },
                             hint: "remembered in this browser"),
                H.div([.cls("field")], [Field.submit("Use this zone", [.cls("secondary")])]),
            ]),
        ])
    }

    private func hidden(_ name: String, _ value: String?) -> Markup {
        guard let value = value.trimmedOrNil else { return H.nothing }
        return H.void("input", [.type("hidden"), .name(name), .value(value)])
    }

    private func day(_ day: Agenda.Day) -> Markup {
        H.tag("section", [.cls("agenda-day"), .id("day-\(day.date)"), .data("day", day.date)], [
            H.h2(TimeText.dayHeading(day.date, zone: model.zone)),
            H.group(day.flags.map { FlagMarkup.alert($0, compact: true) }),
            H.group(day.interviews.map { interview(day: day, $0) }),
        ])
    }

    private func interview(day: Agenda.Day, _ interview: Interview) -> Markup {
        let flags = model.flags(for: interview.id, on: day)
        let names = interview.participants.map(\.name)
        return H.tag("article", [.cls("card agenda-item"), .id("interview-\(interview.id)"),
                                 .data("interview", interview.id.uuidString.lowercased())], [
            H.div([.cls("when")], [H.tag("strong", text: TimeText.range(interview, zone: model.zone))]),
            H.div([.cls("what")], [
                H.div([], [
                    H.a(interview.companyName, href: SiteURL.company(interview.companyID).path),
                    H.text(" · "),
                    H.a(interview.kind.label, href: SiteURL.interview(interview.id).path),
                    interview.status == .scheduled ? H.nothing : H.text(" "),
                    interview.status == .scheduled ? H.nothing
                        : H.pill(interview.status.label, interview.status == .cancelled ? "bad" : ""),
                ]),
                H.div([.cls("small muted")], [H.text(names.isEmpty ? "Panel not known yet" : "With " + names.joined(separator: ", "))]),
                flags.isEmpty ? H.nothing : H.div([], flags.map(FlagMarkup.pill)),
            ]),
        ])
    }
}

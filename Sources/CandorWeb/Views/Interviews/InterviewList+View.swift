import CandorCore
import Foundation
import Plot

/// Every interview across companies: upcoming first, then the ones already held.
struct InterviewListView {
    var interviews: [Interview]
    var now: Date
    /// The viewer's zone, which times are shown in.
    var zone: TimeZone

    func page() -> Page {
        let upcoming = interviews.filter { $0.endsAt >= now && $0.status == .scheduled }
        let past = interviews.filter { !($0.endsAt >= now && $0.status == .scheduled) }.reversed()
        return Page(title: "Interviews", section: .interviews, content: [
            H.h1("Interviews"),
            H.p("Add interviews from a company's page, so the people you meet stay with their company.", [.cls("muted")]),
            H.h2("Upcoming"),
            upcoming.isEmpty ? H.p("Nothing scheduled.", [.cls("muted")]) : table(upcoming, caption: "Upcoming interviews"),
            H.h2("Earlier"),
            past.isEmpty ? H.p("None yet.", [.cls("muted")]) : table(Array(past), caption: "Earlier interviews"),
        ], zone: zone)
    }

    private func table(_ rows: [Interview], caption: String) -> Markup {
        H.table(headers: ["When", "Company", "Kind", "With", "Status"], rows: rows.map { interview in
            [
                H.a(LocalTime.display(interview.startsAt, in: zone), href: SiteURL.interview(interview.id).path),
                H.a(interview.companyName, href: SiteURL.company(interview.companyID).path),
                H.text("\(interview.kind.label), \(interview.durationMinutes) min"),
                H.text(interview.participants.map(\.name).joined(separator: ", ")),
                H.text(interview.status.label),
            ]
        }, caption: caption)
    }
}

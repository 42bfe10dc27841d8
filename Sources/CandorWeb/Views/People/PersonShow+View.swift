import CandorCore
import Foundation
import Plot

struct PersonShowView {
    var model: PersonShowModel

    func page() -> Page {
        let person = model.person
        return Page(title: person.name, section: .companies, content: [
            H.h1(person.name),
            H.div([.cls("actions")], [
                H.a("Edit", href: SiteURL.editPerson(person.id).path, [.cls("button secondary")]),
                H.a("Back to \(model.company.name)", href: SiteURL.company(model.company.id).anchor("people")),
            ]),
            H.div([.cls("card")], [
                H.facts([
                    ("Title", person.title.map(H.text)),
                    ("Role", H.text(person.roleKind.label)),
                    ("Company", H.a(model.company.name, href: SiteURL.company(model.company.id).path)),
                    ("Notes", person.notes.map { H.div([.cls("pre")], [H.text($0)]) }),
                ]),
            ]),
            interviewsSection(),
            answersSection(),
        ], zone: model.zone)
    }

    private func interviewsSection() -> Markup {
        H.group([
            H.h2("Interviews", [.id("interviews")]),
            model.interviews.isEmpty
                ? H.p("Not on any interview yet.", [.cls("muted")])
                : H.table(headers: ["When", "Kind", "Status", "With"], rows: model.interviews.map { interview in
                    [
                        H.a(LocalTime.display(interview.startsAt, in: model.zone), href: SiteURL.interview(interview.id).path),
                        H.text("\(interview.kind.label), \(interview.durationMinutes) min"),
                        H.text(interview.status.label),
                        H.text(interview.participants.filter { $0.personID != model.person.id }.map(\.name).joined(separator: ", ")),
                    ]
                }, caption: "Interviews \(model.person.name) took part in"),
        ])
    }

    private func answersSection() -> Markup {
        H.group([
            H.h2("What they said", [.id("answers")]),
            model.answers.isEmpty
                ? H.p("No answers recorded yet.", [.cls("muted")])
                : H.group(model.answers.map(answer)),
        ])
    }

    private func answer(_ ask: Ask) -> Markup {
        let interview = model.interview(ask.interviewID)
        return H.tag("article", [.cls("card answer"), .data("status", ask.status.rawValue)], [
            H.p(ask.questionText, [.cls("question-text")]),
            ask.answer.map { H.tag("blockquote", text: $0) }
                ?? (ask.status == .dodged ? H.p("Dodged the question.", [.cls("small muted")]) : H.nothing),
            H.div([.cls("small muted")], [
                H.pill(ask.status.label, ask.status == .dodged ? "bad" : ""),
                interview.map { H.a(LocalTime.display($0.startsAt, in: model.zone) + " · " + $0.kind.label,
                                    href: SiteURL.interview($0.id).path) } ?? H.nothing,
            ]),
        ])
    }
}

import CandorCore
import CandorStore
import Foundation
import Plot

/// One interview: when and where, the panel in order, and what was asked and answered.
struct InterviewShowModel {
    var interview: Interview
    var asks: [Ask]
    var budget: QuestionBudget
    /// The viewer's zone, which times are shown in.
    var zone: TimeZone

    static func load(from store: Store, id: UUID, zone: TimeZone) async throws -> InterviewShowModel {
        InterviewShowModel(
            interview: try await store.interview(id: id),
            asks: try await store.asks(interviewID: id),
            budget: try await store.questionBudget(for: try await store.interview(id: id)),
            zone: zone)
    }
}

struct InterviewShowView {
    var model: InterviewShowModel

    func page() -> Page {
        let interview = model.interview
        let names = Dictionary(uniqueKeysWithValues: interview.participants.map { ($0.personID, $0.name) })
        return Page(title: interview.title, section: .interviews, content: [
            H.h1(interview.title),
            H.div([.cls("actions")], [
                H.a(interview.status == .scheduled ? "Plan your questions" : "Your questions", href: SiteURL.plan(interview: interview.id).path, [.cls("button")]),
                H.a("Interview mode", href: SiteURL.capture(interview: interview.id).path, [.cls("button secondary"), .data("capture-link", "")]),
                H.a("Edit", href: SiteURL.editInterview(interview.id).path, [.cls("button secondary")]),
                H.a("Back to \(interview.companyName)", href: SiteURL.company(interview.companyID).path),
            ]),
            H.div([.cls("card")], [
                H.facts([
                    ("When", when()),
                    ("Length", H.text("\(interview.durationMinutes) minutes")),
                    ("Format", H.text(interview.format.label)),
                    ("Where", interview.location.map { H.div([.cls("pre")], [H.text($0)]) }),
                    ("Status", H.pill(interview.status.label)),
                    ("For your questions", H.text(questionTime())),
                    ("Notes", interview.notes.map { H.div([.cls("pre")], [H.text($0)]) }),
                ]),
            ]),
            H.h2("Panel"),
            interview.participants.isEmpty
                ? H.p("Nobody named yet.", [.cls("muted")])
                : H.tag("ol", [.cls("panel")], interview.participants.map { person in
                    H.tag("li", [], [
                        H.a(person.name, href: SiteURL.person(person.personID).path),
                        H.span(" — " + [person.title, person.roleKind.label].compactMap { $0 }.joined(separator: ", "), [.cls("muted")]),
                    ])
                }),
            H.h2("Questions and answers"),
            model.asks.isEmpty
                ? H.p("Nothing recorded yet.", [.cls("muted")])
                : H.group(model.asks.map { ask in
                    H.div([.cls("card")], [
                        H.div([.cls("small")], [H.tag("strong", text: names[ask.personID] ?? "Someone"), H.text(" · " + ask.status.label)]),
                        H.p(ask.questionText),
                        ask.answer.map { H.tag("blockquote", text: $0) } ?? H.nothing,
                    ])
                }),
            H.h2("Danger zone"),
            H.p([], [H.a("Remove this interview…", href: SiteURL.removeInterview(interview.id).path)]),
        ], zone: model.zone)
    }

    /// The time in the viewer's zone and, when it was typed in another zone, as it was typed:
    /// "15:00 in Berlin" is what the invitation said, and worth seeing next to one's own clock.
    private func when() -> Markup {
        let interview = model.interview
        let shown = H.text(LocalTime.display(interview.startsAt, in: model.zone))
        // Compared as Foundation names them: on Linux "UTC" comes back as "GMT".
        guard let entered = TimeZone(identifier: interview.timeZone), entered.identifier != model.zone.identifier else {
            return shown
        }
        return H.group([
            shown,
            H.div([.cls("small muted entered-zone")], [
                H.text("entered as \(LocalTime.display(interview.startsAt, in: entered)), \(interview.timeZone)"),
            ]),
        ])
    }

    private func questionTime() -> String {
        let planned = "\(model.budget.minutes) min planned" + (model.budget.isSet ? "" : " (the default for this panel)")
        guard let given = model.interview.questionMinutesGiven else { return planned }
        return planned + (given == 0 ? ", none given" : ", \(given) min given")
    }
}

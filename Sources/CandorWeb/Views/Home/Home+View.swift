import CandorCore
import Foundation
import Plot

/// The home page: onboarding on first run, afterwards the pipeline and what is next.
struct HomeView {
    var model: HomeModel
    /// Already in the demo's sandbox: no need to offer it.
    var inDemo = false

    func page() -> Page {
        Page(title: "Home", section: .home, content: model.isFirstRun ? onboarding() : dashboard(),
             zone: model.isFirstRun ? nil : model.zone)
    }

    private func onboarding() -> [Markup] {
        [
            H.h1("Welcome to Candor"),
            H.p("An interview is a two-way assessment. Candor helps you choose what to ask each interviewer, write down what they say, and see the patterns across a company."),
            H.div([.cls("card")], [
                H.h2("Get started in three steps"),
                H.tag("ol", [.cls("steps")], [
                    H.tag("li", model.hasPreferences ? [.cls("done")] : [], [
                        H.tag("strong", text: "Say what matters to you. "),
                        H.text("Pick the values you hope to find and the dealbreakers you will not accept. "),
                        H.a(model.hasPreferences ? "Review them" : "Set values and dealbreakers", href: SiteURL.profile.path),
                    ]),
                    H.tag("li", [], [
                        H.tag("strong", text: "Add a company you are talking to. "),
                        H.text("Its stage and size shape which questions fit. "),
                        H.a("Add your first company", href: SiteURL.newCompany.path),
                    ]),
                    H.tag("li", [], [
                        H.tag("strong", text: "Or look around first. "),
                        H.text("Try a demo search with three companies, a panel interview and real-looking answers. "
                            + "It is kept apart from your own, and you leave or delete it in one click."),
                        Blocks.postButton("Try the demo", action: SiteURL.demo.path),
                    ]),
                ]),
            ]),
        ]
    }

    private func dashboard() -> [Markup] {
        var content: [Markup] = [
            H.h1("Your search"),
            H.div([.cls("actions")], [
                H.a("Add a company", href: SiteURL.newCompany.path, [.cls("button")]),
                H.a("All interviews", href: SiteURL.interviews.path, [.cls("button secondary")]),
            ]),
        ]
        content.append(offersDue())
        if !model.hasPreferences {
            content.append(Blocks.info("Tell Candor what matters to you so it can rank questions and flag dealbreakers."))
            content.append(H.p([], [H.a("Set your values and dealbreakers", href: SiteURL.profile.path)]))
        }
        content.append(flagSummary())
        content.append(H.h2("Coming up", [.id("upcoming")]))
        if model.upcoming.isEmpty {
            content.append(H.p("No interviews scheduled.", [.cls("muted")]))
        } else {
            content.append(H.table(
                headers: ["When", "Company", "Kind", "With"],
                rows: model.upcoming.map { item in
                    [
                        H.a(LocalTime.display(item.startsAt, in: item.zone), href: SiteURL.interview(item.id).path),
                        H.a(item.companyName, href: SiteURL.company(item.companyID).path),
                        H.text("\(item.kind.label), \(item.durationMinutes) min"),
                        H.text(item.participants.joined(separator: ", ")),
                    ]
                },
                caption: "Upcoming interviews"))
        }
        content.append(practice())
        content.append(H.h2("Pipeline", [.id("pipeline")]))
        content.append(H.p([.cls("small")], [H.a("Open the pipeline board", href: SiteURL.pipeline.path)]))
        content.append(H.div([.cls("grid")], model.columns.map(column)))
        if !model.closed.isEmpty {
            content.append(H.h2("Closed"))
            content.append(H.div([.cls("grid")], model.closed.map(column)))
        }
        if !inDemo {
            content.append(H.div([.cls("card try-demo")], [
                H.p("Curious how a whole search looks in Candor? The demo opens apart from yours, and leaves no trace.",
                    [.cls("small")]),
                Blocks.postButton("Try the demo", action: SiteURL.demo.path),
            ]))
        }
        return content
    }

    /// Offers that need an answer within days: the most pressing thing on the page, so it comes first.
    private func offersDue() -> Markup {
        guard !model.offersDue.isEmpty else { return H.nothing }
        return H.tag("section", [.cls("alert warning offers-due"), .id("offers-due"), .aria("labelledby", "offers-due-heading")], [
            H.tag("h2", [.id("offers-due-heading")], text: model.offersDue.count == 1 ? "A decision is due" : "Decisions are due"),
            H.ul([], model.offersDue.map { due in
                H.group([H.tag("strong", text: due.message), H.text(" · "),
                         H.a("Offer details", href: SiteURL.company(due.companyID).anchor("offer"))])
            }),
            H.p([], [H.a("Compare your options", href: SiteURL.compare.path)]),
        ])
    }

    /// A short count of what the agenda flags, with the worst first; the agenda has the detail.
    private func flagSummary() -> Markup {
        guard let worst = model.flags.first else { return H.nothing }
        let count = model.flags.count
        return H.tag("section", [.cls("alert \(FlagMarkup.tone(worst)) flag-summary"), .id("flags"),
                                 .aria("labelledby", "flags-heading")], [
            H.tag("h2", [.id("flags-heading")], text: count == 1 ? "Flags: 1 thing in your schedule" : "Flags: \(count) things in your schedule"),
            H.ul([], model.flags.prefix(3).map { H.text($0.message) }),
            H.p([], [H.a(count > 3 ? "See all \(count) on the agenda" : "See the agenda", href: SiteURL.agenda.path)]),
        ])
    }

    /// The practice habit: when the last interview was and, when one is due, a nudge to book one.
    private func practice() -> Markup {
        let nudge = model.practice
        let add: Markup = model.interviewTarget.map { target in
            H.a("Add an interview at \(target.name)", href: SiteURL.newInterview(company: target.id).path, [.cls("button")])
        } ?? H.a("Add a company to interview with", href: SiteURL.newCompany.path, [.cls("button")])
        // The message already names the last interview's date (in the viewer's zone).
        return H.tag("section", [.cls(nudge.isDue ? "card practice due" : "card practice"), .id("practice")], [
            H.h2("Practice"),
            nudge.isDue
                ? H.div([.cls("alert warning nudge"), .attr("role", "note")], [H.text(nudge.message)])
                : H.p(nudge.message, [.cls("muted")]),
            nudge.isDue ? H.div([.cls("actions")], [add]) : H.nothing,
        ])
    }

    private func column(_ column: (status: PipelineStatus, companies: [HomeModel.CompanyCard])) -> Markup {
        H.tag("section", [.cls("card status-column"), .data("status", column.status.rawValue)], [
            H.tag("h3", [], [H.text(column.status.label), H.span(String(column.companies.count), [.cls("muted")])]),
            column.companies.isEmpty
                ? H.p("None", [.cls("muted small")])
                : H.ul([], column.companies.map { card in
                    H.group([
                        H.a(card.name, href: SiteURL.company(card.id).path),
                        card.roleTitle.map { H.div([.cls("small muted")], [H.text($0)]) } ?? H.nothing,
                        card.nextInterview.map {
                            H.div([.cls("small")], [H.text("Next: " + LocalTime.display($0, in: card.zone))])
                        } ?? H.nothing,
                    ])
                }),
        ])
    }
}

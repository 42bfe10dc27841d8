import CandorCore
import CandorStore
import Foundation
import Plot

struct CompanyShowView {
    var model: CompanyShowModel

    func page() -> Page {
        let company = model.company
        return Page(title: company.name, section: .companies, content: [
            H.h1(company.name),
            model.flash.map(Blocks.info) ?? H.nothing,
            H.div([.cls("actions")], [
                H.a("Edit", href: SiteURL.editCompany(company.id).path, [.cls("button secondary")]),
                H.a("Add a person", href: SiteURL.newPerson(company: company.id).path, [.cls("button secondary")]),
                H.a("Add an interview", href: SiteURL.newInterview(company: company.id).path, [.cls("button")]),
                // Only once something was heard: before that the page would be empty.
                model.hasAnswers ? H.a("What you heard", href: SiteURL.insight(company: company.id).path, [.cls("button secondary")]) : H.nothing,
            ]),
            facts(),
            statusCard(),
            offerCard(),
            peopleSection(),
            coverageCard(),
            interviewsSection(),
            H.h2("Danger zone"),
            H.p([], [H.a("Remove this company…", href: SiteURL.removeCompany(company.id).path)]),
        ], zone: model.zone)
    }

    private func facts() -> Markup {
        let company = model.company
        let traits = [company.stage?.label, company.ownership?.label, company.funding?.label, company.kind?.label]
            .compactMap { $0 }
        return H.div([.cls("card")], [
            H.facts([
                ("Role", company.roleTitle.map(H.text)),
                ("Status", H.pill(company.status.label)),
                ("Company", traits.isEmpty ? nil : H.text(traits.joined(separator: " · "))),
                ("Headcount", company.headcount.map { H.text($0.formatted()) }),
                ("Website", company.website.map { H.a($0, href: $0, [.attr("rel", "noopener noreferrer")]) }),
                ("Job posting", company.postingURL.map { H.a($0, href: $0, [.attr("rel", "noopener noreferrer")]) }),
                ("Concerns", company.concerns.isEmpty ? nil : H.group(company.concerns.map { H.pill($0.label, "warn") })),
                ("In your words", company.concernNotes.map { H.div([.cls("pre")], [H.text($0)]) }),
                ("Notes", company.notes.map { H.div([.cls("pre")], [H.text($0)]) }),
            ]),
            company.postingText.map { text in
                H.tag("details", [], [H.tag("summary", text: "Posting text"), H.div([.cls("pre small")], [H.text(text)])])
            } ?? H.nothing,
        ])
    }

    private func statusCard() -> Markup {
        let company = model.company
        return H.div([.cls("card")], [
            H.h2("Pipeline"),
            H.postForm([.attr("action", SiteURL.companyStatus(company.id).path), .cls("row")], [
                Field.choice("status", label: "Move to", selected: company.status.rawValue, of: PipelineStatus.self, allowNone: false),
                Field.text("note", label: "Note", value: nil, hint: "optional"),
                H.div([.cls("field")], [Field.submit("Update status")]),
            ]),
            H.tag("ol", [.cls("small")], company.statusHistory.reversed().map { change in
                H.tag("li", [], [
                    H.text("\(LocalTime.day(change.changedAt, in: .current)): \(change.status.label)"),
                    change.note.map { H.span(" — " + $0, [.cls("muted")]) } ?? H.nothing,
                ])
            }),
        ])
    }

    /// The offer's terms, or a way to record one.
    private func offerCard() -> Markup {
        let company = model.company
        let rows = model.offer.map { OfferText.rows($0.terms) } ?? []
        return H.tag("section", [.cls("card offer"), .id("offer")], [
            H.h2("Offer"),
            rows.isEmpty
                ? H.p("No offer recorded.", [.cls("muted")])
                : H.facts(rows.map { row in
                    (row.label, row.label == "Notes" ? H.div([.cls("pre")], [H.text(row.value)]) : H.text(row.value))
                }),
            H.p([.cls("small")], [
                H.a(rows.isEmpty ? "Record an offer" : "Edit the offer", href: SiteURL.offer(company: company.id).path),
                rows.isEmpty ? H.nothing : H.group([H.text(" · "), H.a("Compare it with others", href: SiteURL.compare.path)]),
            ]),
        ])
    }

    private func peopleSection() -> Markup {
        H.group([
            H.h2("People", [.id("people")]),
            model.people.isEmpty
                ? H.p("Nobody yet. Add the people you meet: their role decides what to ask them.", [.cls("muted")])
                : H.table(headers: ["Name", "Title", "Role", "Notes", ""], rows: model.people.map { person in
                    [
                        H.a(person.name, href: SiteURL.person(person.id).path),
                        H.text(person.title ?? ""),
                        H.text(person.roleKind.label),
                        H.div([.cls("pre small")], [H.text(person.notes ?? "")]),
                        H.a("Edit", href: SiteURL.editPerson(person.id).path, [.aria("label", "Edit \(person.name)")]),
                    ]
                }, caption: "People"),
        ])
    }

    /// What is still to ask at this company: the closing questions of people met, and the
    /// candidate's dealbreakers that nobody has been asked about.
    private func coverageCard() -> Markup {
        let coverage = model.coverage
        let covered = coverage.missingClosing.isEmpty && coverage.unprobedDealbreakers.isEmpty
        return H.tag("section", [.cls("card coverage"), .id("coverage")], [
            H.h2("Coverage"),
            covered
                ? coveredText(coverage)
                : H.group([
                    coverage.missingClosing.isEmpty ? H.nothing : H.div([.cls("missing-closing")], [
                        H.p("Not yet asked both closing questions:", [.cls("small")]),
                        H.ul([], coverage.missingClosing.map { person in
                            H.group([H.a(person.name, href: SiteURL.person(person.id).path),
                                     H.span(" · " + person.roleKind.label, [.cls("muted small")])])
                        }),
                    ]),
                    coverage.unprobedDealbreakers.isEmpty ? H.nothing : H.div([.cls("unprobed")], [
                        H.p("Your dealbreakers nobody has been asked about yet:", [.cls("small")]),
                        H.p([], coverage.unprobedDealbreakers.map { H.pill($0.label, "bad") }),
                    ]),
                    H.p("An upcoming interview's plan puts the closing round to everyone on its panel and favours questions on your dealbreakers.", [.cls("small muted")]),
                ]),
        ])
    }

    /// Nothing left to ask, said only of what is true: nobody met yet is not "all covered".
    private func coveredText(_ coverage: PlanCoverage) -> Markup {
        guard coverage.peopleMet > 0 else {
            return H.p([.cls("muted")], [
                H.text("Nothing to cover yet. Once an interview has a panel, its plan puts both closing questions to everyone on it"),
                model.hasDealbreakers ? H.text(" and probes your dealbreakers.")
                    : H.group([H.text(". Set your dealbreakers in "), H.a("your profile", href: SiteURL.profile.path),
                               H.text(" and plans will probe them too.")]),
            ])
        }
        return H.p([.cls("muted")], [
            H.text(coverage.peopleMet == 1 ? "Covered: the person you met was asked both closing questions"
                                             : "Covered: all \(coverage.peopleMet) people you met were asked both closing questions"),
            model.hasDealbreakers ? H.text(", and each of your dealbreakers has come up.")
                : H.group([H.text(". You have no dealbreakers set: "), H.a("add them to your profile", href: SiteURL.profile.path),
                           H.text(" to see whether they come up.")]),
        ])
    }

    private func interviewsSection() -> Markup {
        H.group([
            H.h2("Interviews", [.id("interviews")]),
            model.interviews.isEmpty
                ? H.p("No interviews yet.", [.cls("muted")])
                : H.group(model.interviews.map(interviewCard)),
        ])
    }

    private func interviewCard(_ interview: Interview) -> Markup {
        let zone = model.zone
        let asks = model.asks[interview.id] ?? []
        return H.div([.cls("card")], [
            H.tag("h3", [], [H.a("\(interview.kind.label), \(LocalTime.display(interview.startsAt, in: zone))",
                                 href: SiteURL.interview(interview.id).path)]),
            H.p("\(interview.status.label) · \(interview.durationMinutes) min · with "
                + (interview.participants.isEmpty ? "nobody named yet" : interview.participants.map(\.name).joined(separator: ", ")),
                [.cls("small muted")]),
            model.isUpcoming(interview)
                ? H.p([], [H.a("Plan your questions", href: SiteURL.plan(interview: interview.id).path, [.cls("button")])])
                : H.nothing,
            H.group(asks.filter { $0.answer != nil || $0.status == .dodged }.map { ask in
                H.div([], [
                    H.div([.cls("small")], [H.tag("strong", text: model.personName(ask.personID)), H.text(" — " + ask.questionText)]),
                    ask.status == .dodged
                        ? H.p("Dodged the question.", [.cls("small muted")])
                        : H.tag("blockquote", text: ask.answer ?? ""),
                ])
            }),
        ])
    }
}

import CandorCore
import CandorStore
import Foundation
import Plot

/// An interview's plan: each person's questions in order, the closing round, and the forms
/// that change the plan. Printed, it is one sheet to take into the interview (see the print
/// rules in `Public/candor.css`): no forms or buttons, a box to tick and room for notes by each question.
struct PlanPageView {
    var model: PlanPageModel

    func page() -> Page {
        let interview = model.interview
        return Page(title: "Plan: \(interview.title)", section: .interviews, content: [
            H.div([.cls("plan-sheet")], [
                header(),
                model.notice.map { H.div([.cls("no-print")], [Blocks.info($0)]) } ?? H.nothing,
                H.div([.cls("actions")], [
                    H.tag("button", [.type("button"), .cls("secondary"), .data("print", ""), .flag("hidden")], text: "Print this sheet"),
                    model.panel.isEmpty ? H.nothing
                        : H.a("Interview mode", href: SiteURL.capture(interview: interview.id).path, [.cls("button"), .data("capture-link", "")]),
                    H.a("Back to the interview", href: SiteURL.interview(interview.id).path),
                    H.a(interview.companyName, href: SiteURL.company(interview.companyID).path),
                ]),
                model.panel.isEmpty ? emptyPanel() : H.group([
                    H.group(model.panel.map(personSection)),
                    closingSection(),
                    // A held or cancelled interview's plan is its record: the store refuses changes,
                    // so the page offers none.
                    model.canChange ? tools() : H.nothing,
                ]),
            ]),
        ], zone: model.zone)
    }

    // MARK: The sheet

    private func header() -> Markup {
        let interview = model.interview
        let when = [LocalTime.display(interview.startsAt, in: model.zone), "\(interview.durationMinutes) minutes", interview.format.label]
        return H.tag("header", [.cls("plan-head")], [
            H.h1("Your questions for \(interview.title)"),
            H.p(when.joined(separator: " · "), [.cls("when")]),
            model.canChange ? H.nothing
                : H.p("This interview is \(interview.status.label.lowercased()): its plan is the record of what was asked.", [.cls("muted")]),
            model.panel.isEmpty ? H.nothing : H.div([.cls("participants")], [
                H.span("With ", [.cls("muted")]),
                H.tag("ol", [.cls("panel")], model.panel.map { person in
                    H.tag("li", [], [H.text(person.name), H.span(" (\(role(of: person)))", [.cls("muted")])])
                }),
            ]),
            model.panel.isEmpty ? H.nothing : budgetLine(),
            model.overBudget == 0 ? H.nothing : H.div([.cls("alert warning no-print"), .attr("role", "status")], [
                H.text(overBudgetText().text + " "),
                H.a(overBudgetText().pinnedTooMuch ? "keep more minutes for this interview" : "Keep more minutes for this interview",
                    href: SiteURL.editInterview(interview.id).path),
                H.text("."),
            ]),
        ])
    }

    /// "18 of 25 minutes planned" while the interview is to come; what it took once it happened.
    private func budgetLine() -> Markup {
        let plan = model.plan
        guard plan.interview.status == .scheduled else {
            let asked = plan.asks.filter { $0.status == .asked || $0.status == .answered || $0.status == .dodged }
            return H.p("\(asked.count) of \(plan.asks.count) planned questions asked", [.cls("budget")])
        }
        let kept = plan.budget.isSet ? "" : " (the default for this panel)"
        return H.p(
            "\(plan.plannedMinutes) of \(plan.budgetMinutes) minutes planned\(kept)",
            [.cls(model.overBudget > 0 ? "budget over" : "budget"), .data("planned", String(plan.plannedMinutes))])
    }

    /// Why the plan is over budget, without blaming the candidate: a budget set below what the
    /// panel needs, or what they pinned and added.
    private func overBudgetText() -> (text: String, pinnedTooMuch: Bool) {
        let plan = model.plan
        let over = "\(model.overBudget) \(model.overBudget == 1 ? "minute" : "minutes")"
        if !plan.asks.contains(where: \.pinned), plan.budget.minutes < plan.budget.needed {
            return ("This plan is \(over) over the \(plan.budgetMinutes) you kept: for \(model.panel.count == 1 ? "one person" : "\(model.panel.count) people"), "
                + "the closing round, the why-question and one question each take about \(plan.budget.needed).", false)
        }
        return ("What you pinned and added takes \(over) more than the \(plan.budgetMinutes) kept for your questions. "
            + "Unpin or drop one here, or", true)
    }

    private func role(of person: Participant) -> String {
        [person.title, person.roleKind == .other ? nil : person.roleKind.label].compactMap { $0 }.uniqued().joined(separator: ", ")
            .nonEmpty ?? person.roleKind.label
    }

    private func emptyPanel() -> Markup {
        H.div([.cls("card")], [
            H.p("Nobody is on this interview's panel yet, so there is nobody to plan questions for."),
            H.p([], [
                H.text("Add the people you will meet, in the order they will talk to you: "),
                H.a("edit the interview", href: SiteURL.editInterview(model.interview.id).path),
                H.text(". Candor then picks questions for each of them."),
            ]),
        ])
    }

    private func personSection(_ person: Participant) -> Markup {
        let asks = model.questions(for: person)
        return H.tag("section", [.cls("card plan-person"), .id("person-\(person.personID)"), .data("person", person.name)], [
            H.tag("h2", [], [H.text(person.name), H.span(" · " + role(of: person), [.cls("role")])]),
            asks.isEmpty
                ? H.p("Nothing planned for \(person.name) beyond the closing round.", [.cls("muted small")])
                : H.tag("ol", [.cls("plan-list")], asks.enumerated().map { index, ask in
                    item(ask, first: index == 0, last: index == asks.count - 1)
                }),
        ])
    }

    private func closingSection() -> Markup {
        let round = model.plan.closingRound
        return H.tag("section", [.cls("card plan-closing"), .id("closing-round")], [
            H.h2("Closing round"),
            H.p("Both closing questions for everyone: the first question round the panel in order, the second in reverse.",
                [.cls("small muted")]),
            round.isEmpty
                ? H.p("No closing round in this plan. “Plan again” adds it.", [.cls("muted")])
                : H.tag("ol", [.cls("plan-list closing")], round.map { closingItem($0) }),
        ])
    }

    private func item(_ ask: Ask, first: Bool, last: Bool) -> Markup {
        H.tag("li", [.cls(ask.pinned ? "plan-item pinned" : "plan-item"), .id("ask-\(ask.id)"), .data("ask", ask.id.uuidString)], [
            H.p(ask.questionText, [.cls("q-text")]),
            meta(ask),
            ask.reasons.isEmpty ? H.nothing
                : H.p(ask.reasons.map(\.text).joined(separator: "; "), [.cls("reasons small muted no-print")]),
            ask.status == .planned && model.canChange ? buttons(ask, first: first, last: last) : H.nothing,
            notesSpace(),
        ])
    }

    private func closingItem(_ ask: Ask) -> Markup {
        H.tag("li", [.cls("plan-item"), .id("ask-\(ask.id)"), .data("ask", ask.id.uuidString)], [
            H.p([.cls("q-text")], [H.tag("strong", text: model.name(of: ask.personID)), H.text(" — " + ask.questionText)]),
            meta(ask),
            notesSpace(),
        ])
    }

    private func meta(_ ask: Ask) -> Markup {
        H.div([.cls("meta small")], [
            H.span("\(model.minutes(ask)) min", [.cls("minutes")]),
            ask.pinned && !ask.reasons.contains(.closing) ? H.span("Pinned", [.cls("pill pin no-print")]) : H.nothing,
            ask.status == .planned ? H.nothing : H.span(ask.status.label, [.cls("pill status"), .data("status", ask.status.rawValue)]),
        ])
    }

    /// Ruled room for notes, shown only on paper.
    private func notesSpace() -> Markup {
        H.div([.cls("notes"), .aria("hidden", "true")], [])
    }

    private func buttons(_ ask: Ask, first: Bool, last: Bool) -> Markup {
        H.div([.cls("item-actions no-print")], [
            ask.pinned ? button("Unpin", .planItem(ask: ask.id, .unpin), help: "Planning again may swap it for another question")
                : button("Pin", .planItem(ask: ask.id, .pin), help: "Keep it when planning again"),
            button("Drop", .planItem(ask: ask.id, .drop), help: "Leave it out of this interview", style: "secondary danger-text"),
            first ? H.nothing : button("Up", .planItem(ask: ask.id, .up), help: "Ask it one place earlier"),
            last ? H.nothing : button("Down", .planItem(ask: ask.id, .down), help: "Ask it one place later"),
        ])
    }

    /// A tiny form that posts one change to one planned question.
    private func button(_ label: String, _ action: SiteURL, help: String, style: String = "secondary") -> Markup {
        H.postForm([.attr("action", action.path)], [
            H.tag("button", [.type("submit"), .cls(style), .attr("title", help)], text: label),
        ])
    }

    // MARK: Changing the plan

    private func tools() -> Markup {
        H.tag("section", [.cls("plan-tools no-print"), .id("change")], [
            H.h2("Change the plan"),
            addFromBank(),
            askSomethingElse(),
            H.div([.cls("card")], [
                H.h3("Plan again"),
                H.p("Picks again from your bank, profile and what was said at \(model.company.name) so far. It keeps what you pinned and leaves out what you dropped.",
                    [.cls("small muted")]),
                Blocks.postButton("Plan again", action: SiteURL.replan(interview: model.interview.id).path),
            ]),
        ])
    }

    private func addFromBank() -> Markup {
        let search = model.search
        let here = SiteURL.plan(interview: model.interview.id).anchor("add-bank")
        return H.div([.cls("card"), .id("add-bank")], [
            H.h3("Add from your bank"),
            H.tag("form", [.attr("method", "get"), .attr("action", here), .attr("role", "search"), .cls("row")], [
                Field.text("q", label: "Narrow the list", value: search, type: "search", hint: "words in any form"),
                H.div([.cls("field")], [Field.submit("Find", [.cls("secondary")])]),
                search == nil ? H.nothing : H.div([.cls("field")], [H.a("Show all", href: here)]),
            ]),
            model.offered.isEmpty
                ? H.p(search == nil ? "No question in your bank suits this company and panel." : "No question matches. Try other words.",
                      [.cls("muted")])
                : H.postForm([.attr("action", SiteURL.addToPlan(interview: model.interview.id).path)], [
                    H.div([.cls("row")], [
                        personSelect(id: "bank-person"),
                        H.div([.cls("field wide")], [
                            H.tag("label", [.for("bank-question")], [
                                H.text("Question"),
                                H.span(search == nil ? " \(model.offered.count) that suit \(model.company.name)"
                                    : " \(model.offered.count) matching, best first", [.cls("hint")]),
                            ]),
                            H.tag("select", [.id("bank-question"), .name("questionID"), .flag("required")], questionOptions()),
                        ]),
                    ]),
                    Field.submit("Add to the plan"),
                ]),
        ])
    }

    private func questionOptions() -> [Markup] {
        func option(_ question: Question) -> Markup {
            var label = question.text(for: model.company.name) + " · \(question.minutes) min"
            if !question.audiences.contains(.any) {
                label += " · for " + question.audiences.map { $0.label.lowercased() }.joined(separator: " or ")
            }
            return H.tag("option", [.value(question.id.uuidString)], text: label)
        }
        // Searching ranks the matches, so they stay in that order; otherwise by category.
        if model.search != nil { return model.offered.map(option) }
        return model.offeredByCategory.map { group in
            H.tag("optgroup", [.attr("label", group.category)], group.questions.map(option))
        }
    }

    private func askSomethingElse() -> Markup {
        H.div([.cls("card"), .id("add-own")], [
            H.h3("Ask something else"),
            H.postForm([.attr("action", SiteURL.addToPlan(interview: model.interview.id).path)], [
                H.div([.cls("row")], [
                    personSelect(id: "own-person"),
                    H.div([.cls("field wide")], [
                        H.tag("label", [.for("own-text")], [H.text("Question"), H.span(" only for this interview", [.cls("hint")])]),
                        H.void("input", [.type("text"), .id("own-text"), .name("text"), .flag("required"),
                                         .attr("maxlength", String(QuestionDraft.maxTextLength))]),
                    ]),
                ]),
                Field.submit("Add to the plan"),
            ]),
        ])
    }

    private func personSelect(id: String) -> Markup {
        H.div([.cls("field")], [
            H.tag("label", [.for(id)], text: "Ask"),
            H.tag("select", [.id(id), .name("personID")], model.panel.map { person in
                H.tag("option", [.value(person.personID.uuidString)], text: person.name)
            }),
        ])
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

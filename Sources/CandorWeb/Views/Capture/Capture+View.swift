import CandorCore
import CandorStore
import Foundation
import Plot
import Vapor

/// Interview mode: the plan as a set of plain forms to type answers into during the interview,
/// one per person and one for the closing round, then the after-the-interview form.
///
/// Without JavaScript each section is saved by its "Save this section" button. With it,
/// `/assets/capture.js` saves every answer on its own as typing pauses (the page is marked
/// `data-capture`; each text area carries `data-ask-id` and `data-version`), keeps unsent text
/// in the browser, and runs the clock (`data-clock`). See `Asset`.
struct CapturePageView {
    var model: CapturePageModel
    var status: HTTPResponseStatus = .ok

    func page() -> Page {
        let interview = model.interview
        var page = Page(title: "Interview mode: \(interview.title)", section: .interviews, content: [
            H.div([.cls("capture"), .data("capture", ""), .data("interview-id", interview.id.uuidString)], [
                bar(),
                model.notice.map { Blocks.info($0) } ?? H.nothing,
                problems(),
                model.panel.isEmpty && model.plan.asks.isEmpty ? emptyPanel() : H.group(model.sections.map(section)),
                adHocForm(),
                afterSection(),
            ]),
        ])
        // No `zone`: the page shows no times, so the script never reloads it to fix one.
        page.status = status
        page.scripts = [.captureScript]
        return page
    }

    // MARK: The sticky header

    private func bar() -> Markup {
        let interview = model.interview
        let budget = model.plan.budgetMinutes
        return H.tag("header", [.cls("capture-bar")], [
            H.div([.cls("capture-line")], [
                H.tag("h1", [.cls("capture-title")], [H.text(interview.title)]),
                H.div([.cls("clock"), .data("clock", ""), .data("minutes-reserved", String(budget))], [
                    H.span("\(budget) min for your questions", [.cls("clock-time"), .data("clock-elapsed", ""), .attr("aria-live", "off")]),
                    H.tag("button", [.type("button"), .cls("small-button"), .data("clock-start", ""), .flag("hidden")], text: "Start"),
                    H.tag("button", [.type("button"), .cls("small-button secondary"), .data("clock-reset", ""), .flag("hidden")],
                          text: "Reset"),
                ]),
            ]),
            H.div([.cls("capture-line small")], [
                // Filled in by the script; without it each section is saved by its own button.
                H.tag("p", [.id("save-banner"), .cls("save-banner"), .attr("role", "status"), .aria("live", "polite"),
                            .data("state", ""), .flag("hidden")], text: ""),
                H.a("Next unanswered", href: model.nextUnanswered, [.data("next-unanswered", "")]),
                H.a("After the interview", href: "#after"),
                H.a("Plan", href: SiteURL.plan(interview: interview.id).path),
                H.a("Interview", href: SiteURL.interview(interview.id).path),
            ]),
        ])
    }

    /// What could not be saved by the last post, in one place at the top.
    private func problems() -> Markup {
        var lines: [Markup] = []
        if !model.conflicts.isEmpty {
            let count = model.conflicts.count
            lines.append(H.p(count == 1
                ? "One answer was changed elsewhere (another tab or device) since this page was loaded, so yours was not saved over it. Both texts are shown by the question: keep what you need and save the section again."
                : "\(count) answers were changed elsewhere (another tab or device) since this page was loaded, so yours were not saved over them. Both texts are shown by each question: keep what you need and save the section again."))
        }
        if !model.fieldErrors.isEmpty {
            lines.append(H.p(model.fieldErrors.count == 1
                ? "One answer is too long to save; it is kept below, marked, so you can shorten it."
                : "\(model.fieldErrors.count) answers are too long to save; they are kept below, marked, so you can shorten them."))
        }
        if !model.orphans.isEmpty {
            lines.append(H.p("These answers belong to questions that are no longer in the plan, so they were not saved. Copy them before you leave this page:"))
            lines.append(H.group(model.orphans.map { H.tag("blockquote", [.attr("dir", "auto"), .cls("orphan")], text: $0) }))
        }
        guard !lines.isEmpty else { return H.nothing }
        return H.div([.cls("alert error"), .attr("role", "alert"), .id("not-saved")], lines)
    }

    private func emptyPanel() -> Markup {
        H.div([.cls("card")], [
            H.p("Nobody is on this interview's panel yet, so there are no questions to answer here."),
            H.p([], [H.a("Edit the interview", href: SiteURL.editInterview(model.interview.id).path), H.text(" to add the people you meet.")]),
        ])
    }

    // MARK: Sections

    private func section(_ section: CaptureSection) -> Markup {
        let heading: Markup = section.role.map { role in
            H.tag("h2", [], [H.text(section.title), H.span(" · " + role, [.cls("role")])])
        } ?? H.h2(section.title)
        var attributes: [Attr] = [.cls(section.isClosing ? "card capture-section closing" : "card capture-section"), .id(section.id)]
        if let personID = section.personID { attributes.append(.data("person-id", personID.uuidString)) }
        return H.tag("section", attributes, [
            heading,
            section.isClosing && !section.asks.isEmpty
                ? H.p("Every interviewer: the first question round the panel in order, the second in reverse.", [.cls("small muted")])
                : H.nothing,
            section.asks.isEmpty
                ? H.p(section.isClosing ? "No closing round in this plan." : "Nothing planned beyond the closing round.", [.cls("muted small")])
                : H.postForm([.attr("action", SiteURL.capture(interview: model.interview.id).anchor(section.id)), .cls("capture-form"),
                                 .data("section-form", "")], [
                    H.void("input", [.type("hidden"), .name("section"), .value(section.id)]),
                    H.tag("ol", [.cls("capture-list")], section.asks.map { item($0, closing: section.isClosing) }),
                    H.div([.cls("section-save")], [Field.submit("Save this section")]),
                ]),
        ])
    }

    private func item(_ ask: Ask, closing: Bool) -> Markup {
        let id = ask.id.uuidString
        let field = "answer-\(id)"
        let question: Markup = closing
            ? H.tag("label", [.for(field), .cls("q-text")], [H.tag("strong", text: model.name(of: ask.personID)), H.text(" — " + ask.questionText)])
            : H.tag("label", [.for(field), .cls("q-text")], [H.text(ask.questionText)])
        let conflicted = model.conflicts.contains(ask.id)
        let error = model.fieldErrors[ask.id]
        var classes = "capture-item"
        if conflicted { classes += " conflicted" }
        if error != nil { classes += " invalid" }
        return H.tag("li", [.cls(classes), .id("ask-\(id)"), .data("ask", id)], [
            question,
            H.div([.cls("meta small muted")], [
                H.span("\(model.plan.minutes[ask.id] ?? 0) min"),
                ask.reasons.contains(.added) ? H.span(" · added") : H.nothing,
            ]),
            statusChoices(ask),
            conflicted ? conflictBox(ask) : H.nothing,
            error.map { H.p($0, [.cls("field-error"), .attr("role", "alert")]) } ?? H.nothing,
            // No maxlength: the server refuses more than Ask.maxAnswerLength characters, and text
            // past the limit must stay visible rather than be cut by the browser. The newline
            // after the tag is eaten by the HTML parser, so an answer starting with one keeps it.
            H.tag("textarea", [
                .id(field), .name(field), .attr("rows", "4"), .attr("dir", "auto"),
                .data("ask-id", id), .data("version", String(model.version(for: ask))),
                .aria("describedby", "state-\(id)"),
            ], text: "\n" + model.text(for: ask)),
            H.void("input", [.type("hidden"), .name("version-\(id)"), .value(String(model.version(for: ask)))]),
            H.span("", [.cls("save-state"), .id("state-\(id)"), .data("save-state", ""), .data("for", id), .aria("live", "polite")]),
        ])
    }

    private func statusChoices(_ ask: Ask) -> Markup {
        let id = ask.id.uuidString
        let shown = CapturePageModel.shownStatus(ask.status)
        return H.tag("fieldset", [.cls("status-choices")], [
            H.tag("legend", [.cls("sr-only")], text: "What happened with this question"),
            H.group(CapturePageModel.statusChoices.map { choice in
                H.tag("label", [.cls("status-choice")], [
                    H.void("input", [.type("radio"), .name("status-\(id)"), .value(choice.status.rawValue),
                                     .data("status-for", id), .flag("checked", choice.status == shown)]),
                    H.text(choice.label),
                ])
            }),
        ])
    }

    /// Shown when the stored answer changed since the page was loaded: the stored text, read only,
    /// above the text area that still holds what was typed.
    private func conflictBox(_ ask: Ask) -> Markup {
        H.div([.cls("conflict"), .data("conflict-for", ask.id.uuidString)], [
            H.p([], [
                H.tag("strong", text: "Changed elsewhere."),
                H.text(" Saved there (version \(ask.version)):"),
            ]),
            H.tag("blockquote", [.attr("dir", "auto"), .data("theirs", "")], text: ask.answer ?? ""),
            H.p("Your text is in the box below and was not saved. To keep yours, save this section again; to keep theirs, copy it into the box.",
                [.cls("small")]),
        ])
    }

    // MARK: Asking something on the spot

    private func adHocForm() -> Markup {
        guard !model.panel.isEmpty else { return H.nothing }
        return H.tag("section", [.cls("card"), .id("on-the-spot")], [
            H.h2("Ask something on the spot"),
            Blocks.errorAlert(model.adHocError),
            H.postForm([.attr("action", SiteURL.captureAdd(interview: model.interview.id).path), .data("flush-first", "")], [
                H.div([.cls("row")], [
                    Field.select("personID", label: "Ask", selected: model.adHoc.personID?.uuidString,
                                 options: model.panel.map { ($0.personID.uuidString, $0.name) }),
                    Field.text("text", label: "Question", value: model.adHoc.text, hint: "added to their questions here and in the plan",
                               required: true, extra: [.attr("maxlength", String(QuestionDraft.maxTextLength)), .attr("dir", "auto")]),
                ]),
                Field.submit("Add the question", [.cls("secondary")]),
            ]),
        ])
    }

    // MARK: After the interview

    private func afterSection() -> Markup {
        let interview = model.interview
        let after = model.after
        return H.tag("section", [.cls("card after"), .id("after")], [
            H.h2("After the interview"),
            H.p(interview.status == .done ? "This interview is marked as held." : "Saving this marks the interview as held.",
                [.cls("small muted")]),
            Blocks.errorAlert(model.afterError),
            H.postForm([.attr("action", SiteURL.captureAfter(interview: model.interview.id).path), .data("flush-first", "")], [
                Field.text("minutesGiven", label: "Minutes they left for your questions", value: after.minutes, type: "number",
                           hint: "planned: \(model.plan.budgetMinutes). None at all? Enter 0: that is a signal too.",
                           extra: [.attr("min", "0"), .attr("max", String(interview.durationMinutes)), .attr("inputmode", "numeric")]),
                model.panel.isEmpty ? H.nothing : H.group(model.panel.map(gutFeeling)),
                Field.textarea("notes", label: "Notes", value: after.notes, hint: "anything else worth remembering", rows: 5),
                themes(),
                Field.submit("Save after the interview"),
            ]),
        ])
    }

    private func gutFeeling(_ person: Participant) -> Markup {
        let name = "gut-\(person.personID.uuidString)"
        let chosen = model.after.gut[person.personID]
        let words = [1: "uneasy", 3: "neutral", 5: "great"]
        return H.tag("fieldset", [.cls("gut"), .data("person-id", person.personID.uuidString)], [
            H.tag("legend", [], [H.text("Gut feeling about \(person.name)"), H.span(" 1 uneasy … 5 great", [.cls("hint")])]),
            H.div([.cls("scale")], GutFeeling.range.map { score in
                H.tag("label", [.cls("status-choice"), .attr("title", words[score] ?? "")], [
                    H.void("input", [.type("radio"), .name(name), .value(String(score)), .flag("checked", chosen == score)]),
                    H.text(String(score)),
                ])
            }),
        ])
    }

    /// Per question, the themes heard in the answer: closed by default, so the list stays short.
    private func themes() -> Markup {
        let asks = model.plan.asks
        guard !asks.isEmpty else { return H.nothing }
        return H.tag("fieldset", [.cls("themes-heard")], [
            H.tag("legend", [], [H.text("Themes you heard"), H.span(" per answer; they feed the follow-ups in later plans", [.cls("hint")])]),
            H.tag("ul", [.cls("tag-list")], asks.map { ask in
                let id = ask.id.uuidString
                let chosen = model.after.tags[ask.id] ?? []
                let summary = chosen.isEmpty ? "Themes" : "Themes (\(chosen.count)): " + Theme.allCases.filter(chosen.contains).map(\.label).joined(separator: ", ")
                return H.tag("li", [.data("tags-for", id)], [
                    H.div([.cls("small")], [H.tag("strong", text: model.name(of: ask.personID)), H.text(" — " + ask.questionText)]),
                    H.void("input", [.type("hidden"), .name("tags-\(id)"), .value("1")]),
                    H.tag("details", [], [
                        H.tag("summary", [.cls("small")], text: summary),
                        H.div([.cls("checks")], Theme.allCases.map { theme in
                            H.tag("label", [.attr("title", theme.summary)], [
                                H.void("input", [.type("checkbox"), .name("tag-\(id)-\(theme.rawValue)"), .value("on"),
                                                 .flag("checked", chosen.contains(theme))]),
                                H.text(theme.label),
                            ])
                        }),
                    ]),
                ])
            }),
        ])
    }
}

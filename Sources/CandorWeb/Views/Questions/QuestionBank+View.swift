import CandorCore
import Foundation
import Plot

/// The candidate's question bank: find, add, edit, retire, import and export.
struct QuestionBankView {
    var model: QuestionBankModel

    func page() -> Page {
        let totals = model.totals
        return Page(title: "Questions", section: .questions, status: model.error == nil ? .ok : .unprocessableEntity, content: [
            H.h1("Your questions"),
            H.p("\(totals.active) in use, \(totals.own) of them yours; \(totals.retired) retired. Starter questions are Candor's; edit them freely, your wording is kept when Candor updates its bank.",
                [.cls("muted")]),
            model.notice.map(Blocks.info) ?? H.nothing,
            Blocks.errorAlert(model.error),
            filterForm(),
            addForm(),
            transferCard(),
            H.h2(resultsHeading(), [.id("results")]),
            model.shown.isEmpty
                ? H.p("No question matches. Try fewer filters or other words.", [.cls("muted")])
                : results(),
        ])
    }

    /// A search shows its matches best first, a page at a time; one category shows open, a
    /// page at a time; otherwise the bank comes by category, each a collapsed group with its
    /// count and first few questions (all of them when the bank is short), so a bank of any
    /// size is a page of headings rather than 45,000 pixels and megabytes of forms.
    private func results() -> Markup {
        if model.query.q.trimmedOrNil != nil {
            return H.group([H.div([.cls("questions")], model.pageItems.map(card)), pager()])
        }
        let groups = model.shownByCategory
        if model.isPaged, let group = groups.first {
            return H.group([
                H.div([.cls("questions")], [
                    H.tag("details", [.cls("category-group"), .id("category-\(group.slug)"), .flag("open")], [
                        groupSummary(group.category, count: group.questions.count),
                        H.group(model.pageItems.map(card)),
                    ]),
                ]),
                pager(),
            ])
        }
        let small = model.shown.count <= QuestionBankModel.openUpTo
        return H.div([.cls("questions")], groups.map { group in
            let preview = small ? group.questions : Array(group.questions.prefix(QuestionBankModel.previewPerGroup))
            let rest = group.questions.count - preview.count
            return H.tag("details", [.cls("category-group"), .id("category-\(group.slug)"), .flag("open", small)], [
                groupSummary(group.category, count: group.questions.count),
                H.group(preview.map(card)),
                rest > 0
                    ? H.p([.cls("more")], [H.a("All \(group.questions.count) questions in \(group.category.capitalized)",
                                               href: model.query.only(category: group.category) + "#results")])
                    : H.nothing,
            ])
        })
    }

    private func groupSummary(_ category: String, count: Int) -> Markup {
        H.tag("summary", [], [
            H.tag("h3", [], [H.text(category.capitalized), H.span(" · \(count)", [.cls("muted")])]),
        ])
    }

    /// Previous and next pages of a long list, keeping every filter.
    private func pager() -> Markup {
        let page = model.page, count = model.pageCount
        guard count > 1 else { return H.nothing }
        return H.tag("nav", [.cls("pager actions"), .aria("label", "Pages of questions")], [
            page > 1 ? H.a("Previous", href: model.query.at(page: page - 1) + "#results", [.cls("button secondary"), .attr("rel", "prev")]) : H.nothing,
            H.span("Page \(page) of \(count)", [.cls("muted")]),
            page < count ? H.a("Next", href: model.query.at(page: page + 1) + "#results", [.cls("button secondary"), .attr("rel", "next")]) : H.nothing,
        ])
    }

    private func resultsHeading() -> String {
        let count = model.shown.count
        let noun = count == 1 ? "question" : "questions"
        let heading = model.query.q.trimmedOrNil == nil ? "\(count) \(noun)" : "\(count) \(noun), best match first"
        guard model.isPaged, model.pageCount > 1 else { return heading }
        let first = (model.page - 1) * QuestionBankModel.pageSize + 1
        return heading + " (\(first)–\(first + model.pageItems.count - 1) here)"
    }

    private func filterForm() -> Markup {
        let query = model.query
        return H.tag("form", [.attr("method", "get"), .attr("action", SiteURL.questions.path), .cls("card"), .attr("role", "search")], [
            H.div([.cls("row")], [
                // Ids of their own ("filter-…"): the add form below has a Category field too.
                Field.text("q", label: "Search", value: query.q, type: "search", hint: "words in any form", id: "filter-q"),
                Field.select("category", label: "Category", selected: query.category,
                             options: model.categories.map { ($0, $0.capitalized) }, allowNone: true, noneLabel: "All",
                             id: "filter-category"),
            ]),
            H.div([.cls("row")], [
                Field.choice("audience", label: "For", selected: query.audience, of: Audience.self, hint: nil, id: "filter-audience"),
                Field.choice("context", label: "Company kind", selected: query.context, of: CompanyContext.self, id: "filter-context"),
                Field.choice("theme", label: "Theme", selected: query.theme, of: Theme.self, id: "filter-theme"),
                Field.choice("origin", label: "Origin", selected: query.origin, of: QuestionOrigin.self, id: "filter-origin"),
            ]),
            H.div([.cls("actions")], [
                H.tag("label", [.cls("inline")], [
                    H.void("input", [.type("checkbox"), .name("retired"), .value("1"), .flag("checked", query.retired != nil)]),
                    H.text(" Include retired"),
                ]),
                Field.submit("Find"),
                H.a("Clear", href: SiteURL.questions.path),
            ]),
        ])
    }

    private func addForm() -> Markup {
        let input = model.addInput
        return H.tag("details", [.cls("card"), .id("add"), .flag("open", model.error != nil && input.text != nil)], [
            H.tag("summary", [], [H.tag("strong", text: "Add a question")]),
            QuestionFields.form(action: SiteURL.questions.path, input: input, back: model.query.path, submit: "Add question",
                                categories: model.categories),
        ])
    }

    private func transferCard() -> Markup {
        H.tag("details", [.cls("card"), .id("transfer")], [
            H.tag("summary", [], [H.tag("strong", text: "Import or export")]),
            H.postForm([.attr("action", SiteURL.importQuestions.path),
                           .attr("enctype", "multipart/form-data")], [
                H.p("Import a Markdown list (headings become categories), a CSV file with the columns text, category, audiences, contexts, themes, minutes, purpose, or a Candor JSON export. Questions already in your bank are skipped.",
                    [.cls("small muted")]),
                H.div([.cls("row")], [
                    H.div([.cls("field")], [
                        H.tag("label", [.for("file")], [H.text("File")]),
                        H.void("input", [.type("file"), .id("file"), .name("file"), .flag("required"),
                                         .attr("accept", ".md,.markdown,.txt,.csv,.json")]),
                    ]),
                    Field.select("format", label: "Format", selected: nil,
                                 options: BankFormat.allCases.map { ($0.rawValue, $0.label) }, allowNone: true,
                                 noneLabel: "From the file name"),
                ]),
                H.div([.cls("actions")], [
                    H.tag("label", [.cls("inline")], [
                        H.void("input", [.type("checkbox"), .name("dryRun"), .value("1")]),
                        H.text(" Dry run: show what would happen, change nothing"),
                    ]),
                    Field.submit("Import"),
                ]),
            ]),
            H.p([.cls("actions")], [H.text("Export your bank: ")] + BankFormat.allCases.map { format in
                H.a(format.label, href: SiteURL.exportQuestions.query(["format": format.rawValue]), [.cls("button secondary"), .attr("download", "")])
            }),
        ])
    }

    private func card(_ question: Question) -> Markup {
        let back = model.query.path
        let origin: Markup = question.origin == .own
            ? H.pill("Yours", "good")
            : H.pill(question.edited ? "Starter, edited" : "Starter")
        let canDelete = !question.isClosing && !model.asked.contains(question.id)
        return H.tag("article", [.cls(question.retired ? "card question retired" : "card question"), .id("q-\(question.id)"),
                                 .data("origin", question.origin.rawValue)], [
            H.p(question.text, [.cls("question-text")]),
            H.div([.cls("meta")], [
                H.pill(question.category.capitalized),
                origin,
                question.retired ? H.pill("Retired", "bad") : H.nothing,
                question.special.map { H.pill($0.label, "warn") } ?? H.nothing,
                H.pill("\(question.minutes) min"),
                H.pill("For " + question.audiences.map(\.label).joined(separator: ", ")),
                H.group(question.contexts.map { H.pill($0.label) }),
                H.group(question.themes.map { H.pill($0.label, "good") }),
            ]),
            question.purpose.map { H.p($0, [.cls("small muted")]) } ?? H.nothing,
            H.div([.cls("actions")], [
                H.tag("details", [.cls("inline-edit")], [
                    H.tag("summary", text: "Edit"),
                    QuestionFields.inlineForm(question: question, back: back),
                ]),
                H.a("All fields", href: SiteURL.editQuestion(question.id).path),
                question.isClosing ? H.nothing
                    : question.retired
                        ? QuestionFields.postButton("Restore", action: SiteURL.restoreQuestion(question.id).path, back: back)
                        : QuestionFields.postButton("Retire", action: SiteURL.retireQuestion(question.id).path, back: back),
                canDelete ? H.a("Delete…", href: SiteURL.deleteQuestion(question.id).path) : H.nothing,
            ]),
        ])
    }
}

/// Question form parts shared by the bank page and the edit page.
enum QuestionFields {
    /// The full form. - Parameter errors: input name → why its value was refused (see `FormError`).
    static func form(action: String, input: QuestionFormInput, back: String, submit: String, categories: [String],
                     errors: [String: String] = [:]) -> Markup {
        H.postForm([.attr("action", action)], [
            H.void("input", [.type("hidden"), .name("back"), .value(back)]),
            Field.textarea("text", label: label("text"), value: input.text,
                           hint: "Write {company} where the company's name should go.", rows: 2, error: errors["text"]),
            H.div([.cls("row")], [
                Field.text("category", label: label("category"), value: input.category, hint: "e.g. team",
                           extra: [.attr("list", "categories")], error: errors["category"]),
                Field.text("minutes", label: label("minutes"), value: input.minutes, type: "number",
                           extra: [.attr("min", "1"), .attr("max", "30")], error: errors["minutes"]),
            ]),
            H.tag("datalist", [.id("categories")], categories.map { H.tag("option", [.value($0)], []) }),
            Field.text("purpose", label: label("purpose"), value: input.purpose, hint: "optional", error: errors["purpose"]),
            checks("audiences", values: Audience.allCases, checked: input.audiences, error: errors["audiences"]),
            checks("contexts", values: CompanyContext.allCases, checked: input.contexts,
                   hint: "none ticked: every company", error: errors["contexts"]),
            Field.themes("themes", legend: label("themes"), checked: Set(input.themes ?? []), error: errors["themes"]),
            H.tag("label", [.cls("inline")], [
                H.void("input", [.type("checkbox"), .name("askEveryone"), .value("on"), .flag("checked", input.askEveryone != nil)]),
                H.text(" Ask everyone, to compare their answers"),
            ]),
            H.div([.cls("actions")], [Field.submit(submit)]),
        ])
    }

    /// The short form inside a question's card: wording, category, minutes and purpose. A refused
    /// save comes back as the full form on its own page, with the reason at its field.
    static func inlineForm(question: Question, back: String) -> Markup {
        let prefix = "e\(question.id.short)"
        return H.postForm([.attr("action", SiteURL.question(question.id).path)], [
            H.void("input", [.type("hidden"), .name("scope"), .value("inline")]),
            H.void("input", [.type("hidden"), .name("back"), .value(back)]),
            labelled("\(prefix)-text", label("text"),
                     H.tag("textarea", [.id("\(prefix)-text"), .name("text"), .attr("rows", "2")], text: question.text)),
            H.div([.cls("row")], [
                labelled("\(prefix)-category", label("category"),
                         H.void("input", [.type("text"), .id("\(prefix)-category"), .name("category"), .value(question.category)])),
                labelled("\(prefix)-minutes", label("minutes"),
                         H.void("input", [.type("number"), .id("\(prefix)-minutes"), .name("minutes"),
                                          .value(String(question.minutes)), .attr("min", "1"), .attr("max", "30")])),
            ]),
            labelled("\(prefix)-purpose", label("purpose"),
                     H.void("input", [.type("text"), .id("\(prefix)-purpose"), .name("purpose"), .value(question.purpose)])),
            Field.submit("Save"),
        ])
    }

    private static func label(_ input: String) -> String { QuestionFormInput.labels.label(input) }

    static func postButton(_ label: String, action: String, back: String) -> Markup {
        H.postForm([.attr("action", action)], [
            H.void("input", [.type("hidden"), .name("back"), .value(back)]),
            Field.submit(label, [.cls("secondary")]),
        ])
    }

    private static func labelled(_ id: String, _ label: String, _ control: Markup) -> Markup {
        H.div([.cls("field")], [H.tag("label", [.for(id)], text: label), control])
    }

    private static func checks<C: Choice>(_ name: String, values: [C], checked: [String]?, hint: String? = nil,
                                          error: String? = nil) -> Markup {
        let on = Set(checked ?? [])
        return Field.group(name, legend: label(name), hint: hint, error: error, [
            H.div([.cls("checks")], values.map { value in
                H.tag("label", [], [
                    H.void("input", [.type("checkbox"), .name("\(name)[]"), .value(value.rawValue), .flag("checked", on.contains(value.rawValue))]),
                    H.text(value.label),
                ])
            }),
        ])
    }
}

import CandorCore
import Plot

struct CompanyFormView {
    var model: CompanyFormModel

    func page() -> Page {
        let input = model.input
        let errors = model.fieldErrors
        return Page(
            title: model.heading, section: .companies, status: model.error == nil ? .ok : .unprocessableEntity,
            content: [
                H.h1(model.heading),
                Blocks.errorAlert(model.error),
                H.postForm([.attr("action", model.action), .cls("card")], [
                    Field.text("name", label: "Name", value: input.name, required: true, error: errors["name"]),
                    Field.text("roleTitle", label: "Role you are applying for", value: input.roleTitle, error: errors["roleTitle"]),
                    H.div([.cls("row")], [
                        Field.choice("stage", label: "Stage", selected: input.stage, of: CompanyStage.self, error: errors["stage"]),
                        Field.choice("ownership", label: "Ownership", selected: input.ownership, of: Ownership.self, error: errors["ownership"]),
                        Field.choice("funding", label: "Funding", selected: input.funding, of: Funding.self, error: errors["funding"]),
                        Field.choice("kind", label: "Kind", selected: input.kind, of: CompanyKind.self, error: errors["kind"]),
                    ]),
                    H.div([.cls("row")], [
                        Field.text("headcount", label: "Headcount", value: input.headcount, type: "number",
                                   extra: [.attr("min", "1"), .attr("inputmode", "numeric")], error: errors["headcount"]),
                        Field.text("website", label: "Website", value: input.website, type: "url",
                                   extra: [.attr("placeholder", "https://")], error: errors["website"]),
                    ]),
                    model.isNew
                        ? Field.choice("status", label: "Where you are with them", selected: input.status ?? "researching",
                                       of: PipelineStatus.self, allowNone: false, error: errors["status"])
                        : H.nothing,
                    Field.text("postingURL", label: "Job posting link", value: input.postingURL, type: "url", error: errors["postingURL"]),
                    Field.textarea("postingText", label: "Job posting text", value: input.postingText,
                                   hint: "Paste it: postings disappear once the role is filled.", rows: 5, error: errors["postingText"]),
                    Field.themes("concerns", legend: "Your concerns about this company",
                                 hint: "Questions that probe these come first in its plans.",
                                 checked: Set(input.concerns ?? [])),
                    Field.textarea("concernNotes", label: "Concerns in your words", value: input.concernNotes, rows: 3, error: errors["concernNotes"]),
                    Field.textarea("notes", label: "Notes", value: input.notes, rows: 3, error: errors["notes"]),
                    H.div([.cls("actions")], [
                        Field.submit(model.isNew ? "Add company" : "Save changes"),
                        H.a("Cancel", href: model.cancel),
                    ]),
                ]),
            ])
    }
}

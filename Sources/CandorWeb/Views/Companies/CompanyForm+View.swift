import CandorCore
import Plot

struct CompanyFormView {
    var model: CompanyFormModel

    func page() -> Page {
        let input = model.input
        return Page(
            title: model.heading, section: .companies, status: model.error == nil ? .ok : .unprocessableEntity,
            content: [
                H.h1(model.heading),
                Blocks.errorAlert(model.error),
                H.postForm([.attr("action", model.action), .cls("card")], [
                    Field.text("name", label: "Name", value: input.name, required: true),
                    Field.text("roleTitle", label: "Role you are applying for", value: input.roleTitle),
                    H.div([.cls("row")], [
                        Field.choice("stage", label: "Stage", selected: input.stage, of: CompanyStage.self),
                        Field.choice("ownership", label: "Ownership", selected: input.ownership, of: Ownership.self),
                        Field.choice("funding", label: "Funding", selected: input.funding, of: Funding.self),
                        Field.choice("kind", label: "Kind", selected: input.kind, of: CompanyKind.self),
                    ]),
                    H.div([.cls("row")], [
                        Field.text("headcount", label: "Headcount", value: input.headcount, type: "number",
                                   extra: [.attr("min", "1"), .attr("inputmode", "numeric")]),
                        Field.text("website", label: "Website", value: input.website, type: "url",
                                   extra: [.attr("placeholder", "https://")]),
                    ]),
                    model.isNew
                        ? Field.choice("status", label: "Where you are with them", selected: input.status ?? "researching",
                                       of: PipelineStatus.self, allowNone: false)
                        : H.nothing,
                    Field.text("postingURL", label: "Job posting link", value: input.postingURL, type: "url"),
                    Field.textarea("postingText", label: "Job posting text", value: input.postingText,
                                   hint: "Paste it: postings disappear once the role is filled.", rows: 5),
                    Field.themes("concerns", legend: "Your concerns about this company",
                                 hint: "Questions that probe these come first in its plans.",
                                 checked: Set(input.concerns ?? [])),
                    Field.textarea("concernNotes", label: "Concerns in your words", value: input.concernNotes, rows: 3),
                    Field.textarea("notes", label: "Notes", value: input.notes, rows: 3),
                    H.div([.cls("actions")], [
                        Field.submit(model.isNew ? "Add company" : "Save changes"),
                        H.a("Cancel", href: model.cancel),
                    ]),
                ]),
            ])
    }
}

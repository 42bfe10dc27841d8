import CandorCore
import Foundation
import Vapor

/// What the person form posts, as typed.
struct PersonFormInput: Content {
    var name: String?
    var title: String?
    var roleKind: String?
    var notes: String?

    init(person: Person? = nil) {
        name = person?.name
        title = person?.title
        roleKind = person?.roleKind.rawValue
        notes = person?.notes
    }

    func draft(companyID: UUID) throws -> PersonDraft {
        try PersonDraft(
            companyID: companyID, name: name ?? "", title: title,
            roleKind: RoleKind.parseOptional(roleKind, field: "role") ?? .other, notes: notes
        ).validated()
    }

    /// The input a refused field's label names, so its error shows next to it (see `FormError`).
    func inputName(forField field: String) -> String? {
        switch field {
        case "name", "title", "notes": field
        case "role": "roleKind"
        default: nil
        }
    }
}

struct PersonFormView {
    var heading: String
    var companyName: String
    var action: String
    var cancel: String
    var input: PersonFormInput
    var isNew: Bool
    var error: String?
    /// Input name → why its value was refused (see `FormError`).
    var fieldErrors: [String: String] = [:]

    func page() -> Page {
        let errors = fieldErrors
        return Page(title: heading, section: .companies, status: error == nil ? .ok : .unprocessableEntity, content: [
            H.h1(heading),
            H.p("at \(companyName)", [.cls("muted")]),
            Blocks.errorAlert(error),
            H.postForm([.attr("action", action), .cls("card")], [
                Field.text("name", label: "Name", value: input.name, required: true, error: errors["name"]),
                Field.text("title", label: "Title", value: input.title, hint: "e.g. Staff Engineer", error: errors["title"]),
                Field.choice("roleKind", label: "Role in your process", selected: input.roleKind ?? "other",
                             of: RoleKind.self, allowNone: false,
                             hint: "Decides which questions suit them.", error: errors["roleKind"]),
                Field.textarea("notes", label: "Notes", value: input.notes,
                               hint: "Rapport, what they care about, what to follow up on.", error: errors["notes"]),
                H.div([.cls("actions")], [Field.submit(isNew ? "Add person" : "Save changes"), H.a("Cancel", href: cancel)]),
            ]),
        ])
    }
}

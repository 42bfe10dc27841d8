import CandorCore
import Foundation
import Vapor

/// What the company form posts. Every field is text, exactly as typed, so a form shown
/// again after an error can give it all back.
struct CompanyFormInput: Content {
    var name: String?
    var website: String?
    var headcount: String?
    var stage: String?
    var ownership: String?
    var funding: String?
    var kind: String?
    var roleTitle: String?
    var postingText: String?
    var postingURL: String?
    var concerns: [String]?
    var concernNotes: String?
    var notes: String?
    var status: String?

    init(company: Company? = nil) {
        name = company?.name
        website = company?.website
        headcount = company?.headcount.map(String.init)
        stage = company?.stage?.rawValue
        ownership = company?.ownership?.rawValue
        funding = company?.funding?.rawValue
        kind = company?.kind?.rawValue
        roleTitle = company?.roleTitle
        postingText = company?.postingText
        postingURL = company?.postingURL
        concerns = company?.concerns.map(\.rawValue)
        concernNotes = company?.concernNotes
        notes = company?.notes
        status = company?.status.rawValue
    }

    /// The draft this input describes; throws naming the first field that is wrong.
    func draft() throws -> CompanyDraft {
        try CompanyDraft(
            name: name ?? "",
            website: website,
            headcount: FieldCheck.parseNumber(headcount, field: "headcount", in: 1...10_000_000),
            stage: CompanyStage.parseOptional(stage, field: "stage"),
            ownership: Ownership.parseOptional(ownership, field: "ownership"),
            funding: Funding.parseOptional(funding, field: "funding"),
            kind: CompanyKind.parseOptional(kind, field: "kind"),
            roleTitle: roleTitle, postingText: postingText, postingURL: postingURL,
            concerns: (concerns ?? []).map { try Theme.parse($0, field: "concerns") },
            concernNotes: concernNotes, notes: notes
        ).validated()
    }

    /// The input a refused field's label names, so its error shows next to it (see `FormError`).
    func inputName(forField field: String) -> String? {
        switch field {
        case "name", "website", "headcount", "stage", "ownership", "funding", "kind", "notes", "status": field
        case "role title": "roleTitle"
        case "job posting text": "postingText"
        case "job posting URL": "postingURL"
        case "concern notes": "concernNotes"
        default: nil
        }
    }

    func pipelineStatus() throws -> PipelineStatus {
        try PipelineStatus.parseOptional(status, field: "status") ?? .researching
    }
}

/// The company form: new or edit, possibly shown again with an error.
struct CompanyFormModel {
    var heading: String
    var action: String
    var cancel: String
    var input: CompanyFormInput
    var isNew: Bool
    var error: String?
    /// Input name → why its value was refused (see `FormError`).
    var fieldErrors: [String: String] = [:]
}

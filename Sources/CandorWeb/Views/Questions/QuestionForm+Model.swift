import CandorCore
import Foundation
import Vapor

/// What the question forms post, as typed. The inline form on the bank page sends only the
/// wording fields (`scope=inline`); the full form sends everything.
struct QuestionFormInput: Content {
    var text: String?
    var category: String?
    var audiences: [String]?
    var contexts: [String]?
    var themes: [String]?
    var minutes: String?
    var purpose: String?
    var askEveryone: String?
    var scope: String?
    /// Where to go back to: the bank page with the filters the person had.
    var back: String?

    init(question: Question? = nil) {
        text = question?.text
        category = question?.category
        audiences = question?.audiences.map(\.rawValue) ?? [Audience.any.rawValue]
        contexts = question?.contexts.map(\.rawValue)
        themes = question?.themes.map(\.rawValue)
        minutes = String(question?.minutes ?? 2)
        purpose = question?.purpose
        askEveryone = question?.askEveryone == true ? "on" : nil
    }

    var isInline: Bool { scope == "inline" }

    /// The draft this input describes; an inline edit keeps the fields it does not show.
    func draft(keeping current: Question? = nil) throws -> QuestionDraft {
        var draft = current?.draft ?? QuestionDraft(text: "")
        draft.text = text ?? ""
        draft.category = category ?? ""
        draft.minutes = try FieldCheck.parseNumber(minutes, field: "minutes", in: QuestionDraft.minutesRange) ?? 2
        draft.purpose = purpose
        if !(isInline && current != nil) {
            draft.audiences = try (audiences ?? []).map { try Audience.parse($0, field: "audiences") }
            draft.contexts = try (contexts ?? []).map { try CompanyContext.parse($0, field: "contexts") }
            draft.themes = try (themes ?? []).map { try Theme.parse($0, field: "themes") }
            draft.askEveryone = askEveryone != nil
        }
        return try draft.validated()
    }

    /// The form's fields, with the store's names for them (`QuestionDraft.validated`, `Store.updateQuestion`).
    static let labels = FormLabels(entries: [
        ("text", "text", "Question"),
        ("category", "category", "Category"),
        ("minutes", "minutes", "Minutes"),
        ("purpose", "purpose", "What the answer tells you"),
        ("audiences", "audiences", "Who to ask"),
        ("contexts", "contexts", "Only for companies that are"),
        ("themes", "themes", "Themes it probes"),
    ])

    /// A safe place to return to: only the bank page itself, never another site.
    var backPath: String {
        BackPath.safe(back, allowed: [.questions]) ?? SiteURL.questions.path
    }
}

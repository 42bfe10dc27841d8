import CandorCore
import CandorStore
import Foundation

/// Everything interview mode shows: the saved plan to type answers into, section by section,
/// and the after-the-interview form. When a post could not save everything, it also carries
/// what was typed (so nothing is lost) and why it was not saved.
struct CapturePageModel {
    var plan: InterviewPlan
    var notice: String?

    /// The after-the-interview form as stored, or as typed when it came back with a mistake.
    var after: AfterInput
    var afterError: String?

    /// Answers that were typed but not saved, by ask: shown in the text area instead of the
    /// stored answer.
    var typed: [UUID: String] = [:]
    /// The version to send back with those answers: for a conflict the current one (saving
    /// again then keeps what was typed), for an answer refused as too long the one it started from.
    var formVersions: [UUID: Int] = [:]
    /// Answers changed elsewhere since the page was loaded: the stored text is shown beside the typed one.
    var conflicts: Set<UUID> = []
    /// One line per answer that was refused (too long).
    var fieldErrors: [UUID: String] = [:]
    /// Answers typed for questions no longer in the plan (planned again elsewhere): shown back to copy.
    var orphans: [String] = []
    /// The ad-hoc question form as typed, when it came back with a mistake.
    var adHoc = AdHocInput()
    var adHocError: String?

    var interview: Interview { plan.interview }
    var panel: [Participant] { interview.participants.sorted { $0.position < $1.position } }

    static func load(from store: Store, interviewID: UUID, notice: String?) async throws -> CapturePageModel {
        let plan = try await store.plan(interviewID: interviewID)
        let gut = try await store.gutFeelings(interviewID: interviewID)
        return CapturePageModel(plan: plan, notice: notice, after: AfterInput(plan: plan, gutFeelings: gut))
    }

    /// The page's sections in order: each person's own questions in panel order, then anyone
    /// no longer on the panel who still has questions here, then the closing round.
    var sections: [CaptureSection] {
        var result = panel.map { person in
            CaptureSection(id: "person-\(person.personID)", title: person.name, role: role(of: person),
                           personID: person.personID, asks: plan.questions.filter { $0.personID == person.personID })
        }
        let onPanel = Set(panel.map(\.personID))
        let others = plan.questions.filter { !onPanel.contains($0.personID) }
        if !others.isEmpty {
            result.append(CaptureSection(id: "others", title: "No longer on the panel", role: nil, personID: nil, asks: others))
        }
        result.append(CaptureSection(id: "closing-round", title: "Closing round", role: nil, personID: nil, asks: plan.closingRound))
        return result
    }

    /// Where "Next unanswered" leads: the first question in page order with nothing typed that
    /// was not skipped or dodged, else the after-the-interview form. (The script moves on as
    /// answers are typed.)
    var nextUnanswered: String {
        let open = sections.flatMap(\.asks).first { ask in
            text(for: ask).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && [.planned, .asked].contains(ask.status)
        }
        return open.map { "#ask-\($0.id.uuidString)" } ?? "#after"
    }

    func name(of personID: UUID) -> String {
        interview.participants.first { $0.personID == personID }?.name ?? "Someone"
    }

    func role(of person: Participant) -> String {
        let parts = [person.title, person.roleKind == .other ? nil : person.roleKind.label].compactMap { $0 }.uniqued()
        return parts.isEmpty ? person.roleKind.label : parts.joined(separator: ", ")
    }

    /// What the text area for `ask` holds.
    func text(for ask: Ask) -> String { typed[ask.id] ?? ask.answer ?? "" }

    func version(for ask: Ask) -> Int { formVersions[ask.id] ?? ask.version }

    /// The status radio that is on: an answered question counts as asked.
    static func shownStatus(_ status: AskStatus) -> AskStatus { status == .answered ? .asked : status }

    /// The choices offered for each question, in the order shown.
    static let statusChoices: [(status: AskStatus, label: String)] = [
        (.planned, "Not yet"), (.asked, "Asked"), (.skipped, "Skipped"), (.dodged, "Dodged"),
    ]
}

/// One form on the page: a person's questions, or the closing round.
struct CaptureSection {
    var id: String
    var title: String
    var role: String?
    var personID: UUID?
    var asks: [Ask]

    var isClosing: Bool { id == "closing-round" }
}

/// The after-the-interview form.
struct AfterInput: Sendable {
    /// Minutes the company left for the candidate's questions, as typed ("" when not known).
    var minutes: String
    var notes: String
    /// Gut feeling (1–5) per person.
    var gut: [UUID: Int]
    /// Themes heard, per ask.
    var tags: [UUID: Set<Theme>]

    init(plan: InterviewPlan, gutFeelings: [GutFeeling]) {
        minutes = plan.interview.questionMinutesGiven.map(String.init) ?? ""
        notes = plan.interview.notes ?? ""
        gut = Dictionary(gutFeelings.map { ($0.personID, $0.score) }, uniquingKeysWith: { _, last in last })
        tags = Dictionary(uniqueKeysWithValues: plan.asks.map { ($0.id, Set($0.tags)) })
    }
}

/// The "Ask something on the spot" form.
struct AdHocInput: Sendable {
    var personID: UUID?
    var text = ""
}

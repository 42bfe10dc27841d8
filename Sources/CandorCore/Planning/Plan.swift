import Foundation

/// One question put to one person in a plan.
public struct PlanItem: Codable, Equatable, Sendable {
    public enum Section: String, Codable, Sendable {
        /// The candidate's own questions, grouped by person.
        case questions
        /// The closing round: the first closing question in panel order, the second in reverse.
        case closing
    }

    public var personID: UUID
    public var personName: String
    /// The bank question, or `nil` for one typed on the spot.
    public var questionID: UUID?
    /// The wording with `{company}` filled in.
    public var text: String
    public var minutes: Int
    public var section: Section
    public var reasons: [PlanReason]
    /// Kept by re-planning: the candidate pinned, added or moved it.
    public var pinned: Bool

    public init(personID: UUID, personName: String, questionID: UUID?, text: String, minutes: Int,
                section: Section, reasons: [PlanReason], pinned: Bool = false) {
        self.personID = personID
        self.personName = personName
        self.questionID = questionID
        self.text = text
        self.minutes = minutes
        self.section = section
        self.reasons = reasons
        self.pinned = pinned
    }
}

/// A plan for one interview: the questions in the order to ask them, and the time they take.
public struct Plan: Codable, Equatable, Sendable {
    public var items: [PlanItem]
    /// Minutes kept for the candidate's questions.
    public var budgetMinutes: Int
    /// Minutes the planned questions take.
    public var plannedMinutes: Int { items.reduce(0) { $0 + $1.minutes } }
    /// Set when even the closing round and the pinned questions do not fit the budget.
    public var overBudget: Bool { plannedMinutes > budgetMinutes }

    public init(items: [PlanItem], budgetMinutes: Int) {
        self.items = items
        self.budgetMinutes = budgetMinutes
    }

    public var questions: [PlanItem] { items.filter { $0.section == .questions } }
    public var closingRound: [PlanItem] { items.filter { $0.section == .closing } }
}

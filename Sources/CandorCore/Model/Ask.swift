import Foundation

/// One question put to one participant in one interview, and what they answered.
public struct Ask: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    public var interviewID: UUID
    public var personID: UUID
    /// The bank question it came from; `nil` for a question made up on the spot.
    public var questionID: UUID?
    /// 0-based place in the interview's plan.
    public var position: Int
    public var status: AskStatus
    /// The wording as it was asked, kept so history stays true after the bank is edited.
    public var questionText: String
    public var answer: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var askedAt: Date?
    public var answeredAt: Date?
    /// The candidate pinned it (or added or moved it): re-planning keeps it.
    public var pinned: Bool
    /// Themes the candidate heard in the answer.
    public var tags: [Theme]
    /// Why the planner picked it.
    public var reasons: [PlanReason]
    /// Bumped by every change to the answer, so a stale save is noticed rather than applied.
    public var version: Int

    public init(
        id: UUID, interviewID: UUID, personID: UUID, questionID: UUID?, position: Int, status: AskStatus,
        questionText: String, answer: String? = nil, createdAt: Date, updatedAt: Date,
        askedAt: Date? = nil, answeredAt: Date? = nil, pinned: Bool = false, tags: [Theme] = [], reasons: [PlanReason] = [],
        version: Int = 0
    ) {
        self.id = id
        self.interviewID = interviewID
        self.personID = personID
        self.questionID = questionID
        self.position = position
        self.status = status
        self.questionText = questionText
        self.answer = answer
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.askedAt = askedAt
        self.answeredAt = answeredAt
        self.pinned = pinned
        self.tags = tags
        self.reasons = reasons
        self.version = version
    }

    /// The longest answer kept; a longer one is refused whole rather than cut.
    public static let maxAnswerLength = 20_000
}

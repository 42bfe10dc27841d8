import FluentKit
import Foundation

final class AskModel: Model, @unchecked Sendable {
    static let schema = "asks"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "interview_id") var interviewID: UUID
    @Field(key: "person_id") var personID: UUID
    @OptionalField(key: "question_id") var questionID: UUID?
    @Field(key: "position") var position: Int
    @Field(key: "status") var status: String
    @Field(key: "question_text") var questionText: String
    @OptionalField(key: "answer") var answer: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "asked_at") var askedAt: Date?
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @Field(key: "pinned") var pinned: Bool
    /// Theme ids, comma-separated.
    @Field(key: "tags") var tags: String
    /// Theme ids the candidate dismissed from the detected ones, comma-separated.
    @Field(key: "dismissed_themes") var dismissedThemes: String
    /// The plan's reasons, as JSON.
    @Field(key: "reasons") var reasons: String
    /// Bumped by every change to the answer; a save must name the version it started from.
    @Field(key: "version") var version: Int

    init() {}
}

final class PlanDropModel: Model, @unchecked Sendable {
    static let schema = "plan_drops"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "interview_id") var interviewID: UUID
    @Field(key: "question_id") var questionID: UUID

    init() {}
}

final class GutFeelingModel: Model, @unchecked Sendable {
    static let schema = "gut_feelings"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "interview_id") var interviewID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "score") var score: Int

    init() {}
}

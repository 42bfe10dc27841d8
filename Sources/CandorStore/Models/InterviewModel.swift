import FluentKit
import Foundation

final class InterviewModel: Model, @unchecked Sendable {
    static let schema = "interviews"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "company_id") var companyID: UUID
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "time_zone") var timeZone: String
    @Field(key: "duration_minutes") var durationMinutes: Int
    @Field(key: "kind") var kind: String
    @Field(key: "format") var format: String
    @OptionalField(key: "location") var location: String?
    @Field(key: "status") var status: String
    @OptionalField(key: "question_minutes_planned") var questionMinutesPlanned: Int?
    @OptionalField(key: "question_minutes_given") var questionMinutesGiven: Int?
    @OptionalField(key: "notes") var notes: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

final class ParticipantModel: Model, @unchecked Sendable {
    static let schema = "interview_participants"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "interview_id") var interviewID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "position") var position: Int

    init() {}
}

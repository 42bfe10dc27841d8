import FluentKit
import Foundation

final class ProfileModel: Model, @unchecked Sendable {
    static let schema = "profiles"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "values") var values: [String]
    @Field(key: "value_phrases") var valuePhrases: [String]
    @Field(key: "dealbreakers") var dealbreakers: [String]
    @Field(key: "dealbreaker_phrases") var dealbreakerPhrases: [String]
    @Field(key: "practice_cadence_months") var practiceCadenceMonths: Int
    @Field(key: "default_question_minutes") var defaultQuestionMinutes: Int
    @Field(key: "min_break_minutes") var minBreakMinutes: Int
    @Field(key: "max_daily_minutes") var maxDailyMinutes: Int
    @Field(key: "max_daily_count") var maxDailyCount: Int
    @Field(key: "max_weekly_count") var maxWeeklyCount: Int
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

final class CalendarFeedModel: Model, @unchecked Sendable {
    static let schema = "calendar_feeds"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "token") var token: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

import FluentKit
import Foundation

final class QuestionModel: Model, @unchecked Sendable {
    static let schema = "questions"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "text") var text: String
    @Field(key: "category") var category: String
    @Field(key: "audiences") var audiences: [String]
    @Field(key: "contexts") var contexts: [String]
    @Field(key: "themes") var themes: [String]
    @Field(key: "minutes") var minutes: Int
    @OptionalField(key: "purpose") var purpose: String?
    @Field(key: "origin") var origin: String
    @Field(key: "retired") var retired: Bool
    @OptionalField(key: "starter_key") var starterKey: String?
    @OptionalField(key: "special") var special: String?
    @Field(key: "ask_everyone") var askEveryone: Bool
    @Field(key: "edited") var edited: Bool
    /// Insertion order among the candidate's own questions.
    @Field(key: "sequence") var sequence: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

final class DismissedStarterModel: Model, @unchecked Sendable {
    static let schema = "dismissed_starter_questions"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "starter_key") var starterKey: String

    init() {}
}

import FluentKit
import Foundation

final class CompanyModel: Model, @unchecked Sendable {
    static let schema = "companies"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "name") var name: String
    @OptionalField(key: "website") var website: String?
    @OptionalField(key: "headcount") var headcount: Int?
    @OptionalField(key: "stage") var stage: String?
    @OptionalField(key: "ownership") var ownership: String?
    @OptionalField(key: "funding") var funding: String?
    @OptionalField(key: "kind") var kind: String?
    @OptionalField(key: "role_title") var roleTitle: String?
    @OptionalField(key: "posting_text") var postingText: String?
    @OptionalField(key: "posting_url") var postingURL: String?
    @Field(key: "status") var status: String
    @Field(key: "concerns") var concerns: [String]
    @OptionalField(key: "concern_notes") var concernNotes: String?
    @OptionalField(key: "notes") var notes: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

final class StatusChangeModel: Model, @unchecked Sendable {
    static let schema = "company_status_changes"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "company_id") var companyID: UUID
    @Field(key: "status") var status: String
    @Field(key: "changed_at") var changedAt: Date
    /// Keeps changes made in the same second in the order they were made.
    @Field(key: "sequence") var sequence: Int
    @OptionalField(key: "note") var note: String?

    init() {}
}

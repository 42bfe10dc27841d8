import FluentKit
import Foundation

final class PersonModel: Model, @unchecked Sendable {
    static let schema = "people"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "company_id") var companyID: UUID
    @Field(key: "name") var name: String
    @OptionalField(key: "title") var title: String?
    @Field(key: "role_kind") var roleKind: String
    @OptionalField(key: "notes") var notes: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

import FluentKit
import Foundation

/// An owner of data. Local use has one implicit account; hosted use will add more.
final class AccountModel: Model, @unchecked Sendable {
    static let schema = "accounts"

    @ID(key: .id) var id: UUID?
    @Field(key: "handle") var handle: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(id: UUID, handle: String, createdAt: Date) {
        self.id = id
        self.handle = handle
        self.createdAt = createdAt
    }
}

import FluentKit
import Foundation

/// Accounts, plus the implicit local account that single-user installs use.
struct M001_CreateAccounts: AsyncMigration {
    var name: String { "001-create-accounts" }

    func prepare(on database: any Database) async throws {
        try await database.schema("accounts")
            .field("id", .uuid, .identifier(auto: false))
            .field("handle", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "handle")
            .create()
        // Created here rather than on first use so that several web instances starting
        // together on one PostgreSQL never race to create it.
        try await AccountModel(id: AccountID.local, handle: "local", createdAt: Date(timeIntervalSince1970: 0))
            .create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("accounts").delete()
    }
}

import FluentKit

struct M004_CreatePeople: AsyncMigration {
    var name: String { "004-create-people" }

    func prepare(on database: any Database) async throws {
        try await database.schema("people")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("company_id", .uuid, .required, .references("companies", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("title", .string)
            .field("role_kind", .string, .required)
            .field("notes", .string)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("people").delete()
    }
}

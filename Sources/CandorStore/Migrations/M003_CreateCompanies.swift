import FluentKit

struct M003_CreateCompanies: AsyncMigration {
    var name: String { "003-create-companies" }

    func prepare(on database: any Database) async throws {
        try await database.schema("companies")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("website", .string)
            .field("headcount", .int)
            .field("stage", .string)
            .field("ownership", .string)
            .field("funding", .string)
            .field("kind", .string)
            .field("role_title", .string)
            .field("posting_text", .string)
            .field("posting_url", .string)
            .field("status", .string, .required)
            .field("concerns", .array(of: .string), .required)
            .field("concern_notes", .string)
            .field("notes", .string)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "account_id", "name")
            .create()

        try await database.schema("company_status_changes")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("company_id", .uuid, .required, .references("companies", "id", onDelete: .cascade))
            .field("status", .string, .required)
            .field("changed_at", .datetime, .required)
            .field("sequence", .int, .required)
            .field("note", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("company_status_changes").delete()
        try await database.schema("companies").delete()
    }
}

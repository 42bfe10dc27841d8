import FluentKit

struct M002_CreateProfiles: AsyncMigration {
    var name: String { "002-create-profiles" }

    func prepare(on database: any Database) async throws {
        try await database.schema("profiles")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("values", .array(of: .string), .required)
            .field("value_phrases", .array(of: .string), .required)
            .field("dealbreakers", .array(of: .string), .required)
            .field("dealbreaker_phrases", .array(of: .string), .required)
            .field("practice_cadence_months", .int, .required)
            .field("default_question_minutes", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "account_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("profiles").delete()
    }
}

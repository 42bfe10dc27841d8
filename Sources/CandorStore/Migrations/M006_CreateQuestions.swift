import FluentKit

struct M006_CreateQuestions: AsyncMigration {
    var name: String { "006-create-questions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("questions")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("text", .string, .required)
            .field("category", .string, .required)
            .field("audiences", .array(of: .string), .required)
            .field("contexts", .array(of: .string), .required)
            .field("themes", .array(of: .string), .required)
            .field("minutes", .int, .required)
            .field("purpose", .string)
            .field("origin", .string, .required)
            .field("retired", .bool, .required)
            .field("starter_key", .string)
            .field("special", .string)
            .field("ask_everyone", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "account_id", "starter_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("questions").delete()
    }
}

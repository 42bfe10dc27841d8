import FluentKit

struct M007_CreateAsks: AsyncMigration {
    var name: String { "007-create-asks" }

    func prepare(on database: any Database) async throws {
        try await database.schema("asks")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("interview_id", .uuid, .required, .references("interviews", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            // A question that was asked can only be retired, never deleted (see the bank rules),
            // so this reference is restricted rather than cascaded or nulled.
            .field("question_id", .uuid, .references("questions", "id", onDelete: .restrict))
            .field("position", .int, .required)
            .field("status", .string, .required)
            .field("question_text", .string, .required)
            .field("answer", .string)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("asked_at", .datetime)
            .field("answered_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("asks").delete()
    }
}

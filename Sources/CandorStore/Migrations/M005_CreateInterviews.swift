import FluentKit

struct M005_CreateInterviews: AsyncMigration {
    var name: String { "005-create-interviews" }

    func prepare(on database: any Database) async throws {
        try await database.schema("interviews")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("company_id", .uuid, .required, .references("companies", "id", onDelete: .cascade))
            .field("starts_at", .datetime, .required)
            .field("time_zone", .string, .required)
            .field("duration_minutes", .int, .required)
            .field("kind", .string, .required)
            .field("format", .string, .required)
            .field("location", .string)
            .field("status", .string, .required)
            .field("question_minutes_planned", .int)
            .field("question_minutes_given", .int)
            .field("notes", .string)
            .field("created_at", .datetime, .required)
            .create()

        try await database.schema("interview_participants")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("interview_id", .uuid, .required, .references("interviews", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .unique(on: "interview_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("interview_participants").delete()
        try await database.schema("interviews").delete()
    }
}

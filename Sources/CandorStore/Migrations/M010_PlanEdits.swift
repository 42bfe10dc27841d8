import FluentKit
import SQLKit

/// What planning needs to keep on each asked question: whether the candidate pinned it, why it
/// was picked, and the themes the candidate heard in its answer; and the questions the
/// candidate dropped from an interview's plan, so re-planning leaves them out.
struct M010_PlanEdits: AsyncMigration {
    var name: String { "010-plan-edits" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE. Lists are stored as text (comma-separated
        // theme ids, JSON reasons) so both databases take the same default.
        try await database.schema("asks").field("pinned", .bool, .required, .sql(.default(false))).update()
        try await database.schema("asks").field("tags", .string, .required, .sql(.default(""))).update()
        try await database.schema("asks").field("reasons", .string, .required, .sql(.default("[]"))).update()
        try await database.schema("plan_drops")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("interview_id", .uuid, .required, .references("interviews", "id", onDelete: .cascade))
            .field("question_id", .uuid, .required, .references("questions", "id", onDelete: .cascade))
            .unique(on: "interview_id", "question_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plan_drops").delete()
        for column in ["reasons", "tags", "pinned"] {
            try await database.schema("asks").deleteField(.string(column)).update()
        }
    }
}

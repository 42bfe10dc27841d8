import FluentKit
import SQLKit

/// Lets shipped starter questions be upgraded without touching the candidate's changes:
/// an `edited` mark on questions, and a record of starter questions the candidate deleted.
/// Also a `sequence`, so questions added in the same second (an import) keep their order.
struct M008_QuestionBankOwnership: AsyncMigration {
    var name: String { "008-question-bank-ownership" }

    func prepare(on database: any Database) async throws {
        try await database.schema("questions")
            .field("edited", .bool, .required, .sql(.default(false)))
            .update()
        // SQLite adds one column per ALTER TABLE.
        try await database.schema("questions")
            .field("sequence", .int, .required, .sql(.default(0)))
            .update()
        try await database.schema("dismissed_starter_questions")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("starter_key", .string, .required)
            .unique(on: "account_id", "starter_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("dismissed_starter_questions").delete()
        try await database.schema("questions").deleteField("sequence").update()
        try await database.schema("questions").deleteField("edited").update()
    }
}

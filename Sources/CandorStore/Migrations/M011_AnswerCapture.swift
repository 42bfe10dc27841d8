import FluentKit
import SQLKit

/// Capturing answers safely: a version on each answer, so two tabs cannot silently overwrite
/// each other, and the candidate's 1–5 gut feeling about each interviewer.
struct M011_AnswerCapture: AsyncMigration {
    var name: String { "011-answer-capture" }

    func prepare(on database: any Database) async throws {
        try await database.schema("asks").field("version", .int, .required, .sql(.default(0))).update()
        try await database.schema("gut_feelings")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("interview_id", .uuid, .required, .references("interviews", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("score", .int, .required)
            .unique(on: "interview_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("gut_feelings").delete()
        try await database.schema("asks").deleteField("version").update()
    }
}

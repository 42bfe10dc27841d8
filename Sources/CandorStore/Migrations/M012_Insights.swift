import FluentKit
import SQLKit

/// Insights: the themes a candidate dismissed on an answer (their correction wins over the
/// text pipeline's), and the offers companies made, for the comparison.
struct M012_Insights: AsyncMigration {
    var name: String { "012-insights" }

    func prepare(on database: any Database) async throws {
        // Comma-separated theme ids, like `tags` (M010).
        try await database.schema("asks").field("dismissed_themes", .string, .required, .sql(.default(""))).update()
        try await database.schema("offers")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("company_id", .uuid, .required, .references("companies", "id", onDelete: .cascade))
            .field("base_pay", .int64)
            .field("bonus", .int64)
            .field("equity", .string)
            .field("currency", .string)
            .field("start_date", .string)
            .field("decision_deadline", .string)
            .field("notes", .string)
            .field("updated_at", .datetime, .required)
            .unique(on: "company_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("offers").delete()
        try await database.schema("asks").deleteField("dismissed_themes").update()
    }
}

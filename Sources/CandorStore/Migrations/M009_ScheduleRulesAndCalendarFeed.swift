import FluentKit
import SQLKit

/// The candidate's schedule limits on the profile, and the secret address of their calendar feed.
struct M009_ScheduleRulesAndCalendarFeed: AsyncMigration {
    var name: String { "009-schedule-rules-and-calendar-feed" }

    static let ruleColumns: [(String, Int)] = [
        ("min_break_minutes", 15), ("max_daily_minutes", 240), ("max_daily_count", 3), ("max_weekly_count", 8),
    ]

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        for (column, standard) in Self.ruleColumns {
            try await database.schema("profiles")
                .field(.definition(name: .key(.string(column)), dataType: .int, constraints: [.required, .sql(.default(standard))]))
                .update()
        }
        try await database.schema("calendar_feeds")
            .field("id", .uuid, .identifier(auto: false))
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("token", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "account_id")
            .unique(on: "token")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calendar_feeds").delete()
        for (column, _) in Self.ruleColumns.reversed() {
            try await database.schema("profiles").deleteField(.string(column)).update()
        }
    }
}

import FluentKit
import FluentSQLiteDriver
import Foundation
import SQLKit

/// A model the query layer reads straight from SQL rows.
///
/// Fluent fills a model from a row by reflecting over its properties (`Mirror`) and renaming
/// every column, for every row: on a large account that was over half of a page's time (the
/// home page read 2,000 rows in 90 ms). Reading the columns by name into a new model costs a
/// small fraction of that and gives each value as Fluent would (``StoredRow``), so the records
/// built from the model are the same. Writes still go through Fluent.
///
/// `RowReadingTests` reads every such model both ways and compares the records, so a column
/// added to a model but not to its `read(_:)` fails there.
protocol RowReadable: Model {
    /// A model filled from a row of `SELECT *` on ``schema``.
    static func read(_ row: StoredRow) throws -> Self
}

extension Store {
    /// The account's rows of `M`'s table that `filter` keeps, sorted as it says.
    func rows<M: RowReadable>(
        _ type: M.Type, _ filter: (SQLSelectBuilder) -> SQLSelectBuilder = { $0 }
    ) async throws -> [M] {
        try await select(["*"], from: M.schema, filter).map(M.read)
    }

    /// Some columns of the account's rows of `table` that `filter` keeps.
    ///
    /// The account scope is applied here, always: a caller can narrow it, never widen it.
    func select(
        _ columns: [String], from table: String, _ filter: (SQLSelectBuilder) -> SQLSelectBuilder = { $0 }
    ) async throws -> [StoredRow] {
        let sql = try DatabaseSetup.sqlDatabase(db)
        let query = filter(sql.select().columns(columns).from(table).where("account_id", .equal, SQLBind(accountID)))
        return try await fetch(query)
    }

    /// The rows `query` gives: a SELECT, or a write with RETURNING.
    ///
    /// Errors come out as `Store.transaction`'s do: a full disk is `CandorError.diskFull`, so
    /// that a page can keep what was typed (Tests/browser/test_disk_full.py).
    func fetch(_ query: some SQLQueryFetcher) async throws -> [StoredRow] {
        do {
            // On SQLite, SQLiteNIO's own rows: SQLKit's wrapper decodes every value through a
            // generic decoder that was half of what reading a row cost.
            if let sqlite = db as? any SQLiteDatabase {
                var serializer = SQLSerializer(database: query.database)
                query.query.serialize(to: &serializer)
                let encoder = SQLiteDataEncoder()
                let binds = try serializer.binds.map { try encoder.encode($0) }
                return try await sqlite.query(serializer.sql, binds).map(StoredRow.init(sqlite:))
            }
            return try await query.all().map(StoredRow.init)
        } catch {
            throw StoreError.translated(error) ?? error
        }
    }
}

extension SQLSelectBuilder {
    /// Keeps rows whose `column` is one of `values`; none when there are none (`IN ()` is not
    /// valid PostgreSQL).
    @discardableResult
    func `where`(_ column: String, in values: [some Encodable & Sendable]) -> Self {
        values.isEmpty ? self.where(SQLLiteral.boolean(false)) : self.where(column, .in, SQLBind.group(values))
    }
}

extension InterviewModel: RowReadable {
    static func read(_ row: StoredRow) throws -> InterviewModel {
        let model = InterviewModel()
        model.id = try row.value("id")
        model.accountID = try row.value("account_id")
        model.companyID = try row.value("company_id")
        model.startsAt = try row.value("starts_at")
        model.timeZone = try row.value("time_zone")
        model.durationMinutes = try row.value("duration_minutes")
        model.kind = try row.value("kind")
        model.format = try row.value("format")
        model.location = try row.value("location")
        model.status = try row.value("status")
        model.questionMinutesPlanned = try row.value("question_minutes_planned")
        model.questionMinutesGiven = try row.value("question_minutes_given")
        model.notes = try row.value("notes")
        model.createdAt = try row.value("created_at")
        return model
    }
}

extension ParticipantModel: RowReadable {
    static func read(_ row: StoredRow) throws -> ParticipantModel {
        let model = ParticipantModel()
        model.id = try row.value("id")
        model.accountID = try row.value("account_id")
        model.interviewID = try row.value("interview_id")
        model.personID = try row.value("person_id")
        model.position = try row.value("position")
        return model
    }
}

extension PersonModel: RowReadable {
    static func read(_ row: StoredRow) throws -> PersonModel {
        let model = PersonModel()
        model.id = try row.value("id")
        model.accountID = try row.value("account_id")
        model.companyID = try row.value("company_id")
        model.name = try row.value("name")
        model.title = try row.value("title")
        model.roleKind = try row.value("role_kind")
        model.notes = try row.value("notes")
        model.createdAt = try row.value("created_at")
        return model
    }
}

extension CompanyModel: RowReadable {
    static func read(_ row: StoredRow) throws -> CompanyModel {
        let model = CompanyModel()
        model.id = try row.value("id")
        model.accountID = try row.value("account_id")
        model.name = try row.value("name")
        model.website = try row.value("website")
        model.headcount = try row.value("headcount")
        model.stage = try row.value("stage")
        model.ownership = try row.value("ownership")
        model.funding = try row.value("funding")
        model.kind = try row.value("kind")
        model.roleTitle = try row.value("role_title")
        model.postingText = try row.value("posting_text")
        model.postingURL = try row.value("posting_url")
        model.status = try row.value("status")
        model.concerns = try row.value("concerns")
        model.concernNotes = try row.value("concern_notes")
        model.notes = try row.value("notes")
        model.createdAt = try row.value("created_at")
        model.updatedAt = try row.value("updated_at")
        return model
    }
}

extension StatusChangeModel: RowReadable {
    static func read(_ row: StoredRow) throws -> StatusChangeModel {
        let model = StatusChangeModel()
        model.id = try row.value("id")
        model.accountID = try row.value("account_id")
        model.companyID = try row.value("company_id")
        model.status = try row.value("status")
        model.changedAt = try row.value("changed_at")
        model.sequence = try row.value("sequence")
        model.note = try row.value("note")
        return model
    }
}

extension AskModel: RowReadable {
    static func read(_ row: StoredRow) throws -> AskModel {
        let model = AskModel()
        model.id = try row.value("id")
        model.accountID = try row.value("account_id")
        model.interviewID = try row.value("interview_id")
        model.personID = try row.value("person_id")
        model.questionID = try row.value("question_id")
        model.position = try row.value("position")
        model.status = try row.value("status")
        model.questionText = try row.value("question_text")
        model.answer = try row.value("answer")
        model.createdAt = try row.value("created_at")
        model.updatedAt = try row.value("updated_at")
        model.askedAt = try row.value("asked_at")
        model.answeredAt = try row.value("answered_at")
        model.pinned = try row.value("pinned")
        model.tags = try row.value("tags")
        model.dismissedThemes = try row.value("dismissed_themes")
        model.reasons = try row.value("reasons")
        model.version = try row.value("version")
        return model
    }
}

extension QuestionModel: RowReadable {
    static func read(_ row: StoredRow) throws -> QuestionModel {
        let model = QuestionModel()
        model.id = try row.value("id")
        model.accountID = try row.value("account_id")
        model.text = try row.value("text")
        model.category = try row.value("category")
        model.audiences = try row.value("audiences")
        model.contexts = try row.value("contexts")
        model.themes = try row.value("themes")
        model.minutes = try row.value("minutes")
        model.purpose = try row.value("purpose")
        model.origin = try row.value("origin")
        model.retired = try row.value("retired")
        model.starterKey = try row.value("starter_key")
        model.special = try row.value("special")
        model.askEveryone = try row.value("ask_everyone")
        model.edited = try row.value("edited")
        model.sequence = try row.value("sequence")
        model.createdAt = try row.value("created_at")
        model.updatedAt = try row.value("updated_at")
        return model
    }
}

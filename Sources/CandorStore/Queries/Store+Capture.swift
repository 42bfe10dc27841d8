import CandorCore
import FluentKit
import SQLKit
import Foundation

extension Store {
    /// Saves what an interviewer answered, if nobody changed it since `baseVersion`.
    ///
    /// Returns only once the write is committed (SQLite runs with `synchronous=FULL`, so the
    /// commit is on disk). A save from a stale version writes nothing and returns the stored
    /// answer, so the page can show that the text changed elsewhere instead of overwriting it.
    ///
    /// One statement: an UPDATE that checks the version as it writes and returns the row it
    /// wrote. Reading the row first and writing it back took four statements; saves are what
    /// interview mode does most. Only when nothing matched is the row read, to tell a stale
    /// version (conflict) from a missing row.
    ///
    /// On SQLite the statement commits by itself, and SQLiteNIO returns only after it has. On
    /// PostgreSQL it runs in an explicit transaction: with the extended protocol PostgreSQL sends
    /// a statement's rows and "complete" *before* the implicit commit that follows it, and
    /// PostgresNIO returns right then, so a crash or a failing commit at that moment would leave a
    /// save acknowledged and lost (the PostgreSQL crash soak caught one). The reply to COMMIT
    /// comes only once the commit is durable.
    public func saveAnswer(askID: UUID, text: String, baseVersion: Int) async throws -> AnswerSave {
        try Ask.checkAnswer(text)
        let saved = try DatabaseSetup.sqlDatabase(db).dialect.name == "sqlite"
            ? try await writeAnswer(askID: askID, text: text, baseVersion: baseVersion)
            : try await transaction { try await $0.writeAnswer(askID: askID, text: text, baseVersion: baseVersion) }
        if let saved { return .saved(saved) }
        // Nothing matched: no such row in this account (askModel throws notFound), or a stale version.
        return .conflict(current: try await askModel(id: askID).record())
    }

    /// The UPDATE of ``saveAnswer(askID:text:baseVersion:)``: the question as saved, or nil when
    /// no row of this account has that id and version.
    private func writeAnswer(askID: UUID, text: String, baseVersion: Int) async throws -> Ask? {
        let now = now()
        let blank = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        let sql = try DatabaseSetup.sqlDatabase(db)
        var update = sql.update(AskModel.schema)
            .set("answer", to: blank ? SQLLiteral.null as any SQLExpression : SQLBind(text))
            .set("version", to: SQLBinaryExpression(SQLColumn("version"), .add, SQLLiteral.numeric("1")))
            .set("updated_at", to: SQLBind(now))
        if !blank {
            // Each right-hand side sees the row as it was before the UPDATE, status included.
            let becomesAnswered = SQLBinaryExpression(
                SQLColumn("status"), .in, SQLGroupExpression(AskStatus.answeredBySaving.map { SQLBind($0.rawValue) }))
            func whenAnswered(_ value: any SQLExpression, otherwise column: String) -> SQLQueryString {
                "CASE WHEN \(becomesAnswered) THEN \(value) ELSE \(ident: column) END"
            }
            update = update
                .set("status", to: whenAnswered(SQLBind(AskStatus.answered.rawValue), otherwise: "status"))
                .set("asked_at", to: whenAnswered(SQLFunction("COALESCE", args: SQLColumn("asked_at"), SQLBind(now)), otherwise: "asked_at"))
                .set("answered_at", to: whenAnswered(SQLBind(now), otherwise: "answered_at"))
        }
        let saved = try await fetch(update
            .where("id", .equal, SQLBind(askID))
            .where("account_id", .equal, SQLBind(accountID))
            .where("version", .equal, SQLBind(baseVersion))
            .returning("*"))
        return try saved.first.map { try AskModel.read($0).record() }
    }

    /// Marks a question as asked, skipped or dodged (or planned again).
    ///
    /// Leaves the answer's version alone: the version guards the text, and a status change
    /// in one tab must not make an answer typed in another look like a conflict.
    @discardableResult
    public func setStatus(askID: UUID, _ status: AskStatus) async throws -> Ask {
        try AskStatus.checkSettable(status)
        let row = try await askModel(id: askID)
        row.status = status.rawValue
        if status != .planned { row.askedAt = row.askedAt ?? now() }
        row.updatedAt = now()
        try await row.save(on: db)
        return try row.record()
    }

    /// The themes the candidate heard in an answer.
    @discardableResult
    public func tagAnswer(askID: UUID, themes: [Theme]) async throws -> Ask {
        let row = try await askModel(id: askID)
        row.tags = themes.uniqued().map(\.rawValue).joined(separator: ",")
        row.updatedAt = now()
        try await row.save(on: db)
        return try row.record()
    }

    /// Records how the candidate felt about one interviewer (1–5).
    public func setGutFeeling(interviewID: UUID, personID: UUID, score: Int) async throws {
        _ = try FieldCheck.number(score, field: "gut feeling", in: GutFeeling.range)
        let interview = try await interview(id: interviewID)
        guard interview.participants.contains(where: { $0.personID == personID }) else {
            throw CandorError.invalidField(field: "person", reason: "is not on this interview's panel")
        }
        let row = try await GutFeelingModel.query(on: db).filter(\.$interviewID == interviewID).filter(\.$personID == personID).first()
            ?? GutFeelingModel()
        if row.id == nil {
            row.id = UUID()
            row.accountID = accountID
            row.interviewID = interviewID
            row.personID = personID
        }
        row.score = score
        try await row.save(on: db)
    }

    /// The candidate's gut feelings about an interview's panel.
    public func gutFeelings(interviewID: UUID) async throws -> [GutFeeling] {
        try await GutFeelingModel.query(on: db).filter(\.$accountID == accountID).filter(\.$interviewID == interviewID).all()
            .map { GutFeeling(interviewID: $0.interviewID, personID: $0.personID, score: $0.score) }
    }

    /// The gut feelings about the panels of these interviews, in one query, in the order the
    /// interviews are given.
    func gutFeelings(interviewIDs: [UUID]) async throws -> [GutFeeling] {
        guard !interviewIDs.isEmpty else { return [] }
        let order = Dictionary(interviewIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return try await GutFeelingModel.query(on: db).filter(\.$accountID == accountID).filter(\.$interviewID ~~ interviewIDs).all()
            .map { GutFeeling(interviewID: $0.interviewID, personID: $0.personID, score: $0.score) }
            .enumerated()
            .sorted { (order[$0.element.interviewID] ?? 0, $0.offset) < (order[$1.element.interviewID] ?? 0, $1.offset) }
            .map(\.element)
    }

    /// Marks an interview as held, with the minutes the company actually left for questions.
    @discardableResult
    public func finishInterview(interviewID: UUID, minutesGiven: Int?, notes: String? = nil) async throws -> Interview {
        var draft = try await interview(id: interviewID).draft
        draft.status = .done
        draft.questionMinutesGiven = minutesGiven
        if let notes { draft.notes = notes }
        return try await updateInterview(id: interviewID, draft)
    }
}

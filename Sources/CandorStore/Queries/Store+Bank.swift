import CandorCore
import FluentKit
import SQLKit
import Foundation

extension Store {
    /// Brings the account's bank up to date with a starter bank, copy-on-write:
    /// new starter questions are added; ones the candidate never touched take the new
    /// wording; edited, retired and deleted ones are left exactly as the candidate left them.
    ///
    /// - Returns: how many questions were added and updated.
    @discardableResult
    public func seedStarterBank(_ bank: StarterBank = StarterBankResource.bundled) async throws -> (added: Int, updated: Int) {
        let rows = try await QuestionModel.query(on: db).filter(\.$accountID == accountID)
            .filter(\.$starterKey != nil).all()
        let byKey = Dictionary(rows.compactMap { row in row.starterKey.map { ($0, row) } }, uniquingKeysWith: { first, _ in first })
        let dismissed = Set(try await DismissedStarterModel.query(on: db).filter(\.$accountID == accountID).all().map(\.starterKey))
        let now = now()
        var added: [QuestionModel] = []
        var updated: [QuestionModel] = []
        for starter in bank.questions where !dismissed.contains(starter.key) {
            if let row = byKey[starter.key] {
                guard !row.edited, try row.record().draft != starter.draft.validated() || row.special != starter.special?.rawValue else { continue }
                row.applyStarter(starter, isNew: false)
                row.updatedAt = now
                updated.append(row)
            } else {
                let row = QuestionModel()
                row.id = UUID()
                row.accountID = accountID
                row.applyStarter(starter, isNew: true)
                row.retired = false
                row.edited = false
                row.sequence = 0
                row.origin = QuestionOrigin.starter.rawValue
                row.starterKey = starter.key
                row.createdAt = now
                row.updatedAt = now
                added.append(row)
            }
        }
        guard !added.isEmpty || !updated.isEmpty else { return (0, 0) }
        let (newRows, changedRows) = (added, updated)
        do {
            // One transaction, so the first start writes the whole bank with one sync.
            try await transaction { store in
                if !newRows.isEmpty { try await newRows.create(on: store.db) }
                for row in changedRows { try await row.save(on: store.db) }
            }
        } catch where StoreError.isUniqueViolation(error) {
            // Another process seeded the same account at the same moment; its rows stand.
            return (0, 0)
        }
        return (added.count, updated.count)
    }

    /// The question with this id.
    public func question(id: UUID) async throws -> Question {
        try await questionModel(id: id).record()
    }

    /// The question a reference means: its full id or a unique start of it.
    public func question(matching reference: String) async throws -> Question {
        try Resolver.pick(reference, in: try await questions(includeRetired: true), kind: "question", id: \.id,
                          name: { _ in "" }, hint: Self.questionHint)
    }

    /// Adds one of the candidate's own questions.
    @discardableResult
    public func addQuestion(_ draft: QuestionDraft) async throws -> Question {
        let valid = try draft.validated()
        let row = QuestionModel()
        row.id = UUID()
        row.accountID = accountID
        row.applyDraft(valid)
        row.origin = QuestionOrigin.own.rawValue
        row.retired = false
        row.edited = false
        row.sequence = (try await QuestionModel.query(on: db).filter(\.$accountID == accountID).max(\.$sequence) ?? 0) + 1
        row.createdAt = now()
        row.updatedAt = row.createdAt
        try await row.create(on: db)
        return try row.record()
    }

    /// Changes a question. A changed starter question is marked edited, so upgrades keep the
    /// candidate's version. A closing question must keep its `{company}` placeholder.
    @discardableResult
    public func updateQuestion(id: UUID, _ draft: QuestionDraft) async throws -> Question {
        let valid = try draft.validated()
        let row = try await questionModel(id: id)
        let current = try row.record()
        if current.isClosing, !valid.text.contains(Question.companyPlaceholder) {
            throw CandorError.invalidField(field: "text", reason: "a closing question must keep \(Question.companyPlaceholder), where the company's name goes")
        }
        guard valid != current.draft else { return current }
        row.applyDraft(valid)
        row.edited = current.origin == .starter
        row.updatedAt = now()
        try await row.save(on: db)
        return try row.record()
    }

    /// Retires a question (kept, with its history, but no longer offered) or brings it back.
    /// The closing questions cannot be retired: every interviewer is asked them.
    @discardableResult
    public func setRetired(id: UUID, _ retired: Bool) async throws -> Question {
        let row = try await questionModel(id: id)
        if retired, try row.record().isClosing {
            throw CandorError.notAllowed(reason: "The closing questions are asked in every interview and cannot be retired; you can reword them instead.")
        }
        guard row.retired != retired else { return try row.record() }
        row.retired = retired
        row.updatedAt = now()
        try await row.save(on: db)
        return try row.record()
    }

    /// Deletes a question that was never asked. One that was asked is part of an interview's
    /// history and can only be retired. A deleted starter question stays away after upgrades.
    public func deleteQuestion(id: UUID) async throws {
        try await transaction { store in
            let row = try await store.questionModel(id: id)
            let question = try row.record()
            if question.isClosing {
                throw CandorError.notAllowed(reason: "The closing questions are asked in every interview and cannot be deleted; you can reword them instead.")
            }
            let asked = try await AskModel.query(on: store.db).filter(\.$accountID == store.accountID)
                .filter(\.$questionID == id).count()
            if asked > 0 {
                throw CandorError.notAllowed(reason:
                    "This question was asked \(asked) time\(asked == 1 ? "" : "s") and is part of those interviews' history; retire it instead (candor question retire \(id.short)).")
            }
            if let key = question.starterKey { try await store.dismissStarter(key) }
            try await row.delete(on: store.db)
        }
    }

    /// Ids of the questions that were put to someone at least once.
    public func askedQuestionIDs() async throws -> Set<UUID> {
        // Only the one column, once per question: reading whole asks (answers and all) took
        // most of the question bank page's time on a large account.
        let rows = try await select(["question_id"], from: AskModel.schema) {
            $0.distinct().where("question_id", .isNot, SQLLiteral.null)
        }
        return Set(try rows.map { try $0.value("question_id", as: UUID.self) })
    }

    /// Remembers that the candidate deleted a starter question, so upgrades leave it out.
    func dismissStarter(_ key: String) async throws {
        let dismissal = DismissedStarterModel()
        dismissal.id = UUID()
        dismissal.accountID = accountID
        dismissal.starterKey = key
        try await dismissal.create(on: db)
    }

    /// Starter keys the candidate deleted.
    public func dismissedStarterKeys() async throws -> [String] {
        try await DismissedStarterModel.query(on: db).filter(\.$accountID == accountID).all().map(\.starterKey).sorted()
    }

    /// Adds the parsed questions in one transaction, skipping any whose text is already in the
    /// bank (or earlier in the file). With `dryRun` nothing is written but the report is the same.
    public func importQuestions(_ parsed: ParsedImport, dryRun: Bool) async throws -> ImportReport {
        try await transaction { store in
            var seen = Set(try await store.questions(includeRetired: true).map { Question.duplicateKey($0.text) })
            var added = 0
            var skipped = 0
            for item in parsed.questions {
                guard seen.insert(Question.duplicateKey(item.draft.text)).inserted else {
                    skipped += 1
                    continue
                }
                added += 1
                guard !dryRun else { continue }
                let question = try await store.addQuestion(item.draft)
                if item.retired { try await store.setRetired(id: question.id, true) }
            }
            return ImportReport(added: added, skippedDuplicates: skipped, rejected: parsed.rejections, dryRun: dryRun)
        }
    }

    static let questionHint = "Run `candor question list` to see question ids."

    func questionModel(id: UUID) async throws -> QuestionModel {
        guard let row = try await QuestionModel.query(on: db).filter(\.$accountID == accountID).filter(\.$id == id).first() else {
            throw CandorError.notFound(kind: "question", reference: id.uuidString.lowercased(), hint: Self.questionHint)
        }
        return row
    }
}

extension QuestionModel {
    /// - Parameter keepAskEveryone: starter upgrades leave the candidate's choice alone.
    func applyDraft(_ draft: QuestionDraft, keepAskEveryone: Bool = false) {
        text = draft.text
        category = draft.category
        audiences = draft.audiences.map(\.rawValue)
        contexts = draft.contexts.map(\.rawValue)
        themes = draft.themes.map(\.rawValue)
        minutes = draft.minutes
        purpose = draft.purpose
        if !keepAskEveryone { askEveryone = draft.askEveryone }
    }

    func applyStarter(_ starter: StarterQuestion, isNew: Bool) {
        applyDraft(starter.draft, keepAskEveryone: !isNew)
        special = starter.special?.rawValue
    }
}

import CandorCore
import FluentKit
import Foundation

extension Store {
    /// Every company of the account, by name, each with its status history.
    public func companies() async throws -> [Company] {
        let models = try await rows(CompanyModel.self)
        let changes = try await rows(StatusChangeModel.self)
        let history = Dictionary(grouping: changes, by: \.companyID)
        return try models
            .map { try $0.record(history: history[$0.id!] ?? []) }
            .sorted { $0.name.matchKey < $1.name.matchKey }
    }

    /// The company with this id.
    public func company(id: UUID) async throws -> Company {
        let model = try await companyModel(id: id)
        return try model.record(history: try await statusChanges(companyID: id))
    }

    /// The company a person referred to: a full or partial id, or its name (or the start of it).
    public func company(matching reference: String) async throws -> Company {
        let all = try await companies()
        let chosen = try Resolver.pick(
            reference, in: all, kind: "company", id: \.id, name: \.name,
            hint: "Run `candor company list` to see names and ids.")
        return chosen
    }

    /// Adds a company, starting its status history.
    @discardableResult
    public func addCompany(_ draft: CompanyDraft, status: PipelineStatus = .researching) async throws -> Company {
        let valid = try draft.validated()
        return try await transaction { store in
            try await store.ensureUniqueName(valid.name, except: nil)
            let model = CompanyModel()
            model.id = UUID()
            model.accountID = store.accountID
            model.apply(valid)
            model.status = status.rawValue
            model.createdAt = store.now()
            model.updatedAt = model.createdAt
            try await model.create(on: store.db)
            try await store.recordStatus(status, companyID: model.id!, at: model.createdAt, note: nil)
            return try await store.company(id: model.id!)
        }
    }

    /// Replaces a company's editable fields.
    @discardableResult
    public func updateCompany(id: UUID, _ draft: CompanyDraft) async throws -> Company {
        let valid = try draft.validated()
        let model = try await companyModel(id: id)
        try await ensureUniqueName(valid.name, except: id)
        model.apply(valid)
        model.updatedAt = now()
        try await model.save(on: db)
        return try await company(id: id)
    }

    /// Moves a company to another pipeline status, keeping the change in its history.
    /// Setting the status it already has changes nothing.
    @discardableResult
    public func setStatus(companyID: UUID, to status: PipelineStatus, note: String? = nil) async throws -> Company {
        let note = try FieldCheck.optional(note, field: "note", maxLength: 2_000)
        return try await transaction { store in
            let model = try await store.companyModel(id: companyID)
            guard model.status != status.rawValue else { return try await store.company(id: companyID) }
            model.status = status.rawValue
            model.updatedAt = store.now()
            try await model.save(on: store.db)
            try await store.recordStatus(status, companyID: companyID, at: model.updatedAt, note: note)
            return try await store.company(id: companyID)
        }
    }

    /// Removes a company with its people, interviews and answers (the schema cascades), and
    /// leaves none of their text behind in a SQLite file (see ``erasing(_:)``).
    public func removeCompany(id: UUID) async throws {
        try await erasing { store in
            try await store.companyModel(id: id).delete(on: store.db)
        }
    }

    func companyModel(id: UUID) async throws -> CompanyModel {
        guard let model = try await CompanyModel.query(on: db)
            .filter(\.$accountID == accountID).filter(\.$id == id).first()
        else {
            throw CandorError.notFound(kind: "company", reference: id.uuidString.lowercased(),
                                       hint: "Run `candor company list` to see names and ids.")
        }
        return model
    }

    func interviewIDs(companyID: UUID) async throws -> [UUID] {
        try await InterviewModel.query(on: db).filter(\.$accountID == accountID)
            .filter(\.$companyID == companyID).all().compactMap(\.id)
    }

    private func statusChanges(companyID: UUID) async throws -> [StatusChangeModel] {
        try await StatusChangeModel.query(on: db).filter(\.$accountID == accountID)
            .filter(\.$companyID == companyID).all()
    }

    private func recordStatus(_ status: PipelineStatus, companyID: UUID, at date: Date, note: String?) async throws {
        let count = try await StatusChangeModel.query(on: db).filter(\.$companyID == companyID).count()
        let change = StatusChangeModel()
        change.id = UUID()
        change.accountID = accountID
        change.companyID = companyID
        change.status = status.rawValue
        change.changedAt = date
        change.sequence = count
        change.note = note
        try await change.create(on: db)
    }

    private func ensureUniqueName(_ name: String, except id: UUID?) async throws {
        let clash = try await CompanyModel.query(on: db).filter(\.$accountID == accountID).all()
            .contains { $0.id != id && $0.name.matchKey == name.matchKey }
        if clash { throw CandorError.duplicate(kind: "company", name: name) }
    }
}

extension CompanyModel {
    func apply(_ draft: CompanyDraft) {
        name = draft.name
        website = draft.website
        headcount = draft.headcount
        stage = draft.stage?.rawValue
        ownership = draft.ownership?.rawValue
        funding = draft.funding?.rawValue
        kind = draft.kind?.rawValue
        roleTitle = draft.roleTitle
        postingText = draft.postingText
        postingURL = draft.postingURL
        concerns = draft.concerns.map(\.rawValue)
        concernNotes = draft.concernNotes
        notes = draft.notes
    }

    func record(history: [StatusChangeModel]) throws -> Company {
        let draft = CompanyDraft(
            name: name, website: website, headcount: headcount,
            stage: try CompanyStage.stored(stage, field: "stage"),
            ownership: try Ownership.stored(ownership, field: "ownership"),
            funding: try Funding.stored(funding, field: "funding"),
            kind: try CompanyKind.stored(kind, field: "kind"),
            roleTitle: roleTitle, postingText: postingText, postingURL: postingURL,
            concerns: try Theme.storedList(concerns, field: "concerns"),
            concernNotes: concernNotes, notes: notes)
        let changes = try history
            .sorted { ($0.changedAt, $0.sequence) < ($1.changedAt, $1.sequence) }
            .map { StatusChange(status: try PipelineStatus.stored($0.status, field: "status"), changedAt: $0.changedAt, note: $0.note) }
        return Company(
            id: id!, draft: draft, status: try PipelineStatus.stored(status, field: "status"),
            statusHistory: changes, createdAt: createdAt, updatedAt: updatedAt)
    }
}

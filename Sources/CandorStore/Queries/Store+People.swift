import CandorCore
import FluentKit
import SQLKit
import Foundation

extension Store {
    /// People of the account, or of one company, by name.
    public func people(companyID: UUID? = nil) async throws -> [Person] {
        try await rows(PersonModel.self) { query in
            companyID.map { query.where("company_id", .equal, SQLBind($0)) } ?? query
        }.map { try $0.record() }.sorted { $0.name.matchKey < $1.name.matchKey }
    }

    /// The person with this id.
    public func person(id: UUID) async throws -> Person {
        try await personModel(id: id).record()
    }

    /// The person a reference means, optionally within one company.
    public func person(matching reference: String, companyID: UUID? = nil) async throws -> Person {
        try Resolver.pick(
            reference, in: try await people(companyID: companyID), kind: "person", id: \.id, name: \.name,
            hint: "Run `candor person list` to see names and ids.")
    }

    /// Adds a person to a company.
    @discardableResult
    public func addPerson(_ draft: PersonDraft) async throws -> Person {
        let valid = try draft.validated()
        _ = try await companyModel(id: valid.companyID)
        let model = PersonModel()
        model.id = UUID()
        model.accountID = accountID
        model.apply(valid)
        model.createdAt = now()
        try await model.create(on: db)
        return try model.record()
    }

    /// Replaces a person's editable fields; they stay with the same company.
    @discardableResult
    public func updatePerson(id: UUID, _ draft: PersonDraft) async throws -> Person {
        var valid = try draft.validated()
        let model = try await personModel(id: id)
        valid.companyID = model.companyID
        model.apply(valid)
        try await model.save(on: db)
        return try model.record()
    }

    /// The person at the company with this name, added (with `roleKind`) when there is none.
    ///
    /// Lets `interview add --with "Name:role"` name new and known people alike.
    public func findOrAddPerson(companyID: UUID, name: String, roleKind: RoleKind?) async throws -> Person {
        let key = try FieldCheck.required(name, field: "participant name").matchKey
        if let known = try await people(companyID: companyID).first(where: { $0.name.matchKey == key }) {
            return known
        }
        // The role decides what to ask them (a hiring manager gets the why-question): a new
        // person without one would silently lose it.
        guard let roleKind else {
            let shown = name.trimmingCharacters(in: .whitespacesAndNewlines)
            throw CandorError.invalidField(
                field: "role of \(shown)",
                reason: "say what \(shown) does (hiring manager, engineer, recruiter, …): the role decides what to ask them")
        }
        return try await addPerson(PersonDraft(companyID: companyID, name: name, roleKind: roleKind))
    }

    func personModel(id: UUID) async throws -> PersonModel {
        guard let model = try await PersonModel.query(on: db)
            .filter(\.$accountID == accountID).filter(\.$id == id).first()
        else {
            throw CandorError.notFound(kind: "person", reference: id.uuidString.lowercased(),
                                       hint: "Run `candor person list` to see names and ids.")
        }
        return model
    }
}

extension PersonModel {
    func apply(_ draft: PersonDraft) {
        companyID = draft.companyID
        name = draft.name
        title = draft.title
        roleKind = draft.roleKind.rawValue
        notes = draft.notes
    }

    func record() throws -> Person {
        Person(
            id: id!,
            draft: PersonDraft(companyID: companyID, name: name, title: title,
                               roleKind: try RoleKind.stored(roleKind, field: "role kind"), notes: notes),
            createdAt: createdAt)
    }
}

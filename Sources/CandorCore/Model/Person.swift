import Foundation

/// The fields of a person that the candidate types in.
public struct PersonDraft: Codable, Equatable, Sendable {
    public var companyID: UUID
    public var name: String
    public var title: String?
    public var roleKind: RoleKind
    /// Rapport, what they care about, anything worth remembering.
    public var notes: String?

    public init(companyID: UUID, name: String, title: String? = nil, roleKind: RoleKind = .other, notes: String? = nil) {
        self.companyID = companyID
        self.name = name
        self.title = title
        self.roleKind = roleKind
        self.notes = notes
    }

    public func validated() throws -> PersonDraft {
        var copy = self
        copy.name = try FieldCheck.name(name)
        copy.title = try FieldCheck.optional(title, field: "title", maxLength: 200)
        copy.notes = try FieldCheck.optional(notes, field: "notes")
        return copy
    }
}

/// Someone the candidate met or will meet at a company.
public struct Person: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    public var companyID: UUID
    public var name: String
    public var title: String?
    public var roleKind: RoleKind
    public var notes: String?
    public var createdAt: Date

    public init(id: UUID, draft: PersonDraft, createdAt: Date) {
        self.id = id
        self.companyID = draft.companyID
        self.name = draft.name
        self.title = draft.title
        self.roleKind = draft.roleKind
        self.notes = draft.notes
        self.createdAt = createdAt
    }

    public var draft: PersonDraft {
        PersonDraft(companyID: companyID, name: name, title: title, roleKind: roleKind, notes: notes)
    }
}

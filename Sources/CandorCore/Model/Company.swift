import Foundation

/// The fields of a company that the candidate types in; validated before it is stored.
public struct CompanyDraft: Codable, Equatable, Sendable {
    public var name: String
    public var website: String?
    public var headcount: Int?
    public var stage: CompanyStage?
    public var ownership: Ownership?
    public var funding: Funding?
    public var kind: CompanyKind?
    public var roleTitle: String?
    public var postingText: String?
    public var postingURL: String?
    /// Themes the candidate is worried about at this company; the planner probes them first.
    public var concerns: [Theme]
    /// The worries in the candidate's own words.
    public var concernNotes: String?
    public var notes: String?

    public init(
        name: String, website: String? = nil, headcount: Int? = nil,
        stage: CompanyStage? = nil, ownership: Ownership? = nil, funding: Funding? = nil, kind: CompanyKind? = nil,
        roleTitle: String? = nil, postingText: String? = nil, postingURL: String? = nil,
        concerns: [Theme] = [], concernNotes: String? = nil, notes: String? = nil
    ) {
        self.name = name
        self.website = website
        self.headcount = headcount
        self.stage = stage
        self.ownership = ownership
        self.funding = funding
        self.kind = kind
        self.roleTitle = roleTitle
        self.postingText = postingText
        self.postingURL = postingURL
        self.concerns = concerns
        self.concernNotes = concernNotes
        self.notes = notes
    }

    /// The draft trimmed and checked; throws naming the first field that is wrong.
    public func validated() throws -> CompanyDraft {
        var copy = self
        copy.name = try FieldCheck.name(name)
        copy.website = try FieldCheck.url(website, field: "website")
        copy.headcount = try FieldCheck.number(headcount, field: "headcount", in: 1...10_000_000)
        copy.roleTitle = try FieldCheck.optional(roleTitle, field: "role title", maxLength: 200)
        copy.postingText = try FieldCheck.optional(postingText, field: "job posting text", maxLength: 100_000)
        copy.postingURL = try FieldCheck.url(postingURL, field: "job posting URL")
        copy.concerns = concerns.uniqued()
        copy.concernNotes = try FieldCheck.optional(concernNotes, field: "concern notes")
        copy.notes = try FieldCheck.optional(notes, field: "notes")
        return copy
    }
}

/// One change of a company's pipeline status, kept so the history can be shown.
public struct StatusChange: Codable, Equatable, Sendable {
    public var status: PipelineStatus
    public var changedAt: Date
    public var note: String?

    public init(status: PipelineStatus, changedAt: Date, note: String? = nil) {
        self.status = status
        self.changedAt = changedAt
        self.note = note
    }
}

/// A company the candidate is looking at, as stored.
public struct Company: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    public var name: String
    public var website: String?
    public var headcount: Int?
    public var stage: CompanyStage?
    public var ownership: Ownership?
    public var funding: Funding?
    public var kind: CompanyKind?
    public var roleTitle: String?
    public var postingText: String?
    public var postingURL: String?
    public var concerns: [Theme]
    public var concernNotes: String?
    public var notes: String?
    /// The current pipeline status: the last entry of ``statusHistory``.
    public var status: PipelineStatus
    /// Every status change, oldest first.
    public var statusHistory: [StatusChange]
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID, draft: CompanyDraft, status: PipelineStatus, statusHistory: [StatusChange], createdAt: Date, updatedAt: Date) {
        self.id = id
        self.name = draft.name
        self.website = draft.website
        self.headcount = draft.headcount
        self.stage = draft.stage
        self.ownership = draft.ownership
        self.funding = draft.funding
        self.kind = draft.kind
        self.roleTitle = draft.roleTitle
        self.postingText = draft.postingText
        self.postingURL = draft.postingURL
        self.concerns = draft.concerns
        self.concernNotes = draft.concernNotes
        self.notes = draft.notes
        self.status = status
        self.statusHistory = statusHistory
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The editable fields, to start an edit from what is stored.
    public var draft: CompanyDraft {
        CompanyDraft(
            name: name, website: website, headcount: headcount, stage: stage, ownership: ownership,
            funding: funding, kind: kind, roleTitle: roleTitle, postingText: postingText, postingURL: postingURL,
            concerns: concerns, concernNotes: concernNotes, notes: notes
        )
    }

    /// The contexts this company belongs to, for matching questions to it.
    public var contexts: Set<CompanyContext> {
        var result = Set<CompanyContext>()
        switch stage {
        case .startup: result.insert(.startup)
        case .scaleup: result.insert(.scaleup)
        case .enterprise: result.insert(.enterprise)
        case nil: break
        }
        switch ownership {
        case .private: result.insert(.private)
        case .public: result.insert(.public)
        case nil: break
        }
        switch funding {
        case .bootstrapped: result.insert(.bootstrapped)
        case .vcFunded: result.insert(.vcFunded)
        case .public: result.insert(.public)
        case .other, nil: break
        }
        switch kind {
        case .consultancy: result.insert(.consultancy)
        case .agency: result.insert(.agency)
        case .nonprofit: result.insert(.nonprofit)
        case .government: result.insert(.government)
        case .product, nil: break
        }
        return result
    }

    /// When the status last changed, or when the company was added.
    public var lastStatusChange: Date { statusHistory.last?.changedAt ?? createdAt }
}

import Foundation

/// One question put to one participant in one interview, and what they answered.
public struct Ask: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    public var interviewID: UUID
    public var personID: UUID
    /// The bank question it came from; `nil` for a question made up on the spot.
    public var questionID: UUID?
    /// 0-based place in the interview's plan.
    public var position: Int
    public var status: AskStatus
    /// The wording as it was asked, kept so history stays true after the bank is edited.
    public var questionText: String
    public var answer: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var askedAt: Date?
    public var answeredAt: Date?
    /// The candidate pinned it (or added or moved it): re-planning keeps it.
    public var pinned: Bool
    /// Themes the candidate heard in the answer (tagged, or confirmed on the insight page).
    public var tags: [Theme]
    /// Themes the text pipeline finds in the answer that the candidate says are not there.
    public var dismissedThemes: [Theme]
    /// Why the planner picked it.
    public var reasons: [PlanReason]
    /// Bumped by every change to the answer, so a stale save is noticed rather than applied.
    public var version: Int

    public init(
        id: UUID, interviewID: UUID, personID: UUID, questionID: UUID?, position: Int, status: AskStatus,
        questionText: String, answer: String? = nil, createdAt: Date, updatedAt: Date,
        askedAt: Date? = nil, answeredAt: Date? = nil, pinned: Bool = false, tags: [Theme] = [], reasons: [PlanReason] = [],
        version: Int = 0, dismissedThemes: [Theme] = []
    ) {
        self.id = id
        self.interviewID = interviewID
        self.personID = personID
        self.questionID = questionID
        self.position = position
        self.status = status
        self.questionText = questionText
        self.answer = answer
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.askedAt = askedAt
        self.answeredAt = answeredAt
        self.pinned = pinned
        self.tags = tags
        self.dismissedThemes = dismissedThemes
        self.reasons = reasons
        self.version = version
    }

    /// The longest answer kept; a longer one is refused whole rather than cut.
    public static let maxAnswerLength = 20_000

    /// Only an answer that says something has themes to correct.
    public func checkCorrectable() throws {
        guard answer?.trimmedOrNil != nil, status == .answered || status == .asked else {
            throw CandorError.notAllowed(reason: "Nothing was answered to this question (it is \(status.rawValue)), "
                + "so there are no themes to correct. Record the answer first.")
        }
    }

    /// Checks an answer's text as typed, before anything is saved: the one rule every way in
    /// (interview mode, the command line, a restored backup) applies.
    public static func checkAnswer(_ text: String) throws {
        _ = try FieldCheck.multiline(text, field: "answer", maxLength: maxAnswerLength)
    }
}

extension Ask {
    enum CodingKeys: String, CodingKey {
        case id, interviewID, personID, questionID, position, status, questionText, answer, createdAt, updatedAt
        case askedAt, answeredAt, pinned, tags, dismissedThemes, reasons, version
    }

    /// Reads an ask; `dismissedThemes` may be missing from backups written before insights existed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(UUID.self, forKey: .id),
            interviewID: try container.decode(UUID.self, forKey: .interviewID),
            personID: try container.decode(UUID.self, forKey: .personID),
            questionID: try container.decodeIfPresent(UUID.self, forKey: .questionID),
            position: try container.decode(Int.self, forKey: .position),
            status: try container.decode(AskStatus.self, forKey: .status),
            questionText: try container.decode(String.self, forKey: .questionText),
            answer: try container.decodeIfPresent(String.self, forKey: .answer),
            createdAt: try container.decode(Date.self, forKey: .createdAt),
            updatedAt: try container.decode(Date.self, forKey: .updatedAt),
            askedAt: try container.decodeIfPresent(Date.self, forKey: .askedAt),
            answeredAt: try container.decodeIfPresent(Date.self, forKey: .answeredAt),
            pinned: try container.decode(Bool.self, forKey: .pinned),
            tags: try container.decode([Theme].self, forKey: .tags),
            reasons: try container.decode([PlanReason].self, forKey: .reasons),
            version: try container.decode(Int.self, forKey: .version),
            dismissedThemes: try container.decodeIfPresent([Theme].self, forKey: .dismissedThemes) ?? [])
    }
}

import Foundation

/// A question in the candidate's bank.
public struct Question: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    /// The wording; `{company}` is replaced by the company's name when asked.
    public var text: String
    public var category: String
    public var audiences: [Audience]
    /// Companies the question fits; empty means every company.
    public var contexts: [CompanyContext]
    public var themes: [Theme]
    public var minutes: Int
    /// What a good or a worrying answer tells the candidate.
    public var purpose: String?
    public var origin: QuestionOrigin
    public var retired: Bool
    /// The starter bank's stable key, so upgrades can tell which starter question this is.
    public var starterKey: String?
    public var special: QuestionSpecial?
    /// Ask every interviewer, to compare their answers, even if already answered at the company.
    public var askEveryone: Bool
    /// Whether the candidate changed a starter question; upgrades then leave it alone.
    public var edited: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID, text: String, category: String, audiences: [Audience] = [.any], contexts: [CompanyContext] = [],
        themes: [Theme] = [], minutes: Int = 2, purpose: String? = nil, origin: QuestionOrigin = .own,
        retired: Bool = false, starterKey: String? = nil, special: QuestionSpecial? = nil, askEveryone: Bool = false,
        edited: Bool = false, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.text = text
        self.category = category
        self.audiences = audiences
        self.contexts = contexts
        self.themes = themes
        self.minutes = minutes
        self.purpose = purpose
        self.origin = origin
        self.retired = retired
        self.starterKey = starterKey
        self.special = special
        self.askEveryone = askEveryone
        self.edited = edited
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The wording with `{company}` filled in.
    public func text(for companyName: String) -> String {
        // Most questions name no company; Foundation's replacing is slow enough to notice on a
        // plan page offering the whole bank.
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        return text.replacingOccurrences(of: Question.companyPlaceholder, with: companyName)
    }

    public static let companyPlaceholder = "{company}"
}

/// The two questions every interviewer is asked at the end of every interview.
///
/// They are always in the bank; the candidate may reword them but not retire them.
public enum ClosingQuestions {
    public static let loveText = "What do you love most about working at {company}, the thing that makes you glad this is where you ended up?"
    public static let improveText = "What could {company} do better? If you could improve one thing about working here, what would you pick?"

    /// The default wording for a closing question.
    public static func defaultText(for special: QuestionSpecial) -> String? {
        switch special {
        case .closingLove: loveText
        case .closingImprove: improveText
        case .whyRole: nil
        }
    }
}

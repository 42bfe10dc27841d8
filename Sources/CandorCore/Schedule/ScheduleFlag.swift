import Foundation

/// Something in the schedule worth the candidate's attention, with what to do about it.
public struct ScheduleFlag: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Two interviews at the same time: one of them cannot happen.
        case overlap
        /// Less than the minimum break between two interviews.
        case backToBack = "back-to-back"
        /// More interview time in a day than the limit.
        case longDay = "long-day"
        /// More interviews in a day than the limit.
        case crowdedDay = "crowded-day"
        /// More interviews in a week than the limit.
        case crowdedWeek = "crowded-week"
        /// No minutes kept for the candidate's own questions.
        case noQuestionTime = "no-question-time"
    }

    public enum Severity: String, Codable, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var kind: Kind
    public var severity: Severity
    /// The interviews concerned, in start order.
    public var interviewIDs: [UUID]
    /// The calendar day (in the viewer's zone) it is about, as `YYYY-MM-DD`; for a week, its Monday.
    public var day: String
    /// What is wrong, in one sentence.
    public var message: String
    /// What to do about it, in one sentence.
    public var advice: String

    public init(kind: Kind, severity: Severity, interviewIDs: [UUID], day: String, message: String, advice: String) {
        self.kind = kind
        self.severity = severity
        self.interviewIDs = interviewIDs
        self.day = day
        self.message = message
        self.advice = advice
    }
}

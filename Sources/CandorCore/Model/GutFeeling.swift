import Foundation

/// How the candidate felt about one interviewer, from 1 (uneasy) to 5 (great), after an interview.
public struct GutFeeling: Codable, Equatable, Sendable {
    public var interviewID: UUID
    public var personID: UUID
    public var score: Int

    public static let range = 1...5

    public init(interviewID: UUID, personID: UUID, score: Int) {
        self.interviewID = interviewID
        self.personID = personID
        self.score = score
    }
}

/// What became of saving an answer.
public enum AnswerSave: Equatable, Sendable {
    /// Committed durably; the answer now has this version.
    case saved(Ask)
    /// Someone (another tab) changed the answer since the version the save started from:
    /// nothing was written, and this is what is stored now.
    case conflict(current: Ask)
}

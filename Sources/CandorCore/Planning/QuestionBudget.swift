import Foundation

/// The minutes kept for the candidate's own questions in one interview, and the least its panel
/// needs.
///
/// The one place that decides the budget: the planner, the plan page, interview mode, compare
/// and the calendar all read it from here, so a blank "minutes for your questions" means the
/// same everywhere.
public struct QuestionBudget: Codable, Equatable, Sendable {
    /// Minutes kept for the candidate's questions.
    public var minutes: Int
    /// Whether the candidate set the minutes for this interview; otherwise they are the default
    /// for its panel.
    public var isSet: Bool
    /// Minutes the closing round for everyone, the why-question for each hiring manager and one
    /// question per person take: the least a plan for this panel needs.
    public var needed: Int

    /// Minutes allowed for each person's own question in `needed`: most bank questions take
    /// two or three.
    public static let minutesPerPerson = 3

    /// The interview's budget: the minutes the candidate set for it, or else the larger of their
    /// profile's default and what the panel needs, never more than the interview lasts.
    public init(interview: Interview, profileDefault: Int, bank: [Question]) {
        needed = Self.needed(panel: interview.participants, bank: bank)
        if let set = interview.questionMinutesPlanned {
            minutes = set
            isSet = true
        } else {
            minutes = min(interview.durationMinutes, max(profileDefault, needed))
            isSet = false
        }
    }

    /// What the closing round, the why-question and one question per person take for this panel.
    static func needed(panel: [Participant], bank: [Question]) -> Int {
        guard !panel.isEmpty else { return 0 }
        var total = 0
        for special in [QuestionSpecial.closingLove, .closingImprove] {
            if let question = bank.first(where: { $0.special == special }) {
                total += Planner.closingMinutes(question, panelSize: panel.count) * panel.count
            }
        }
        let managers = panel.filter { $0.roleKind == .hiringManager }.count
        if managers > 0, let why = bank.filter({ $0.special == .whyRole }).map(\.minutes).min() {
            total += why * managers
        }
        return total + minutesPerPerson * panel.count
    }
}

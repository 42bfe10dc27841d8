import Foundation

/// The yearly (or other) practice habit: interviewing now and then keeps the skill sharp.
public struct PracticeNudge: Codable, Equatable, Sendable {
    /// When the candidate last interviewed, if ever.
    public var lastInterview: Date?
    /// When the next one is due by the chosen cadence; `nil` when there has been none yet.
    public var due: Date?
    public var isDue: Bool
    /// One friendly sentence for the home page and `candor status`.
    public var message: String

    /// - Parameters:
    ///   - interviews: every interview; only held ones (start in the past, not cancelled) count.
    public init(interviews: [Interview], cadenceMonths: Int, now: Date, zone: TimeZone) {
        let held = interviews.filter { $0.status != .cancelled && $0.startsAt <= now }
        lastInterview = held.map(\.startsAt).max()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let cadence = cadenceMonths == 1 ? "month" : "\(cadenceMonths) months"
        guard let last = lastInterview else {
            due = nil
            isDue = true
            message = "No interview recorded yet. Interviewing every \(cadence) keeps the skill sharp, even when you are happy where you are."
            return
        }
        let dueDate = calendar.date(byAdding: .month, value: cadenceMonths, to: last) ?? last
        due = dueDate
        isDue = dueDate <= now
        let lastDay = LocalTime.day(last, in: zone)
        let dueDay = LocalTime.day(dueDate, in: zone)
        message = isDue
            ? "Your last interview was on \(lastDay). You wanted one every \(cadence): time to book a practice interview."
            : "Your last interview was on \(lastDay). Next practice interview due by \(dueDay) (every \(cadence))."
    }
}

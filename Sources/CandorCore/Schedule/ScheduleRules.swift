import Foundation

/// The limits that protect the candidate's energy; kept in the profile and changeable.
public struct ScheduleRules: Codable, Equatable, Sendable {
    /// The shortest break between two interviews before they count as back to back.
    public var minBreakMinutes: Int
    /// The most interview time in one day before the day counts as too heavy.
    public var maxDailyMinutes: Int
    /// The most interviews in one day.
    public var maxDailyCount: Int
    /// The most interviews in one week (Monday to Sunday).
    public var maxWeeklyCount: Int

    public static let standard = ScheduleRules(minBreakMinutes: 15, maxDailyMinutes: 240, maxDailyCount: 3, maxWeeklyCount: 8)

    public init(minBreakMinutes: Int, maxDailyMinutes: Int, maxDailyCount: Int, maxWeeklyCount: Int) {
        self.minBreakMinutes = minBreakMinutes
        self.maxDailyMinutes = maxDailyMinutes
        self.maxDailyCount = maxDailyCount
        self.maxWeeklyCount = maxWeeklyCount
    }

    public func validated() throws -> ScheduleRules {
        _ = try FieldCheck.number(minBreakMinutes, field: "minimum break (minutes)", in: 0...240)
        _ = try FieldCheck.number(maxDailyMinutes, field: "most interview minutes a day", in: 30...1_440)
        _ = try FieldCheck.number(maxDailyCount, field: "most interviews a day", in: 1...20)
        _ = try FieldCheck.number(maxWeeklyCount, field: "most interviews a week", in: 1...100)
        return self
    }
}

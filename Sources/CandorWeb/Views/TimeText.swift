import CandorCore
import Foundation

/// Times and days worded for people, in the viewer's zone.
enum TimeText {
    /// "Thursday 3 December 2026" for a `YYYY-MM-DD` day.
    static func dayHeading(_ day: String, zone: TimeZone) -> String {
        format(noon(of: day, zone: zone), "EEEE d MMMM yyyy", zone: zone) ?? day
    }

    /// "Thu 3 Dec" for a `YYYY-MM-DD` day.
    static func shortDay(_ day: String, zone: TimeZone) -> String {
        format(noon(of: day, zone: zone), "EEE d MMM", zone: zone) ?? day
    }

    /// "14:30–15:30 CET": start and end on the clock, with the zone's abbreviation.
    static func range(_ interview: Interview, zone: TimeZone) -> String {
        let start = format(interview.startsAt, "HH:mm", zone: zone) ?? ""
        let end = format(interview.endsAt, "HH:mm zzz", zone: zone) ?? ""
        return "\(start)–\(end)"
    }

    /// Noon on that day: a time every day has, even one whose midnight a clock change skips.
    private static func noon(of day: String, zone: TimeZone) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))
    }

    private static func format(_ date: Date?, _ pattern: String, zone: TimeZone) -> String? {
        date.map { DateText.string($0, pattern: pattern, zone: zone) }
    }
}

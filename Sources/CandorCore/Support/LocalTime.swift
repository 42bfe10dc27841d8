import Foundation

/// Turns the wall-clock times people type into instants, and back, in a named time zone.
///
/// Interviews are stored as instants plus the zone they were entered in, so a move to
/// another zone (or a daylight-saving change) never shifts them.
public enum LocalTime {
    /// The format typed on the command line and in forms.
    public static let inputFormat = "YYYY-MM-DD HH:MM"

    /// The zone for an IANA identifier such as `Europe/Berlin`.
    public static func zone(named identifier: String) throws -> TimeZone {
        let name = identifier.trimmingCharacters(in: .whitespaces)
        // TimeZone(identifier:) accepts abbreviations like "EST" too; only IANA names are
        // kept so the stored zone means the same thing everywhere. Foundation on Linux leaves
        // the `Etc/` aliases (such as Etc/UTC, the usual container default) out of its list.
        let isIANAName = TimeZone.knownTimeZoneIdentifiers.contains(name)
            || ["UTC", "GMT"].contains(name) || name.hasPrefix("Etc/")
        guard !name.isEmpty, isIANAName, let zone = TimeZone(identifier: name) else {
            throw CandorError.invalidField(
                field: "time zone", reason: "'\(identifier)' is not an IANA time zone such as Europe/Berlin or America/New_York")
        }
        return zone
    }

    /// This machine's zone when it has an IANA name, else UTC: what new interviews default to.
    public static var machineZone: TimeZone {
        let current = TimeZone.current
        return (try? zone(named: current.identifier)) ?? TimeZone(identifier: "UTC")!
    }

    /// Why a day does not exist, in plain words, when only the day is past its month's end
    /// ("that date does not exist: February 2031 has 28 days"); nil for any other mistake.
    /// One wording for every date Candor reads (an interview's start, an offer's dates).
    public static func pastMonthEnd(year: Int, month: Int, day: Int) -> String? {
        guard (1...12).contains(month), day > 0 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let first = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
              let days = calendar.range(of: .day, in: .month, for: first)?.count, day > days else { return nil }
        let name = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"][month - 1]
        return "that date does not exist: \(name) \(year) has \(days) days"
    }

    /// The instant for a wall-clock time like `2026-12-03 14:30` in `zone`.
    ///
    /// Also accepts a `T` between date and time. A time that does not exist in the zone
    /// (skipped by a daylight-saving change) is refused rather than silently moved.
    public static func parse(_ text: String, in zone: TimeZone, field: String = "start") throws -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "T", with: " ")
        let parts = trimmed.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else { throw badFormat(text, field: field) }
        let dateParts = parts[0].split(separator: "-").map { Int($0) }
        let timeParts = parts[1].split(separator: ":").map { Int($0) }
        guard dateParts.count == 3, timeParts.count == 2,
              let year = dateParts[0], let month = dateParts[1], let day = dateParts[2],
              let hour = timeParts[0], let minute = timeParts[1],
              (1900...2200).contains(year), (0...23).contains(hour), (0...59).contains(minute)
        else { throw badFormat(text, field: field) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let wanted = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        guard let date = calendar.date(from: wanted) else { throw badFormat(text, field: field) }
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard back.year == year, back.month == month, back.day == day else {
            if let reason = pastMonthEnd(year: year, month: month, day: day) {
                throw CandorError.invalidField(field: field, reason: reason)
            }
            throw CandorError.invalidField(field: field, reason: "'\(text)' is not a real calendar date")
        }
        guard back.hour == hour, back.minute == minute else {
            throw CandorError.invalidField(
                field: field, reason: "\(text) does not exist in \(zone.identifier) (the clocks skip it for daylight saving)")
        }
        return date
    }

    /// The calendar day of an instant in `zone`, as `YYYY-MM-DD`.
    public static func day(_ date: Date, in zone: TimeZone) -> String {
        String(format(date, in: zone).prefix(10))
    }

    /// Formats an instant as `YYYY-MM-DD HH:MM` in `zone`: the inverse of ``parse(_:in:field:)``.
    public static func format(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        // Padded by hand: `String(format:)` is slow, and a schedule check formats every interview.
        func padded(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return padded(c.year, 4) + "-" + padded(c.month, 2) + "-" + padded(c.day, 2) + " " + padded(c.hour, 2) + ":" + padded(c.minute, 2)
    }

    /// A friendly form such as "Thu 3 Dec 2026, 14:30 CET".
    public static func display(_ date: Date, in zone: TimeZone) -> String {
        DateText.string(date, pattern: "EEE d MMM yyyy, HH:mm zzz", zone: zone)
    }

    /// Drops sub-second precision, so instants survive every database and backup unchanged.
    public static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    private static func badFormat(_ text: String, field: String) -> CandorError {
        .invalidField(field: field, reason: "'\(text)' is not a date and time like \(inputFormat)")
    }
}

import CandorCore
import Foundation

/// The viewer's zone and calendar days in it, for commands that show a schedule
/// (`schedule`, `status`) rather than a single interview in the zone it was entered in.
enum ViewerTime {
    /// The zone named by `--tz`, or this machine's; a bad name is an error naming `--tz`.
    static func zone(_ tz: String?) throws -> TimeZone {
        guard let tz else { return LocalTime.machineZone }
        do {
            return try LocalTime.zone(named: tz)
        } catch let CandorError.invalidField(_, reason) {
            throw CandorError.invalidField(field: "--tz", reason: reason)
        }
    }

    /// The zone's name as shown: what `--tz` said (Foundation on Linux calls `UTC` "GMT"), or the zone's identifier.
    static func name(_ tz: String?, of zone: TimeZone) -> String {
        tz?.trimmingCharacters(in: .whitespaces) ?? zone.identifier
    }

    /// The first instant of the day `YYYY-MM-DD` in `zone`.
    ///
    /// Found from the day's noon, so a zone whose clocks skip midnight still has a start of day.
    static func startOfDay(_ text: String, in zone: TimeZone, option: String) throws -> Date {
        let bad = CandorError.invalidField(field: option, reason: "'\(text)' is not a date like YYYY-MM-DD")
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1900...2200).contains(year)
        else { throw bad }
        let calendar = calendar(zone)
        guard let noon = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) else { throw bad }
        let back = calendar.dateComponents([.year, .month, .day], from: noon)
        guard back.year == year, back.month == month, back.day == day else {
            throw CandorError.invalidField(field: option, reason: "'\(text)' is not a real calendar date")
        }
        return calendar.startOfDay(for: noon)
    }

    /// The first instant of the day holding `date`, in `zone`.
    static func startOfDay(of date: Date, in zone: TimeZone) -> Date {
        calendar(zone).startOfDay(for: date)
    }

    /// The start of the day `days` after the day starting at `dayStart` (days of 23 or 25 hours included).
    static func startOfDay(_ days: Int, after dayStart: Date, in zone: TimeZone) -> Date {
        let calendar = calendar(zone)
        let noon = calendar.date(byAdding: .hour, value: 12, to: dayStart) ?? dayStart
        return calendar.startOfDay(for: calendar.date(byAdding: .day, value: days, to: noon) ?? noon)
    }

    /// `HH:MM` of `date` in `zone`.
    static func clock(_ date: Date, in zone: TimeZone) -> String {
        String(LocalTime.format(date, in: zone).suffix(5))
    }

    /// A day heading such as `Thu 3 Dec 2026`, from `YYYY-MM-DD`.
    static func heading(_ day: String) -> String {
        let utc = TimeZone(identifier: "UTC")!
        guard let start = try? startOfDay(day, in: utc, option: "day") else { return day }
        return DateText.string(start, pattern: "EEE d MMM yyyy", zone: utc)
    }

    private static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}

/// How schedule flags read on the terminal, shared by `schedule` and `status`.
enum FlagText {
    /// `! back-to-back: <message> <advice>`; an error is marked `!!`.
    static func line(_ flag: ScheduleFlag) -> String {
        "\(flag.severity == .error ? "!!" : "!") \(flag.kind.rawValue): \(flag.message) \(flag.advice)"
    }

    /// `1 error, 2 warnings`, or `no flags`.
    static func count(_ flags: [ScheduleFlag]) -> String {
        let errors = flags.filter { $0.severity == .error }.count
        let warnings = flags.count - errors
        let parts = [
            errors > 0 ? Output.plural(errors, "error") : nil,
            warnings > 0 ? Output.plural(warnings, "warning") : nil,
        ].compactMap { $0 }
        return parts.isEmpty ? "no flags" : parts.joined(separator: ", ")
    }
}

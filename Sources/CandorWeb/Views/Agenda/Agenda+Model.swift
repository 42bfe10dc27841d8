import CandorCore
import CandorStore
import Foundation
import Vapor

/// The agenda's query string, as typed: `?from=YYYY-MM-DD&to=YYYY-MM-DD`, `?all=1`, `?tz=`.
struct AgendaQuery: Content {
    var from: String?
    var to: String?
    var all: String?

    var showsAll: Bool { all.trimmedOrNil != nil && all != "0" }

    /// The window to show, `[from, to)`: by default from the start of today onwards.
    /// `to` names the last day shown, so `from=…-01&to=…-07` is a whole week.
    func window(now: Date, zone: TimeZone) throws -> (from: Date?, to: Date?) {
        if showsAll { return (nil, nil) }
        let calendar = Self.calendar(zone)
        let start = try Self.day(from, field: "from", zone: zone) ?? calendar.startOfDay(for: now)
        guard let lastDay = try Self.day(to, field: "to", zone: zone) else { return (start, nil) }
        guard lastDay >= start else {
            throw CandorError.invalidField(field: "to", reason: "'\(to ?? "")' is before the first day shown")
        }
        return (start, calendar.date(byAdding: .day, value: 1, to: lastDay))
    }

    /// The start of a `YYYY-MM-DD` day in `zone`; blank means not given.
    static func day(_ text: String?, field: String, zone: TimeZone) throws -> Date? {
        guard let text = text.trimmedOrNil else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { Int($0) }
        let calendar = calendar(zone)
        guard parts.count == 3, numbers.count == 3, parts[0].count == 4, (1900...2200).contains(numbers[0]),
              let noon = calendar.date(from: DateComponents(year: numbers[0], month: numbers[1], day: numbers[2], hour: 12)),
              calendar.component(.month, from: noon) == numbers[1], calendar.component(.day, from: noon) == numbers[2]
        else {
            throw CandorError.invalidField(field: field, reason: "'\(text)' is not a date like 2026-12-03")
        }
        // From noon, so a day whose midnight the clocks skip still has a start.
        return calendar.startOfDay(for: noon)
    }

    private static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}

/// What the agenda page shows: days of interviews with their flags, in the viewer's zone.
struct AgendaModel {
    var agenda: Agenda
    var query: AgendaQuery
    var zone: TimeZone
    /// Whether the window starts today and runs on (the default view).
    var isUpcoming: Bool

    static func load(from store: Store, query: AgendaQuery, zone: TimeZone, now: Date) async throws -> AgendaModel {
        let window = try query.window(now: now, zone: zone)
        return AgendaModel(
            agenda: try await store.agenda(from: window.from, to: window.to, zone: zone),
            query: query, zone: zone,
            isUpcoming: !query.showsAll && query.from.trimmedOrNil == nil && query.to.trimmedOrNil == nil)
    }

    /// The flags about one interview, by how bad they are.
    func flags(for interviewID: UUID, on day: Agenda.Day) -> [ScheduleFlag] {
        day.flags.filter { $0.interviewIDs.contains(interviewID) }
    }

    var shownDays: Set<String> { Set(agenda.days.map(\.date)) }
}

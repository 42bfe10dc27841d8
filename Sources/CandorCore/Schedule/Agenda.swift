import Foundation

/// Interviews of every company, day by day in the viewer's zone, each day with its flags.
public struct Agenda: Sendable {
    public struct Day: Sendable {
        /// `YYYY-MM-DD` in the viewer's zone.
        public var date: String
        public var interviews: [Interview]
        /// Flags about this day's interviews (week-long flags are on the agenda only).
        public var flags: [ScheduleFlag]
    }

    public var days: [Day]
    /// Every flag, errors first.
    public var flags: [ScheduleFlag]

    /// - Parameters:
    ///   - interviews: the interviews to show.
    ///   - flags: flags worked out by `check`, possibly over a wider window than shown.
    public init(interviews: [Interview], flags: [ScheduleFlag], check: ScheduleCheck) {
        let shown = Set(interviews.map(\.id))
        self.flags = flags.filter { !shown.isDisjoint(with: $0.interviewIDs) }
        let byDay = Dictionary(grouping: interviews, by: { check.day(of: $0.startsAt) })
        days = byDay.keys.sorted().map { date in
            let today = byDay[date]!.sorted { $0.startsAt < $1.startsAt }
            let ids = Set(today.map(\.id))
            return Day(date: date, interviews: today,
                       flags: flags.filter { $0.kind != .crowdedWeek && !ids.isDisjoint(with: $0.interviewIDs) })
        }
    }

    /// The agenda of the interviews of `interviews` that start in `[from, to)`.
    ///
    /// Flags are worked out on ``flagMargin`` more on each side, so a clash just outside the
    /// window with an interview inside it still shows: `interviews` should hold at least those.
    public init(interviews: [Interview], from: Date?, to: Date?, check: ScheduleCheck) {
        let wide = interviews.filter { interview in
            (from.map { interview.startsAt >= $0 - Self.flagMargin } ?? true) && (to.map { interview.startsAt < $0 + Self.flagMargin } ?? true)
        }
        let inside = wide.filter { interview in
            (from.map { interview.startsAt >= $0 } ?? true) && (to.map { interview.startsAt < $0 } ?? true)
        }
        self.init(interviews: inside, flags: check.flags(for: wide), check: check)
    }

    /// How far beyond its window an agenda looks for clashes: a day and a half.
    public static let flagMargin: TimeInterval = 36 * 3600

    /// The agenda of `interviews`, with flags from those interviews alone.
    public init(interviews: [Interview], check: ScheduleCheck) {
        self.init(interviews: interviews, flags: check.flags(for: interviews), check: check)
    }
}

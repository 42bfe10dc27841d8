import Foundation

/// Reads a schedule the way a tired candidate would want a friend to: clashes, no time to
/// breathe between interviews, days and weeks that ask too much, interviews that leave no
/// room for the candidate's own questions.
///
/// Days and weeks are calendar days in the viewer's zone, so a day with a daylight-saving
/// change is still one day (of 23 or 25 hours).
public struct ScheduleCheck: Sendable {
    public var rules: ScheduleRules
    public var zone: TimeZone
    /// Minutes kept for questions when an interview does not say (the profile's default).
    public var defaultQuestionMinutes: Int

    public init(rules: ScheduleRules, zone: TimeZone, defaultQuestionMinutes: Int) {
        self.rules = rules
        self.zone = zone
        self.defaultQuestionMinutes = defaultQuestionMinutes
    }

    /// Every flag for these interviews (cancelled ones are ignored), errors first, then by day.
    public func flags(for interviews: [Interview]) -> [ScheduleFlag] {
        let live = interviews.filter { $0.status != .cancelled }.sorted { ($0.startsAt, $0.id.uuidString) < ($1.startsAt, $1.id.uuidString) }
        var flags: [ScheduleFlag] = []
        flags += pairFlags(live)
        flags += dayFlags(live)
        flags += weekFlags(live)
        flags += questionTimeFlags(live)
        return flags.enumerated()
            .sorted { ($1.element.severity, $0.element.day, $0.offset) < ($0.element.severity, $1.element.day, $1.offset) }
            .map(\.element)
    }

    /// Overlaps and too-short breaks, between each interview and the ones after it.
    private func pairFlags(_ live: [Interview]) -> [ScheduleFlag] {
        var flags: [ScheduleFlag] = []
        for (index, first) in live.enumerated() {
            for second in live[(index + 1)...] {
                let gap = second.startsAt.timeIntervalSince(first.endsAt) / 60
                if gap >= Double(rules.minBreakMinutes) { break }
                let pair = "\(describe(first)) and \(describe(second))"
                if gap < 0 {
                    flags.append(ScheduleFlag(
                        kind: .overlap, severity: .error, interviewIDs: [first.id, second.id], day: day(of: first.startsAt),
                        message: "\(pair) overlap by \(Int(-gap)) minutes.",
                        advice: "Ask \(second.companyName) to move theirs; you cannot be in both."))
                } else {
                    let minutes = Int(gap)
                    flags.append(ScheduleFlag(
                        kind: .backToBack, severity: .warning, interviewIDs: [first.id, second.id], day: day(of: first.startsAt),
                        message: minutes == 0
                            ? "\(pair) are back to back, with no break."
                            : "\(pair) leave only \(minutes) minutes between them.",
                        advice: "Ask to move one so you get at least \(rules.minBreakMinutes) minutes to reset."))
                }
            }
        }
        return flags
    }

    private func dayFlags(_ live: [Interview]) -> [ScheduleFlag] {
        var flags: [ScheduleFlag] = []
        for (day, interviews) in Dictionary(grouping: live, by: { day(of: $0.startsAt) }).sorted(by: { $0.key < $1.key }) {
            let ids = interviews.map(\.id)
            let minutes = interviews.reduce(0) { $0 + $1.durationMinutes }
            if minutes > rules.maxDailyMinutes {
                flags.append(ScheduleFlag(
                    kind: .longDay, severity: .warning, interviewIDs: ids, day: day,
                    message: "\(day) holds \(hours(minutes)) of interviews, more than your \(hours(rules.maxDailyMinutes)).",
                    advice: "Move one to another day; your last interview deserves you at your best."))
            }
            if interviews.count > rules.maxDailyCount {
                flags.append(ScheduleFlag(
                    kind: .crowdedDay, severity: .warning, interviewIDs: ids, day: day,
                    message: "\(day) has \(interviews.count) interviews, more than your limit of \(rules.maxDailyCount).",
                    advice: "Ask to spread them over more days."))
            }
        }
        return flags
    }

    private func weekFlags(_ live: [Interview]) -> [ScheduleFlag] {
        Dictionary(grouping: live, by: { weekStart(of: $0.startsAt) }).sorted(by: { $0.key < $1.key }).compactMap { monday, interviews in
            guard interviews.count > rules.maxWeeklyCount else { return nil }
            return ScheduleFlag(
                kind: .crowdedWeek, severity: .warning, interviewIDs: interviews.map(\.id), day: monday,
                message: "The week of \(monday) has \(interviews.count) interviews, more than your limit of \(rules.maxWeeklyCount).",
                advice: "Push the least important ones to the next week, or pause new applications.")
        }
    }

    private func questionTimeFlags(_ live: [Interview]) -> [ScheduleFlag] {
        live.compactMap { interview in
            guard (interview.questionMinutesPlanned ?? defaultQuestionMinutes) == 0 else { return nil }
            return ScheduleFlag(
                kind: .noQuestionTime, severity: .warning, interviewIDs: [interview.id], day: day(of: interview.startsAt),
                message: "\(describe(interview)) keeps no minutes for your questions.",
                advice: "Ask the organiser to leave 10 minutes at the end for your questions.")
        }
    }

    /// The calendar day of an instant in the viewer's zone, as `YYYY-MM-DD`.
    public func day(of date: Date) -> String {
        LocalTime.day(date, in: zone)
    }

    /// The Monday of the week holding `date`, in the viewer's zone.
    public func weekStart(of date: Date) -> String {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = zone
        let start = calendar.dateInterval(of: .weekOfYear, for: date)?.start ?? date
        return day(of: start)
    }

    private func describe(_ interview: Interview) -> String {
        let time = String(LocalTime.format(interview.startsAt, in: zone).suffix(5))
        return "\(interview.companyName) (\(interview.kind.label.lowercased()), \(time))"
    }

    private func hours(_ minutes: Int) -> String {
        let (h, m) = (minutes / 60, minutes % 60)
        return m == 0 ? "\(h) h" : "\(h) h \(m) min"
    }
}

extension Profile {
    /// The check of the candidate's schedule rules, days in `zone`.
    public func scheduleCheck(zone: TimeZone) -> ScheduleCheck {
        ScheduleCheck(rules: schedule, zone: zone, defaultQuestionMinutes: defaultQuestionMinutes)
    }
}

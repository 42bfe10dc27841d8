import CandorCore
import FluentKit
import Foundation

extension Store {
    /// Every company with its next step and days since contact, sorted by next action.
    public func pipeline(now: Date? = nil) async throws -> [PipelineEntry] {
        PipelineEntry.build(companies: try await companies(), interviews: try await interviews(), now: now ?? self.now())
    }

    /// The agenda of interviews starting in `[from, to)`, days and flags in `zone`.
    ///
    /// Flags are worked out on a day more on each side, so a clash just outside the window
    /// with an interview inside it still shows.
    public func agenda(from: Date?, to: Date?, zone: TimeZone) async throws -> Agenda {
        let profile = try await profile()
        let margin: TimeInterval = 36 * 3600
        let wide = try await interviews(from: from.map { $0 - margin }, to: to.map { $0 + margin })
        let inside = wide.filter { interview in
            (from.map { interview.startsAt >= $0 } ?? true) && (to.map { interview.startsAt < $0 } ?? true)
        }
        let check = ScheduleCheck(rules: profile.schedule, zone: zone, defaultQuestionMinutes: profile.defaultQuestionMinutes)
        return Agenda(interviews: inside, flags: check.flags(for: wide), check: check)
    }

    /// The practice-habit nudge, from the interviews held so far.
    public func practiceNudge(now: Date? = nil, zone: TimeZone) async throws -> PracticeNudge {
        PracticeNudge(interviews: try await interviews(), cadenceMonths: try await profile().practiceCadenceMonths, now: now ?? self.now(), zone: zone)
    }

    /// The interviews a person took part in, by start.
    public func interviews(personID: UUID) async throws -> [Interview] {
        let links = try await ParticipantModel.query(on: db).filter(\.$accountID == accountID).filter(\.$personID == personID).all()
        let ids = Set(links.map(\.interviewID))
        return try await interviews().filter { ids.contains($0.id) }
    }

    /// Everything asked of one person, oldest first.
    public func asks(personID: UUID) async throws -> [Ask] {
        try await AskModel.query(on: db).filter(\.$accountID == accountID).filter(\.$personID == personID).all()
            .map { try $0.record() }
            .sorted { ($0.createdAt, $0.position) < ($1.createdAt, $1.position) }
    }

    /// The questions planned or asked in each interview, in plan order, for calendar entries.
    public func asksByInterview(_ interviewIDs: [UUID]) async throws -> [UUID: [Ask]] {
        guard !interviewIDs.isEmpty else { return [:] }
        let asks = try await AskModel.query(on: db).filter(\.$accountID == accountID).filter(\.$interviewID ~~ interviewIDs).all()
            .map { try $0.record() }
        return Dictionary(grouping: asks, by: \.interviewID).mapValues { $0.sorted { $0.position < $1.position } }
    }
}

import CandorCore
import FluentKit
import SQLKit
import Foundation

extension Store {
    /// Every company with its next step and days since contact, sorted by next action.
    public func pipeline(now: Date? = nil) async throws -> [PipelineEntry] {
        PipelineEntry.build(companies: try await companies(), interviews: try await interviews(panels: false), now: now ?? self.now())
    }

    /// The agenda of interviews starting in `[from, to)`, days and flags in `zone` (see
    /// `Agenda.init(interviews:from:to:check:)`).
    public func agenda(from: Date?, to: Date?, zone: TimeZone) async throws -> Agenda {
        let margin = Agenda.flagMargin
        let wide = try await interviews(from: from.map { $0 - margin }, to: to.map { $0 + margin })
        return Agenda(interviews: wide, from: from, to: to, check: try await profile().scheduleCheck(zone: zone))
    }

    /// The practice-habit nudge, from the interviews held so far.
    public func practiceNudge(now: Date? = nil, zone: TimeZone) async throws -> PracticeNudge {
        PracticeNudge(interviews: try await interviews(panels: false), cadenceMonths: try await profile().practiceCadenceMonths, now: now ?? self.now(), zone: zone)
    }

    /// The interviews a person took part in, by start.
    public func interviews(personID: UUID) async throws -> [Interview] {
        let links = try await rows(ParticipantModel.self) { $0.where("person_id", .equal, SQLBind(personID)) }
        let ids = Set(links.map(\.interviewID))
        return try await interviews().filter { ids.contains($0.id) }
    }

    /// Everything asked of one person, oldest first.
    public func asks(personID: UUID) async throws -> [Ask] {
        try await rows(AskModel.self) { $0.where("person_id", .equal, SQLBind(personID)) }
            .map { try $0.record() }
            .sorted { ($0.createdAt, $0.position) < ($1.createdAt, $1.position) }
    }

    /// The questions planned or asked in each interview, in plan order, for calendar entries.
    public func asksByInterview(_ interviewIDs: [UUID]) async throws -> [UUID: [Ask]] {
        guard !interviewIDs.isEmpty else { return [:] }
        let asks = try await rows(AskModel.self) { $0.where("interview_id", in: interviewIDs) }
            .map { try $0.record() }
        return Dictionary(grouping: asks, by: \.interviewID).mapValues { $0.sorted { $0.position < $1.position } }
    }
}

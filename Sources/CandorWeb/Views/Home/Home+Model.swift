import CandorCore
import CandorStore
import Foundation

/// What the home page shows: the pipeline by status and what is coming up.
struct HomeModel {
    struct CompanyCard {
        var id: UUID
        var name: String
        var roleTitle: String?
        var nextInterview: Date?
        var zone: TimeZone
    }

    struct Upcoming {
        var id: UUID
        var companyID: UUID
        var companyName: String
        var kind: InterviewKind
        var startsAt: Date
        var zone: TimeZone
        var durationMinutes: Int
        var participants: [String]
    }

    var isFirstRun: Bool
    /// Offers whose decision deadline is within a few days of the viewer's today, soonest first.
    var offersDue: [OfferDeadline] = []
    var hasPreferences: Bool
    /// Active statuses in pipeline order, each with its companies (possibly none).
    var columns: [(status: PipelineStatus, companies: [CompanyCard])]
    /// Companies whose search has ended, with how it ended.
    var closed: [(status: PipelineStatus, companies: [CompanyCard])]
    var upcoming: [Upcoming]
    /// The viewer's zone, which times are shown in.
    var zone: TimeZone
    var practice: PracticeNudge
    /// Flags about interviews from today on, errors first.
    var flags: [ScheduleFlag]
    /// Where "Add an interview" leads: the first active company in next-action order.
    var interviewTarget: (id: UUID, name: String)?

    /// Reads the account's companies, interviews and profile once each and works out the
    /// rest from them: the pipeline, the practice nudge and the schedule's flags all look at
    /// the same interviews.
    static func load(from store: Store, now: Date, zone: TimeZone) async throws -> HomeModel {
        let companies = try await store.companies()
        // Panels only for the interviews listed as coming up.
        let all = try await store.interviews(panels: false)
        let profile = try await store.profile()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let target = PipelineEntry.build(companies: companies, interviews: all, now: now)
            .first { $0.company.status.isActive }?.company
        let interviews = try await store.interviews(from: now).filter { $0.status == .scheduled }
        let nextByCompany = Dictionary(grouping: interviews, by: \.companyID).compactMapValues { $0.first }
        func card(_ company: Company) -> CompanyCard {
            let next = nextByCompany[company.id]
            return CompanyCard(
                id: company.id, name: company.name, roleTitle: company.roleTitle, nextInterview: next?.startsAt, zone: zone)
        }
        // "Today" is the viewer's calendar day, not the server's.
        let today = LocalTime.day(now, in: zone)
        let due = try await store.offersDueSoon(today: today)
        let byStatus = Dictionary(grouping: companies, by: \.status)
        let statuses = PipelineStatus.allCases
        return HomeModel(
            isFirstRun: companies.isEmpty,
            offersDue: due,
            hasPreferences: profile.hasPreferences,
            columns: statuses.filter(\.isActive).map { ($0, (byStatus[$0] ?? []).map(card)) },
            closed: statuses.filter { !$0.isActive && byStatus[$0] != nil }.map { ($0, byStatus[$0]!.map(card)) },
            upcoming: interviews.prefix(10).map { interview in
                Upcoming(
                    id: interview.id, companyID: interview.companyID, companyName: interview.companyName,
                    kind: interview.kind, startsAt: interview.startsAt,
                    zone: zone,
                    durationMinutes: interview.durationMinutes, participants: interview.participants.map(\.name))
            },
            zone: zone,
            practice: PracticeNudge(interviews: all, cadenceMonths: profile.practiceCadenceMonths, now: now, zone: zone),
            flags: Agenda(interviews: all, from: calendar.startOfDay(for: now), to: nil, check: profile.scheduleCheck(zone: zone)).flags,
            interviewTarget: target.map { ($0.id, $0.name) })
    }
}

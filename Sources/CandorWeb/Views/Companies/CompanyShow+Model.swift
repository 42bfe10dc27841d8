import CandorCore
import CandorStore
import Foundation

/// Everything the company page shows, gathered in one place.
struct CompanyShowModel {
    var company: Company
    var people: [Person]
    var interviews: [Interview]
    /// Answers, grouped per interview in plan order.
    var asks: [UUID: [Ask]]
    var flash: String?
    /// Who has not had the closing questions yet, and which dealbreakers nobody was asked about.
    var coverage: PlanCoverage
    /// The offer the company made, if one was recorded.
    var offer: Offer? = nil
    /// Whether the candidate has dealbreakers set in their profile.
    var hasDealbreakers = false
    /// The viewer's zone, for interview times.
    var zone: TimeZone = LocalTime.machineZone
    /// Interviews ending after this are still to come, and get a link to their plan.
    var now: Date

    static func load(from store: Store, id: UUID, flash: String? = nil, zone: TimeZone = LocalTime.machineZone) async throws -> CompanyShowModel {
        let company = try await store.company(id: id)
        let asks = try await store.asks(companyID: id)
        return CompanyShowModel(
            company: company,
            people: try await store.people(companyID: id),
            interviews: try await store.interviews(companyID: id),
            asks: Dictionary(grouping: asks, by: \.interviewID).mapValues { $0.sorted { $0.position < $1.position } },
            flash: flash, coverage: try await store.coverage(companyID: id),
            offer: try await store.offer(companyID: id),
            hasDealbreakers: !(try await store.profile().dealbreakers.isEmpty), zone: zone, now: store.now())
    }

    /// Whether any interviewer's answer was recorded: the insight page has something to show.
    var hasAnswers: Bool { asks.values.contains { $0.contains { $0.answer != nil } } }

    func isUpcoming(_ interview: Interview) -> Bool {
        interview.status == .scheduled && interview.endsAt >= now
    }

    func personName(_ id: UUID) -> String {
        people.first { $0.id == id }?.name ?? "Someone"
    }
}

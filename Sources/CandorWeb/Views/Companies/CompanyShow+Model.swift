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
    /// The viewer's zone, for interview times.
    var zone: TimeZone = LocalTime.machineZone

    static func load(from store: Store, id: UUID, flash: String? = nil, zone: TimeZone = LocalTime.machineZone) async throws -> CompanyShowModel {
        let company = try await store.company(id: id)
        let asks = try await store.asks(companyID: id)
        return CompanyShowModel(
            company: company,
            people: try await store.people(companyID: id),
            interviews: try await store.interviews(companyID: id),
            asks: Dictionary(grouping: asks, by: \.interviewID).mapValues { $0.sorted { $0.position < $1.position } },
            flash: flash, zone: zone)
    }

    func personName(_ id: UUID) -> String {
        people.first { $0.id == id }?.name ?? "Someone"
    }
}

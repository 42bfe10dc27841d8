import CandorCore
import CandorStore
import Foundation

/// One person: who they are, the interviews they sat on and everything they answered.
struct PersonShowModel {
    var person: Person
    var company: Company
    var interviews: [Interview]
    /// What was put to them and how it went: planned-only questions are left out.
    var answers: [Ask]
    var zone: TimeZone

    static func load(from store: Store, id: UUID, zone: TimeZone) async throws -> PersonShowModel {
        let person = try await store.person(id: id)
        return PersonShowModel(
            person: person,
            company: try await store.company(id: person.companyID),
            interviews: try await store.interviews(personID: id),
            answers: try await store.asks(personID: id).filter { $0.status != .planned || $0.answer != nil },
            zone: zone)
    }

    func interview(_ id: UUID) -> Interview? {
        interviews.first { $0.id == id }
    }
}

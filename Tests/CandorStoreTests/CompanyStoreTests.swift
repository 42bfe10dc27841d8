import CandorCore
import CandorStore
import Foundation
import Testing

@Suite("Companies and people")
struct CompanyStoreTests {
    @Test("add, list, edit; status changes are kept with their dates", arguments: Backend.available)
    func lifecycle(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let acme = try await store.addCompany(CompanyDraft(name: "Acme", stage: .startup, concerns: [.onCall]), status: .applied)
            #expect(acme.status == .applied)
            #expect(acme.statusHistory.map(\.status) == [.applied])

            var draft = acme.draft
            draft.roleTitle = "Staff Engineer"
            draft.headcount = 40
            let edited = try await store.updateCompany(id: acme.id, draft)
            #expect(edited.roleTitle == "Staff Engineer" && edited.headcount == 40 && edited.concerns == [.onCall])

            try await store.setStatus(companyID: acme.id, to: .interviewing, note: "first call booked")
            try await store.setStatus(companyID: acme.id, to: .interviewing)
            let moved = try await store.setStatus(companyID: acme.id, to: .offer)
            #expect(moved.status == .offer)
            #expect(moved.statusHistory.map(\.status) == [.applied, .interviewing, .offer], "setting the same status twice records it once")
            #expect(moved.statusHistory[1].note == "first call booked")

            try await store.addCompany(CompanyDraft(name: "Beta Corp"))
            #expect(try await store.companies().map(\.name) == ["Acme", "Beta Corp"])
        }
    }

    @Test("names are unique per account, ignoring case and accents", arguments: Backend.available)
    func duplicates(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            try await store.addCompany(CompanyDraft(name: "Café Lumière"))
            await #expect(throws: CandorError.duplicate(kind: "company", name: "cafe lumiere")) {
                try await store.addCompany(CompanyDraft(name: "cafe lumiere"))
            }
            #expect(try await store.companies().count == 1)
        }
    }

    @Test("references resolve by name, name prefix or id prefix; misses say how to find valid ones", arguments: Backend.available)
    func resolving(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let northwind = try await store.addCompany(CompanyDraft(name: "Northwind"))
            try await store.addCompany(CompanyDraft(name: "Northstar"))
            #expect(try await store.company(matching: "northwind").id == northwind.id)
            #expect(try await store.company(matching: String(northwind.id.uuidString.prefix(8))).id == northwind.id)
            #expect(try await store.company(matching: northwind.id.short).id == northwind.id)
            await #expect {
                try await store.company(matching: "North")
            } throws: { ($0 as? CandorError)?.errorDescription?.contains("matches several") == true }
            await #expect {
                try await store.company(matching: "Zeta")
            } throws: { ($0 as? CandorError)?.errorDescription?.contains("candor company list") == true }
        }
    }

    @Test("people belong to a company and keep their notes", arguments: Backend.available)
    func people(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let acme = try await store.addCompany(CompanyDraft(name: "Acme"))
            let other = try await store.addCompany(CompanyDraft(name: "Other"))
            let ana = try await store.addPerson(PersonDraft(companyID: acme.id, name: "Ana", title: "EM", roleKind: .hiringManager, notes: "likes Rust"))
            try await store.addPerson(PersonDraft(companyID: other.id, name: "Bo"))
            #expect(try await store.people(companyID: acme.id).map(\.name) == ["Ana"])
            #expect(try await store.people().count == 2)
            #expect(try await store.findOrAddPerson(companyID: acme.id, name: "ana", roleKind: .engineer).id == ana.id)
            let new = try await store.findOrAddPerson(companyID: acme.id, name: "Cy", roleKind: .engineer)
            #expect(new.roleKind == .engineer)
            await #expect(throws: CandorError.self) {
                try await store.addPerson(PersonDraft(companyID: UUID(), name: "Nobody"))
            }
        }
    }

    @Test("profiles save validated values and refuse contradictions", arguments: Backend.available)
    func profile(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            #expect(try await store.profile() == Profile())
            let saved = try await store.saveProfile(Profile(values: [.growth, .people], dealbreakerPhrases: ["ad tech"], practiceCadenceMonths: 6))
            #expect(try await store.profile() == saved)
            await #expect(throws: CandorError.self) { try await store.saveProfile(Profile(values: [.pace], dealbreakers: [.pace])) }
            #expect(try await store.profile().values == [.growth, .people])
        }
    }

    @Test("accounts never see each other's rows", arguments: Backend.available)
    func isolation(backend: Backend) async throws {
        try await TestDatabase.with(backend) { database, store in
            try await store.addCompany(CompanyDraft(name: "Mine"))
            let otherAccount = UUID()
            let row = AccountRow()
            row.id = otherAccount
            row.handle = "other"
            row.createdAt = Date()
            try await row.create(on: database.database)
            let other = database.store(account: otherAccount)
            try await other.bootstrap()
            #expect(try await other.companies().isEmpty)
            try await other.addCompany(CompanyDraft(name: "Mine"))
            #expect(try await store.companies().count == 1)
            let ids = Set(try await store.questions().map(\.id))
            #expect(ids.isDisjoint(with: Set(try await other.questions().map(\.id))))
        }
    }
}

import FluentKit

/// The accounts table as the tests see it; the store has no public way to add accounts yet.
final class AccountRow: Model, @unchecked Sendable {
    static let schema = "accounts"
    @ID(key: .id) var id: UUID?
    @Field(key: "handle") var handle: String
    @Field(key: "created_at") var createdAt: Date
    init() {}
}

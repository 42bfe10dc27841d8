import CandorCore
import CandorStore
import Foundation
import Testing

@Suite("Backup and restore")
struct BackupStoreTests {
    @Test("export, restore into a new database, export again: identical bytes", arguments: Backend.available)
    func roundTrip(backend: Backend) async throws {
        let first = try await TestDatabase.with(backend) { _, store in
            try await store.loadDemo(zone: TimeZone(identifier: "America/New_York")!)
            try await store.saveProfile(Profile(values: [.mission], valuePhrases: ["kind people"], dealbreakers: [.onCall]))
            return try await store.exportBackup().encoded()
        }
        let second = try await TestDatabase.with(backend) { _, store in
            try await store.restore(try Backup.decode(first), replace: false)
            return try await store.exportBackup().encoded()
        }
        #expect(second == first)
        let backup = try Backup.decode(first)
        #expect(backup.companies.count == 3 && !backup.asks.isEmpty && backup.questions.count == StarterBankResource.bundled.questions.count)
    }

    @Test("a restore will not overwrite a search unless told to", arguments: Backend.available)
    func refusesNonEmpty(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            try await store.addCompany(CompanyDraft(name: "Keep me"))
            let backup = try await store.exportBackup()
            try await store.addCompany(CompanyDraft(name: "Added later"))
            await #expect(throws: CandorError.accountNotEmpty) { try await store.restore(backup, replace: false) }
            #expect(try await store.companies().count == 2)
            try await store.restore(backup, replace: true)
            #expect(try await store.companies().map(\.name) == ["Keep me"])
        }
    }

    @Test("a restore that fails half-way writes nothing", arguments: Backend.available)
    func atomic(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            try await store.loadDemo(zone: TimeZone(identifier: "UTC")!)
            var backup = try await store.exportBackup()
            // Two companies with one name pass the file checks but break the database's
            // unique key part-way through the inserts.
            backup.companies[2].name = backup.companies[0].name
            let before = try await store.exportBackup().encoded()
            await #expect(throws: (any Error).self) { try await store.restore(backup, replace: true) }
            #expect(try await store.exportBackup().encoded() == before)
        }
    }

    @Test("the demo loads once, into an empty search, and leaves a set profile alone", arguments: Backend.available)
    func demo(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            try await store.saveProfile(Profile(values: [.growth]))
            try await store.loadDemo(zone: TimeZone(identifier: "Asia/Tokyo")!)
            let companies = try await store.companies()
            #expect(Set(companies.compactMap(\.stage)) == [.startup, .scaleup, .enterprise])
            #expect(try await store.interviews().contains { $0.participants.count == 3 })
            #expect(try await store.profile().values == [.growth])
            await #expect(throws: CandorError.self) { try await store.loadDemo(zone: .current) }
            #expect(try await store.companies().count == 3)
        }
    }
}

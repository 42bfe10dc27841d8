import CandorCore
import CandorStore
import Foundation
import Testing

@Suite("The demo in a sandbox of its own")
struct DemoSandboxStoreTests {
    static let utc = TimeZone(identifier: "UTC")!

    @Test("the demo fills its own account, never the candidate's; opened again it starts afresh; removed it leaves nothing", arguments: Backend.available)
    func sandbox(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db, store in
            // The candidate's own search and profile.
            let mine = try await store.addCompany(CompanyDraft(name: "My Real Co"), status: .applied)
            var profile = try await store.profile()
            profile.values = [.growth]
            profile.dealbreakers = [.ethics]
            try await store.saveProfile(profile)

            let demo = db.store(account: AccountID.demo)
            #expect(try await !demo.demoExists())
            try await demo.openDemo(zone: Self.utc)
            #expect(try await demo.demoExists())
            let names = Set(try await demo.companies().map(\.name))
            #expect(names.contains("Lumen Health") && !names.contains("My Real Co"))
            #expect(!(try await demo.questions()).isEmpty, "the demo has a bank of its own")

            // The candidate's account is as it was.
            #expect(try await store.companies().map(\.id) == [mine.id])
            #expect(try await store.profile().values == [.growth])
            #expect(try await store.profile().dealbreakers == [.ethics])

            // Changed and opened again: it starts afresh.
            let lumen = try await demo.company(matching: "Lumen Health")
            try await demo.removeCompany(id: lumen.id)
            try await demo.openDemo(zone: Self.utc)
            #expect(Set(try await demo.companies().map(\.name)) == names)

            try await demo.removeDemo()
            #expect(try await !demo.demoExists())
            #expect(try await demo.companies().isEmpty)
            #expect(try await store.companies().map(\.id) == [mine.id])

            // Only the demo account can be emptied this way.
            await #expect(throws: CandorError.self) { try await store.removeDemo() }
            await #expect(throws: CandorError.self) { try await store.openDemo(zone: Self.utc) }
            #expect(try await store.companies().map(\.id) == [mine.id])
        }
    }
}

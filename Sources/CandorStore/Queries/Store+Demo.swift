import CandorCore
import FluentKit
import Foundation

extension Store {
    /// Loads the demo search into an account that has no companies yet.
    ///
    /// The demo profile is used only when the candidate has not set their own.
    public func loadDemo(zone: TimeZone) async throws {
        try await transaction { store in
            guard try await !store.hasSearchData() else {
                throw CandorError.notAllowed(reason:
                    "The demo only loads into an empty search. Try it in a new database: candor demo --db /tmp/candor-demo.sqlite")
            }
            let closing = try await store.ensureClosingQuestions()
            let why = try await store.questions().first { $0.special == .whyRole }
            let content = DemoData(now: store.now(), zone: zone, loveQuestion: closing.love, improveQuestion: closing.improve,
                                   whyQuestion: why).content()
            if try await !store.profile().hasPreferences {
                try await store.saveProfile(content.profile)
            }
            try await store.insertSearch(content)
            // Its interviews still to come are planned now, as any interview is when saved.
            let planned = Set(content.asks.map(\.interviewID))
            for interview in content.interviews where !planned.contains(interview.id) {
                try await store.planIfScheduled(try await store.interview(id: interview.id))
            }
        }
    }

    /// Whether the demo's sandbox account exists.
    public func demoExists() async throws -> Bool {
        try await AccountModel.query(on: db).filter(\.$id == AccountID.demo).count() > 0
    }

    /// Makes the demo's sandbox afresh: its account, the starter bank and the demo search, in
    /// one transaction. Whatever was changed in an earlier demo is gone.
    public func openDemo(zone: TimeZone) async throws {
        try checkDemoAccount()
        try await transaction { store in
            if try await !store.demoExists() {
                try await AccountModel(id: AccountID.demo, handle: "demo", createdAt: store.now()).create(on: store.db)
            }
            try await store.emptyAccount()
            _ = try await store.seedStarterBank()
            try await store.loadDemo(zone: zone)
        }
    }

    /// Removes the demo's sandbox and everything in it.
    public func removeDemo() async throws {
        try checkDemoAccount()
        try await transaction { store in
            try await store.emptyAccount()
            try await AccountModel.query(on: store.db).filter(\.$id == AccountID.demo).delete()
        }
    }

    /// The sandbox calls are for the demo account only: they empty the account they run on.
    private func checkDemoAccount() throws {
        guard accountID == AccountID.demo else {
            throw CandorError.notAllowed(reason: "Only the demo's own account can be reset or removed this way.")
        }
    }
}

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
}

import Foundation
import Testing

@testable import CandorCore

/// Search stems a bank's questions through one shared cache; a question must score the same
/// whatever the cache already saw.
struct QuestionSearchCacheTests {
    @Test("a question scores the same with a warm shared cache as with a fresh one")
    func sharedCacheChangesNothing() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let texts = [
            ("How is on-call shared across the team?", "rotation fairness"),
            ("Who deploys on Fridays, and how are deployments rolled back?", nil),
            ("Comment l'équipe partage-t-elle les astreintes ?", "équipe, journée"),
            ("What does the on call load look like upon calling in sick?", "Upon calling"),
            ("What would you measure in the first six months?", "success, measures"),
            ("Qu'est-ce qui rend une journée difficile ?", nil),
        ]
        let questions = texts.map { text, purpose in
            Question(id: UUID(), text: text, category: "team", audiences: [.any], contexts: [], themes: [.onCall],
                     purpose: purpose, origin: .own, retired: false, createdAt: now, updatedAt: now)
        }
        var shared = StemCache()
        for query in ["on-call", "on call load", "equipe journee", "deploy", "measure success", "astreinte", "how"] {
            let search = QuestionSearch(query)
            for question in questions {
                var fresh = StemCache()
                let alone = search.score(question, cache: &fresh)
                let warm = search.score(question, cache: &shared)
                #expect(alone.matched == warm.matched && alone.score == warm.score, "\(query) / \(question.text)")
            }
        }
    }
}

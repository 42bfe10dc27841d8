import CandorCore
import Foundation
import Testing

@Suite("A question's text for a company")
struct QuestionTextTests {
    func question(_ text: String) -> Question {
        Question(id: UUID(), text: text, category: "culture", audiences: [.any], minutes: 2, origin: .own,
                 createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0))
    }

    @Test("the placeholder becomes the company's name, every time it appears; other braces stay")
    func placeholder() {
        #expect(question("Why {company}? What keeps people at {company}?").text(for: "Acme") == "Why Acme? What keeps people at Acme?")
        #expect(question("How are {teams} formed?").text(for: "Acme") == "How are {teams} formed?")
        #expect(question("No placeholder here.").text(for: "Acme") == "No placeholder here.")
    }
}

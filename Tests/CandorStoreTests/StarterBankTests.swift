import CandorCore
import CandorStore
import Foundation
import Testing

/// The starter bank is product content: these checks keep every release of it strong.
@Suite("Starter bank content")
struct StarterBankTests {
    let bank = StarterBankResource.bundled.questions

    @Test("at least 150 questions, every one valid, no two alike")
    func sizeAndValidity() throws {
        #expect(bank.count >= 150)
        for question in bank {
            let draft = try question.draft.validated()
            #expect(draft.text == question.text, "text is stored trimmed: \(question.key)")
            #expect(!question.audiences.isEmpty, "\(question.key) has no audience")
            #expect(QuestionDraft.minutesRange.contains(question.minutes), "\(question.key) minutes")
            #expect(!question.purpose.isEmpty && question.purpose.count <= 200, "\(question.key) purpose is one line")
            #expect(question.key.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil, "\(question.key) is kebab-case")
            if question.special != .closingLove && question.special != .closingImprove {
                #expect(!question.themes.isEmpty, "\(question.key) probes no theme")
            }
            let placeholders = question.text.matches(of: /\{[^}]*\}/).map { String($0.output) }
            #expect(placeholders.allSatisfy { $0 == Question.companyPlaceholder }, "\(question.key) has an unknown placeholder")
        }
        let keys = Set(bank.map { Question.duplicateKey($0.text) })
        #expect(keys.count == bank.count, "two questions say the same thing")
    }

    @Test("covers every area a candidate needs", arguments: [
        ("role", 15), ("team", 15), ("engineering", 15), ("management", 15), ("company", 15),
        ("culture", 15), ("work-life", 12), ("compensation", 10),
    ])
    func categories(category: String, minimum: Int) {
        #expect(bank.filter { $0.category == category }.count >= minimum)
    }

    @Test("every theme is probed by at least three questions", arguments: Theme.allCases)
    func themes(theme: Theme) {
        #expect(bank.filter { $0.themes.contains(theme) }.count >= 3)
    }

    @Test("at least eight wordings of the hiring manager's why-this-role question")
    func whyRole() {
        let why = bank.filter { $0.special == .whyRole }
        #expect(why.count >= 8)
        #expect(why.allSatisfy { $0.audiences == [.hiringManager] && $0.themes.contains(.roleClarity) })
    }

    @Test("both closing questions, for everyone, with the company's name")
    func closing() throws {
        for special in [QuestionSpecial.closingLove, .closingImprove] {
            let matches = bank.filter { $0.special == special }
            #expect(matches.count == 1)
            let question = try #require(matches.first)
            #expect(question.key == special.rawValue)
            #expect(question.audiences == [.any] && question.contexts.isEmpty)
            #expect(question.text.contains(Question.companyPlaceholder))
            #expect(question.text == ClosingQuestions.defaultText(for: special), "the fallback wording matches the bank")
        }
    }

    @Test("pay questions are there for recruiters; every audience and company context is served")
    func audiencesAndContexts() {
        #expect(bank.filter { $0.category == "compensation" && $0.audiences.contains(.recruiter) }.count >= 8)
        for audience in Audience.allCases {
            #expect(bank.filter { $0.audiences.contains(audience) }.count >= 5, "\(audience.rawValue)")
        }
        for context in CompanyContext.allCases {
            #expect(bank.contains { $0.contexts.contains(context) }, "\(context.rawValue)")
        }
    }
}

import Foundation

/// One question of the bank that ships with Candor.
public struct StarterQuestion: Codable, Equatable, Sendable {
    /// Stable forever: upgrades match stored questions to new releases by it.
    public var key: String
    public var text: String
    public var category: String
    public var audiences: [Audience]
    public var contexts: [CompanyContext]
    public var themes: [Theme]
    public var minutes: Int
    public var purpose: String
    public var special: QuestionSpecial?

    public var draft: QuestionDraft {
        QuestionDraft(text: text, category: category, audiences: audiences, contexts: contexts, themes: themes,
                      minutes: minutes, purpose: purpose)
    }
}

/// The starter bank: a good set of questions on day one, the candidate's to change after.
public struct StarterBank: Codable, Equatable, Sendable {
    public var version: Int
    public var questions: [StarterQuestion]

    /// Reads the bundled file and checks what every release must hold.
    public static func decode(_ data: Data) throws -> StarterBank {
        let bank: StarterBank
        do {
            bank = try JSONDecoder().decode(StarterBank.self, from: data)
        } catch {
            throw CandorError.notAllowed(reason: "The bundled starter bank cannot be read: \(error)")
        }
        try bank.check()
        return bank
    }

    /// Keys are unique, every question is valid, and both closing questions are there with
    /// the company placeholder.
    public func check() throws {
        func fail(_ reason: String) -> CandorError { .notAllowed(reason: "Starter bank: \(reason)") }
        var keys = Set<String>()
        for question in questions {
            guard keys.insert(question.key).inserted else { throw fail("the key '\(question.key)' is used twice") }
            _ = try question.draft.validated()
        }
        for special in [QuestionSpecial.closingLove, .closingImprove] {
            let matches = questions.filter { $0.special == special }
            guard matches.count == 1, matches[0].key == special.rawValue,
                  matches[0].text.contains(Question.companyPlaceholder)
            else { throw fail("needs exactly one \(special.rawValue) question, keyed so, with {company}") }
        }
    }
}

import CandorCore
import Foundation
import Testing

@Suite("Question search and filters")
struct QuestionSearchTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func question(_ text: String, purpose: String? = nil, category: String = "team", audiences: [Audience] = [.any],
                         contexts: [CompanyContext] = [], themes: [Theme] = [], retired: Bool = false,
                         origin: QuestionOrigin = .own) -> Question {
        Question(id: UUID(), text: text, category: category, audiences: audiences, contexts: contexts, themes: themes,
                 purpose: purpose, origin: origin, retired: retired, createdAt: now, updatedAt: now)
    }

    @Test("word forms match: deploy finds deployments and deploying")
    func wordForms() {
        let bank = [
            Self.question("How are deployments rolled back?"),
            Self.question("Who is deploying on Fridays?"),
            Self.question("How big is the team?"),
        ]
        #expect(QuestionSearch("deploy").rank(bank).map(\.text) == [bank[0].text, bank[1].text])
        #expect(QuestionSearch("DEPLOYED").rank(bank).count == 2)
    }

    @Test("case and accents do not matter")
    func folding() {
        let bank = [Self.question("Comment se passe une journée dans votre équipe ?"), Self.question("Unrelated")]
        #expect(QuestionSearch("EQUIPE").rank(bank).map(\.text) == [bank[0].text])
        #expect(QuestionSearch("journee").rank(bank).count == 1)
    }

    @Test("more matched words rank first, then the question over its purpose, then the exact phrase")
    func ranking() {
        let inPurpose = Self.question("What do you measure?", purpose: "Tells you about on-call load")
        let oneWord = Self.question("How is on-call paid?")
        let bothWords = Self.question("What does the on-call load look like each week?")
        let phrase = Self.question("Is the on-call load shared fairly?")
        let ranked = QuestionSearch("on-call load").rank([inPurpose, oneWord, bothWords, phrase])
        #expect(ranked.first?.text == phrase.text || ranked.first?.text == bothWords.text)
        #expect(ranked.prefix(2).map(\.text).sorted() == [bothWords.text, phrase.text].sorted())
        #expect(ranked.last?.text == oneWord.text || ranked.last?.text == inPurpose.text)
        let pay = QuestionSearch("measure").rank([Self.question("Other", purpose: "what you measure"), Self.question("What do you measure?")])
        #expect(pay.first?.text == "What do you measure?", "a word in the question beats one in its purpose")
    }

    @Test("a word still being typed finds its completions")
    func prefixes() {
        let bank = [Self.question("How are deployments rolled back?"), Self.question("How big is the team?")]
        #expect(QuestionSearch("deplo").rank(bank).map(\.text) == [bank[0].text])
    }

    @Test("filters narrow by category, audience (with any), context, theme, origin and retirement")
    func filters() {
        let bank = [
            Self.question("A", category: "Team", audiences: [.engineer], themes: [.onCall]),
            Self.question("B", category: "pay", audiences: [.recruiter], contexts: [.startup]),
            Self.question("C", category: "team", audiences: [.any], origin: .starter),
            Self.question("D", category: "team", retired: true),
        ]
        func texts(_ filter: QuestionFilter) -> [String] { filter.apply(to: bank).map(\.text) }
        #expect(texts(QuestionFilter()) == ["A", "B", "C"])
        #expect(texts(QuestionFilter(includeRetired: true)) == ["A", "B", "C", "D"])
        #expect(texts(QuestionFilter(category: "TEAM")) == ["A", "C"])
        #expect(texts(QuestionFilter(audience: .recruiter)) == ["B", "C"])
        #expect(texts(QuestionFilter(context: .startup)) == ["B"])
        #expect(texts(QuestionFilter(theme: .onCall)) == ["A"])
        #expect(texts(QuestionFilter(origin: .starter)) == ["C"])
    }

    @Test("duplicates are spotted whatever the case, spacing and punctuation")
    func duplicateKeys() {
        #expect(Question.duplicateKey("  How  big is the TEAM?! ") == Question.duplicateKey("how big is the team"))
        #expect(Question.duplicateKey("Café?") == Question.duplicateKey("cafe"))
        #expect(Question.duplicateKey("How big is the team?") != Question.duplicateKey("How big is the company?"))
    }
}

@Suite("Question search: phrases and themes")
struct QuestionSearchPhraseTests {
    @Test("a hyphenated term ranks its phrase above a lone word it contains")
    func hyphenated() {
        let lone = QuestionSearchTests.question("What would make you call it a success?")
        let phrase = QuestionSearchTests.question("How is the on-call rotation shared?")
        #expect(QuestionSearch("on-call").rank([lone, phrase]).map(\.text) == [phrase.text, lone.text])
    }

    @Test("naming a theme finds the questions that probe it, even in other words")
    func theme() {
        let tagged = QuestionSearchTests.question("How often does the pager wake you?", themes: [.onCall])
        let other = QuestionSearchTests.question("How big is the team?")
        #expect(QuestionSearch("on-call").rank([other, tagged]).map(\.text) == [tagged.text])
        #expect(QuestionSearch("Pay and benefits").rank([other, QuestionSearchTests.question("Bonus?", themes: [.compensation])]).count == 1)
    }
}

import Foundation
import Testing
@testable import CandorCore

/// Hand-written answer sets, one per kind of flag, through the whole analysis.
@Suite("Insight: board, consensus and flags")
struct InsightEngineTests {
    /// A small company: a panel of three on one day, a follow-up with one person a week later.
    struct Company {
        var people: [InsightPerson] = [
            InsightPerson(id: UUID(), name: "Ana", roleKind: .hiringManager),
            InsightPerson(id: UUID(), name: "Ben", roleKind: .engineer),
            InsightPerson(id: UUID(), name: "Cleo", roleKind: .engineer),
        ]
        let first = InsightInterview(id: UUID(), startsAt: Date(timeIntervalSince1970: 1_790_000_000), day: "2026-09-21",
                                     minutesPlanned: 15, minutesGiven: 12)
        let second = InsightInterview(id: UUID(), startsAt: Date(timeIntervalSince1970: 1_790_600_000), day: "2026-09-28",
                                      minutesPlanned: 10, minutesGiven: 0)
        var answers: [InsightAnswer] = []
        var profile = Profile(values: [.people, .mission, .autonomy], dealbreakers: [.workLife], dealbreakerPhrases: ["ad tech"])

        var ana: UUID { people[0].id }
        var ben: UUID { people[1].id }
        var cleo: UUID { people[2].id }

        mutating func say(_ person: UUID, _ special: QuestionSpecial?, _ text: String?, status: AskStatus = .answered,
                          in interview: InsightInterview? = nil, themes: [Theme] = [], tags: [Theme] = [], dismissed: [Theme] = []) {
            answers.append(InsightAnswer(
                askID: UUID(), interviewID: (interview ?? first).id, personID: person,
                questionText: special?.label ?? "Another question", special: special, status: status, text: text,
                tags: tags, dismissed: dismissed, questionThemes: themes))
        }

        var input: InsightInput {
            InsightInput(companyName: "Acme", profile: profile, people: people, interviews: [first, second], answers: answers)
        }

        /// Read by the rules alone: these tests are about what the engine concludes from a
        /// reading, and the rules' reading of these sentences is fixed (the model is scored on
        /// the corpus instead, by Benchmarks/quality).
        var insight: CompanyInsight {
            var cache = StemCache()
            return InsightEngine.analyze(input, reader: TextReader(model: nil), cache: &cache)
        }
    }

    @Test func negationMakesAProblemNotALove() {
        var company = Company()
        company.say(company.ana, nil, "There is not enough mentoring for juniors.")
        let answer = company.insight.answers[0]
        let growth = answer.mentions.first { $0.theme == .growth }
        #expect(growth?.polarity == .negative)
        #expect(company.insight.board.first { $0.theme == .growth }?.toImprove.map(\.personName) == ["Ana"])
        #expect(company.insight.board.first { $0.theme == .growth }?.loved.isEmpty == true)
    }

    @Test func aDealbreakerRaisedByOnePersonIsARedFlag() {
        var company = Company()
        company.say(company.ben, .closingImprove, "Long hours and weekend work before every release.")
        let flags = company.insight.flags(.redFlag)
        #expect(flags.count == 1)
        #expect(flags.first?.theme == .workLife)
        #expect(flags.first?.evidence.first?.personName == "Ben")
        #expect(company.insight.flags(.tradeOff).isEmpty, "one voice is not a consensus")
    }

    @Test func aDealbreakerPhraseIsARedFlagWhateverTheSide() {
        var company = Company()
        company.say(company.ana, .closingLove, "We are growing fast in ad-tech, which is exciting.")
        let flags = company.insight.flags(.redFlag)
        #expect(flags.map(\.phrase) == ["ad tech"])
        #expect(flags.first?.evidence.map(\.personName) == ["Ana"])
    }

    @Test func aSharedProblemThatIsNoDealbreakerIsATradeOff() {
        var company = Company()
        company.say(company.ana, .closingImprove, "The pager goes off at night far too often.")
        company.say(company.ben, .closingImprove, "On-call is rough: noisy alerts and incidents every week.")
        company.say(company.cleo, .closingImprove, "I would like a better office.")
        let insight = company.insight
        #expect(insight.consensus(.negative).map(\.theme).contains(.onCall))
        #expect(insight.consensus(.negative).first { $0.theme == .onCall }?.asked == 3)
        let tradeOffs = insight.flags(.tradeOff)
        #expect(tradeOffs.map(\.theme) == [.onCall])
        #expect(Set(tradeOffs[0].evidence.map(\.personName)) == ["Ana", "Ben"])
        #expect(insight.flags(.redFlag).isEmpty)
    }

    @Test func consensusNeedsHalfOfThoseAsked() {
        var company = Company()
        company.people.append(InsightPerson(id: UUID(), name: "Dev", roleKind: .engineer))
        company.people.append(InsightPerson(id: UUID(), name: "Eve", roleKind: .recruiter))
        company.say(company.ana, .closingImprove, "The pager goes off at night far too often.")
        company.say(company.ben, .closingImprove, "On-call is rough: noisy alerts and incidents.")
        for person in [company.cleo, company.people[3].id, company.people[4].id] {
            company.say(person, .closingImprove, "Nothing comes to mind.")
        }
        #expect(company.insight.consensus.isEmpty, "2 of 5 asked is not a consensus")
    }

    @Test func aSharedLoveOfAValueIsAGreenFlag() {
        var company = Company()
        company.say(company.ana, .closingLove, "My colleagues: kind, sharp and always willing to help.")
        company.say(company.ben, .closingLove, "The people. Everyone is friendly and helpful.")
        let insight = company.insight
        #expect(insight.flags(.greenFlag).map(\.theme) == [.people])
        #expect(insight.flags(.yourPeople).isEmpty, "one value of three is not your people")
    }

    @Test func sharedLovesCoveringTopValuesMeanYourPeople() {
        var company = Company()
        company.say(company.ana, .closingLove, "My colleagues are kind and helpful, and I own my work end to end.")
        company.say(company.ben, .closingLove, "Great teammates, and the freedom to decide how we build things.")
        company.say(company.cleo, .closingLove, "Lovely colleagues.")
        let insight = company.insight
        let flag = insight.flags(.yourPeople)
        #expect(flag.count == 1)
        #expect(Set(insight.flags(.greenFlag).compactMap(\.theme)) == [.people, .autonomy])
        #expect(!(flag.first?.evidence.isEmpty ?? true))
    }

    @Test func processSignals() {
        var company = Company()
        company.say(company.ana, .whyRole, "We need someone good who fits in and gets stuff done.")
        company.say(company.ben, .closingLove, nil, status: .dodged)
        let insight = company.insight
        #expect(insight.flags(.vagueWhyRole).count == 1)
        #expect(insight.flags(.closingDodged).map { $0.evidence.first?.personName } == ["Ben"])
        #expect(insight.flags(.noTimeForQuestions).count == 1, "the second interview gave 0 minutes")
        #expect(insight.flags(.noTimeForQuestions).first?.summary.contains("2026-09-28") == true)
    }

    @Test func aConcreteWhyAnswerIsNoFlag() {
        var company = Company()
        company.say(company.ana, .whyRole,
                    "We are moving billing off the monolith. In six months I want the new invoicing service live and failed payments down 30%.")
        #expect(company.insight.flags(.vagueWhyRole).isEmpty)
    }

    @Test func followUpsAreProblemsNotYetProbedLater() {
        var company = Company()
        company.say(company.ana, .closingImprove, "There is not enough mentoring, and the pager is noisy at night.")
        // A later interview asked about on-call: that one has been followed up.
        company.say(company.ben, nil, "It is better now.", in: company.second, themes: [.onCall])
        let followUps = company.insight.followUps
        #expect(followUps.map(\.theme) == [.growth])
        #expect(followUps.first?.raisedBy == ["Ana"])
        #expect(followUps.first?.firstRaised == "2026-09-21")
        #expect(followUps.first?.askRole == .hiringManager)
    }

    @Test func theCandidatesCorrectionsWin() {
        var company = Company()
        company.say(company.ana, .closingImprove, "The pager goes off at night far too often.", dismissed: [.onCall])
        company.say(company.ben, .closingImprove, "Something vague.", tags: [.staffing])
        let insight = company.insight
        #expect(!insight.answers[0].mentions.contains { $0.theme == .onCall })
        #expect(insight.answers[0].dismissed == [.onCall])
        let staffing = insight.answers[1].mentions.first { $0.theme == .staffing }
        #expect(staffing?.source == .candidate)
        #expect(staffing?.polarity == .negative)
    }

    @Test func answersOnNoThemeAreGroupedWhenSeveralPeopleSayThem() {
        var company = Company()
        company.say(company.ana, nil, "The weather in this city is awful.")
        company.say(company.ben, nil, "The weather here: it rains in this city all year.")
        company.say(company.cleo, nil, "Quiet.")
        let groups = company.insight.groups
        #expect(groups.count == 1)
        #expect(groups.first?.people == 2)
        #expect(groups.first?.name.contains("weather") == true)
    }

    @Test func corrections() {
        let start = ThemeCorrection.dismiss(.onCall).applied(tags: [.onCall], dismissed: [])
        #expect(start.tags.isEmpty && start.dismissed == [.onCall])
        let retagged = ThemeCorrection.retag(from: .onCall, to: .staffing).applied(tags: [], dismissed: [])
        #expect(retagged.tags == [.staffing] && retagged.dismissed == [.onCall])
        let reset = ThemeCorrection.reset(.onCall).applied(tags: retagged.tags, dismissed: retagged.dismissed)
        #expect(reset.tags == [.staffing] && reset.dismissed.isEmpty)
        let confirmed = ThemeCorrection.confirm(.onCall).applied(tags: [], dismissed: [.onCall])
        #expect(confirmed.tags == [.onCall] && confirmed.dismissed.isEmpty)
    }

    @Test func manyCompaniesInParallelGiveWhatOneByOneGives() {
        let inputs = (0..<7).map { index in
            var company = Company()
            company.say(company.ana, .closingImprove, "The pager goes off at night far too often, week \(index).")
            company.say(company.ben, .closingLove, index.isMultiple(of: 2) ? "Kind colleagues." : "The mission.")
            return company.input
        }
        #expect(InsightEngine.analyze(companies: inputs) == inputs.map { InsightEngine.analyze($0) })
    }

    @Test func sameInputSameInsight() {
        var company = Company()
        company.say(company.ana, .closingImprove, "The pager goes off at night far too often.")
        company.say(company.ben, .closingLove, "Kind colleagues.")
        #expect(company.insight == company.insight)
    }
}

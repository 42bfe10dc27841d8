import CandorCore
import Foundation
import Testing

@Suite("Interview planner")
struct PlannerTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func question(_ text: String, audiences: [Audience] = [.any], contexts: [CompanyContext] = [], themes: [Theme] = [],
                         minutes: Int = 2, special: QuestionSpecial? = nil, askEveryone: Bool = false) -> Question {
        Question(id: UUID(), text: text, category: "test", audiences: audiences, contexts: contexts, themes: themes,
                 minutes: minutes, special: special, askEveryone: askEveryone, createdAt: now, updatedAt: now)
    }

    static let love = question("What do you love about {company}?", minutes: 3, special: .closingLove)
    static let improve = question("What could {company} do better?", minutes: 3, special: .closingImprove)
    static let why = question("Why does the team need this role now, and what would success in six months look like?",
                              audiences: [.hiringManager], themes: [.roleClarity], minutes: 4, special: .whyRole)
    static let onCall = question("How is on-call shared?", audiences: [.engineer], themes: [.onCall])
    static let pager = question("How often does the pager wake someone?", themes: [.onCall])
    static let growth = question("How do people grow here?", themes: [.growth])
    static let runway = question("How long is the runway?", audiences: [.executive, .hiringManager], contexts: [.startup], themes: [.stability])
    static let generic = question("What does a normal week look like?")
    static let bank = [love, improve, why, onCall, pager, growth, runway, generic]

    static func company(stage: CompanyStage? = .scaleup, concerns: [Theme] = []) -> Company {
        Company(id: UUID(), draft: CompanyDraft(name: "Acme", stage: stage, concerns: concerns), status: .interviewing,
                statusHistory: [], createdAt: now, updatedAt: now)
    }

    static func interview(_ company: Company, panel: [(String, RoleKind)], minutes: Int? = 30) -> Interview {
        let people = panel.enumerated().map { Participant(personID: UUID(), name: $1.0, title: nil, roleKind: $1.1, position: $0) }
        let draft = InterviewDraft(companyID: company.id, startsAt: now, timeZone: "UTC", durationMinutes: 60,
                                   kind: .panel, questionMinutesPlanned: minutes, participantIDs: people.map(\.personID))
        return Interview(id: UUID(), companyName: company.name, draft: draft, participants: people, createdAt: now)
    }

    static func plan(_ interview: Interview, _ company: Company, profile: Profile = Profile(), history: [PastAnswer] = [],
                     kept: [PlanItem] = [], dropped: Set<UUID> = [], bank: [Question] = bank) -> Plan {
        Planner.plan(PlanningContext(interview: interview, company: company, profile: profile, bank: bank,
                                     history: history, kept: kept, dropped: dropped))
    }

    @Test("a panel of A, B, C: the first closing question goes A, B, C and the second C, B, A")
    func closingRound() {
        let company = Self.company()
        let interview = Self.interview(company, panel: [("A", .engineer), ("B", .engineer), ("C", .recruiter)])
        let closing = Self.plan(interview, company).closingRound
        #expect(closing.filter { $0.questionID == Self.love.id }.map(\.personName) == ["A", "B", "C"])
        #expect(closing.filter { $0.questionID == Self.improve.id }.map(\.personName) == ["C", "B", "A"])
        #expect(closing.map(\.questionID) == [Self.love.id, Self.love.id, Self.love.id, Self.improve.id, Self.improve.id, Self.improve.id])
        #expect(closing[0].text == "What do you love about Acme?")
        #expect(closing.allSatisfy { $0.reasons == [.closing] })
    }

    @Test("with one interviewer: the first closing question, then the second, at the very end")
    func closingAlone() {
        let company = Self.company()
        let plan = Self.plan(Self.interview(company, panel: [("Dana", .engineer)]), company)
        #expect(plan.items.suffix(2).map(\.questionID) == [Self.love.id, Self.improve.id])
    }

    @Test("the hiring manager gets the why-question, unless it was answered in earnest at this company")
    func whyRole() throws {
        let company = Self.company()
        let interview = Self.interview(company, panel: [("Eng", .engineer), ("Boss", .hiringManager)])
        let plan = Self.plan(interview, company)
        let item = try #require(plan.questions.first { $0.questionID == Self.why.id })
        #expect(item.personName == "Boss" && item.reasons == [.whyRole])
        #expect(!plan.questions.contains { $0.personName == "Eng" && $0.questionID == Self.why.id })

        func history(_ answer: String) -> [PastAnswer] {
            [PastAnswer(interviewID: UUID(), personID: UUID(), personName: "Someone", questionID: Self.why.id, special: .whyRole,
                        status: .answered, answer: answer, tags: [], day: "2026-11-01")]
        }
        #expect(Self.plan(interview, company, history: history("Not sure, we just need more hands.")).questions
            .contains { $0.questionID == Self.why.id }, "a vague answer does not count")
        #expect(!Self.plan(interview, company, history: history("We lose a week a month to incidents; by month six halve the on-call load."))
            .questions.contains { $0.questionID == Self.why.id })
    }

    @Test("audiences follow the role; questions for another kind of company are left out")
    func fit() {
        let startup = Self.company(stage: .startup)
        let enterprise = Self.company(stage: .enterprise)
        let panel = [("Boss", RoleKind.hiringManager)]
        #expect(Self.plan(Self.interview(startup, panel: panel, minutes: 60), startup).questions.contains { $0.questionID == Self.runway.id })
        #expect(!Self.plan(Self.interview(enterprise, panel: panel, minutes: 60), enterprise).questions.contains { $0.questionID == Self.runway.id })
        let unknown = Self.company(stage: nil)
        #expect(Self.plan(Self.interview(unknown, panel: panel, minutes: 60), unknown).questions.contains { $0.questionID == Self.runway.id },
                "an unknown stage excludes nothing")
        let recruiter = Self.plan(Self.interview(startup, panel: [("R", .recruiter)], minutes: 60), startup)
        #expect(!recruiter.questions.contains { [Self.onCall.id, Self.runway.id, Self.why.id].contains($0.questionID) })
    }

    @Test("a concern tagged on-call ranks on-call questions first")
    func concernRanksFirst() throws {
        let worried = Self.company(concerns: [.onCall])
        let plan = Self.plan(Self.interview(worried, panel: [("Eng", .engineer)], minutes: 30), worried)
        let first = try #require(plan.questions.first)
        #expect(first.questionID == Self.onCall.id || first.questionID == Self.pager.id)
        #expect(first.reasons.contains(.concern(.onCall)))
        let calm = Self.company()
        #expect(Self.plan(Self.interview(calm, panel: [("Eng", .engineer)], minutes: 30), calm).questions.first?.reasons.contains(.concern(.onCall)) != true)
    }

    @Test("values and dealbreakers rank their themes up, and say so")
    func valuesAndDealbreakers() throws {
        let company = Self.company()
        let profile = Profile(values: [.growth], dealbreakers: [])
        let plan = Self.plan(Self.interview(company, panel: [("R", .recruiter)], minutes: 30), company, profile: profile)
        #expect(plan.questions.first?.questionID == Self.growth.id)
        #expect(plan.questions.first?.reasons == [.value(.growth)])
    }

    @Test("a 10-minute budget yields a plan that fits, the closing round reserved first")
    func budget() {
        let company = Self.company()
        let plan = Self.plan(Self.interview(company, panel: [("Boss", .hiringManager)], minutes: 10), company)
        #expect(plan.budgetMinutes == 10)
        #expect(plan.plannedMinutes <= 10)
        #expect(!plan.overBudget)
        #expect(plan.closingRound.count == 2)
        #expect(plan.questions.map(\.questionID) == [Self.why.id])
        let unset = Self.plan(Self.interview(company, panel: [("Eng", .engineer)], minutes: nil), company,
                              profile: Profile(defaultQuestionMinutes: 12))
        #expect(unset.budgetMinutes == 12 && unset.plannedMinutes <= 12)
    }

    @Test("left blank, the minutes fit the panel: closing round, why-question and one question each, never over by itself",
          arguments: [1, 2, 3, 5])
    func defaultFitsThePanel(size: Int) {
        let company = Self.company()
        let roles: [RoleKind] = [.hiringManager, .engineer, .engineer, .recruiter, .designer]
        let bank = Self.bank + (1...5).map { Self.question("Open question \($0)?", minutes: 2 + $0 % 2) }
        let panel = (0..<size).map { ("P\($0)", roles[$0]) }
        let interview = Self.interview(company, panel: panel, minutes: nil)
        let budget = QuestionBudget(interview: interview, profileDefault: 10, bank: bank)
        // Two closing questions for everyone (half time on a panel), 4 for the why-question, 3 each.
        let closing = size == 1 ? 6 : 4 * size
        #expect(budget.needed == closing + 4 + 3 * size)
        #expect(budget.minutes == max(10, budget.needed) && !budget.isSet)
        let plan = Self.plan(interview, company, bank: bank)
        #expect(plan.budgetMinutes == budget.minutes)
        #expect(!plan.overBudget, "\(plan.plannedMinutes) of \(plan.budgetMinutes)")
        for person in interview.participants {
            #expect(plan.questions.contains { $0.personID == person.personID }, "\(person.name) gets a question of their own")
        }
    }

    @Test("the default never passes the interview's length; a set budget is kept as set")
    func budgetBounds() {
        let company = Self.company()
        var short = Self.interview(company, panel: (0..<5).map { ("P\($0)", .engineer) }, minutes: nil)
        short.durationMinutes = 20
        #expect(QuestionBudget(interview: short, profileDefault: 10, bank: Self.bank).minutes == 20)
        let set = Self.interview(company, panel: [("A", .engineer), ("B", .engineer)], minutes: 5)
        let budget = QuestionBudget(interview: set, profileDefault: 10, bank: Self.bank)
        #expect(budget.minutes == 5 && budget.isSet && budget.needed == 14)
    }

    @Test("a problem raised earlier gets a follow-up first, naming who raised it and when")
    func followUps() throws {
        let company = Self.company()
        let history = [PastAnswer(interviewID: UUID(), personID: UUID(), personName: "Priya", questionID: Self.improve.id,
                                  special: .closingImprove, status: .answered, answer: "Night pages.", tags: [.onCall], day: "2026-11-21")]
        let plan = Self.plan(Self.interview(company, panel: [("Eng", .engineer)], minutes: 30), company, history: history)
        let first = try #require(plan.questions.first)
        #expect(first.reasons == [.followUp(theme: .onCall, raisedBy: "Priya", on: "2026-11-21")])
        #expect(first.reasons[0].text == "follow-up: Priya raised on-call and operations on 2026-11-21")
        let loved = [PastAnswer(interviewID: UUID(), personID: UUID(), personName: "Priya", questionID: Self.love.id,
                                special: .closingLove, status: .answered, answer: "Growth!", tags: [.growth], day: "2026-11-21")]
        #expect(!Self.plan(Self.interview(company, panel: [("Eng", .engineer)], minutes: 30), company, history: loved)
            .questions.contains { $0.reasons.contains { if case .followUp = $0 { true } else { false } } },
                "what people love is not a problem to follow up")
    }

    @Test("questions answered at the company rank down, unless asked of everyone; never twice to one person")
    func answeredBefore() {
        let company = Self.company()
        let everyone = Self.question("What would you change first?", themes: [.process], askEveryone: true)
        let bank = Self.bank + [everyone]
        let person = UUID()
        let history = [Self.growth.id, everyone.id].map {
            PastAnswer(interviewID: UUID(), personID: person, personName: "Old", questionID: $0, special: nil,
                       status: .answered, answer: "Yes.", tags: [], day: "2026-11-01")
        }
        let profile = Profile(values: [.growth, .process])
        let plan = Self.plan(Self.interview(company, panel: [("R", .recruiter)], minutes: 30), company, profile: profile,
                             history: history, bank: bank)
        let ids = plan.questions.map(\.questionID)
        #expect(ids.first == everyone.id, "ask-everyone keeps its rank")
        #expect(plan.questions.first?.reasons.contains(.askEveryone) == true)
        #expect(ids.firstIndex(of: Self.growth.id).map { $0 > 1 } ?? true, "answered elsewhere: ranked down")
    }

    @Test("kept items stay and dropped questions stay out when planning again")
    func keptAndDropped() throws {
        let company = Self.company()
        let interview = Self.interview(company, panel: [("Eng", .engineer)], minutes: 30)
        let first = Self.plan(interview, company)
        let drop = try #require(first.questions.first?.questionID ?? nil)
        let adhoc = PlanItem(personID: interview.participants[0].personID, personName: "Eng", questionID: nil,
                             text: "Can I meet the team?", minutes: 2, section: .questions, reasons: [.added], pinned: true)
        let again = Self.plan(interview, company, kept: [adhoc], dropped: [drop])
        #expect(again.questions.first == adhoc)
        #expect(!again.items.contains { $0.questionID == drop })
        #expect(Self.plan(interview, company, kept: [adhoc], dropped: [drop]) == again, "the same data gives the same plan")
    }

    @Test("a reason reads as a person would say it", arguments: [
        (CompanyContext.enterprise, "fits an enterprise"), (.startup, "fits a startup"), (.agency, "fits an agency"),
        (.vcFunded, "fits a VC-funded company"), (.public, "fits a public company"),
    ])
    func reasonText(context: CompanyContext, text: String) {
        #expect(PlanReason.companyFit(context).text == text)
    }

    @Test("every planned item says why it is there")
    func reasons() {
        let company = Self.company(concerns: [.stability])
        let plan = Self.plan(Self.interview(company, panel: [("Boss", .hiringManager), ("Eng", .engineer)], minutes: 40), company)
        #expect(plan.items.allSatisfy { !$0.reasons.isEmpty })
    }
}

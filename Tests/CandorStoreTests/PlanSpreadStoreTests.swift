import CandorCore
import CandorStore
import Foundation
import Testing

/// Plans made from the real starter bank fit their minutes and spread over what matters to the
/// candidate, as a thoughtful candidate would plan them.
@Suite("Plans that fit and spread")
struct PlanSpreadStoreTests {
    static func setUp(_ store: Store, dealbreakers: [Theme] = [], values: [Theme] = [],
                      company draft: CompanyDraft) async throws -> Company {
        try await store.seedStarterBank()
        var profile = try await store.profile()
        profile.dealbreakers = dealbreakers
        profile.values = values
        _ = try await store.saveProfile(profile)
        return try await store.addCompany(draft, status: .interviewing)
    }

    static func interview(_ store: Store, at company: Company, days: Double = 1, minutes: Int = 45,
                          questionMinutes: Int? = nil, panel: [(String, RoleKind)]) async throws -> Interview {
        let draft = InterviewDraft(companyID: company.id, startsAt: Date().addingTimeInterval(86_400 * days), timeZone: "UTC",
                                   durationMinutes: minutes, kind: .panel, questionMinutesPlanned: questionMinutes)
        return try await store.saveInterview(draft, panel: panel.map { .named($0.0, role: $0.1) })
    }

    /// How many of the plan's own questions probe each theme.
    static func themeCounts(_ plan: InterviewPlan, in store: Store) async throws -> [Theme: Int] {
        let bank = Dictionary(uniqueKeysWithValues: try await store.questions().map { ($0.id, $0) })
        var counts: [Theme: Int] = [:]
        for ask in plan.questions {
            for theme in ask.questionID.flatMap({ bank[$0]?.themes }) ?? [] { counts[theme, default: 0] += 1 }
        }
        return counts
    }

    @Test("an engineer one-to-one at a startup: on-call probed, but growth and autonomy too", arguments: Backend.available)
    func engineerOneToOne(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let company = try await Self.setUp(store, dealbreakers: [.onCall], values: [.growth, .autonomy],
                                               company: CompanyDraft(name: "Tiny Rocket", stage: .startup))
            let interview = try await Self.interview(store, at: company, minutes: 60, questionMinutes: 25,
                                                     panel: [("Lee", .engineer)])
            let plan = try await store.plan(interviewID: interview.id)
            let counts = try await Self.themeCounts(plan, in: store)
            #expect(plan.plannedMinutes <= plan.budgetMinutes)
            #expect((1...2).contains(counts[.onCall] ?? 0), "\(counts)")
            #expect((counts[.growth] ?? 0) >= 1 && (counts[.autonomy] ?? 0) >= 1, "\(counts)")
            #expect(counts.values.allSatisfy { $0 <= 2 }, "\(counts)")
        }
    }

    @Test("a hiring manager with remote work as the concern: the why-question, and at most two on remote", arguments: Backend.available)
    func hiringManagerConcern(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let company = try await Self.setUp(store, values: [.people],
                                               company: CompanyDraft(name: "Far Apart", stage: .scaleup, concerns: [.remote]))
            let interview = try await Self.interview(store, at: company, minutes: 60, questionMinutes: 25,
                                                     panel: [("Morgan", .hiringManager)])
            let plan = try await store.plan(interviewID: interview.id)
            let counts = try await Self.themeCounts(plan, in: store)
            #expect(plan.questions.contains { $0.reasons.contains(.whyRole) })
            #expect((1...2).contains(counts[.remote] ?? 0), "\(counts)")
            #expect((counts[.people] ?? 0) >= 1, "\(counts)")
            #expect(plan.plannedMinutes <= plan.budgetMinutes)
        }
    }

    @Test("a three-person panel on the default minutes: within them, a question for each, a dealbreaker probed", arguments: Backend.available)
    func panelOnDefault(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let company = try await Self.setUp(store, dealbreakers: [.workLife, .ethics], values: [.growth],
                                               company: CompanyDraft(name: "Panel Co"))
            let interview = try await Self.interview(store, at: company, minutes: 60, panel: [
                ("Hana", .hiringManager), ("Eli", .engineer), ("Noor", .engineer),
            ])
            let plan = try await store.plan(interviewID: interview.id)
            #expect(!plan.budget.isSet && plan.budget.minutes >= plan.budget.needed)
            #expect(plan.minutesOver == 0 && plan.plannedMinutes <= plan.budgetMinutes,
                    "\(plan.plannedMinutes) of \(plan.budgetMinutes) minutes")
            for person in interview.participants {
                #expect(plan.questions.contains { $0.personID == person.personID && !$0.reasons.contains(.whyRole) },
                        "\(person.name) has a question of their own")
            }
            let counts = try await Self.themeCounts(plan, in: store)
            #expect((counts[.workLife] ?? 0) + (counts[.ethics] ?? 0) >= 1, "\(counts)")
        }
    }

    @Test("across a company's interviews, nothing is probed a third time while a priority is still unprobed", arguments: Backend.available)
    func acrossInterviews(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let priorities: [Theme] = [.onCall, .remote, .growth, .autonomy, .management, .pace]
            let company = try await Self.setUp(store, dealbreakers: [.onCall], values: [.growth, .autonomy, .management],
                                               company: CompanyDraft(name: "Long Loop", concerns: [.remote, .pace]))
            let bank = Dictionary(uniqueKeysWithValues: try await store.questions().map { ($0.id, $0) })
            var probes: [Theme: Int] = [:]
            for round in 1...3 {
                let interview = try await Self.interview(store, at: company, days: Double(round), minutes: 30,
                                                         panel: [("Person \(round)", .engineer)])
                let plan = try await store.plan(interviewID: interview.id)
                for ask in plan.asks {
                    _ = try await store.setStatus(askID: ask.id, .asked)
                    for theme in ask.questionID.flatMap({ bank[$0]?.themes }) ?? [] where priorities.contains(theme) {
                        probes[theme, default: 0] += 1
                    }
                }
                if probes.values.contains(where: { $0 >= 3 }) {
                    #expect(priorities.allSatisfy { (probes[$0] ?? 0) >= 1 }, "round \(round): \(probes)")
                }
            }
            #expect(priorities.filter { (probes[$0] ?? 0) >= 1 }.count >= 5, "\(probes)")
        }
    }
}

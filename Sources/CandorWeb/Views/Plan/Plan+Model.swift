import CandorCore
import CandorStore
import Foundation

/// Everything the plan page shows: the saved plan, and the bank questions that may be added to it.
struct PlanPageModel {
    var plan: InterviewPlan
    /// Bank questions offered in "Add from your bank": in use, not a closing question (those are
    /// always planned), suited to the company and to someone on the panel. Best match first
    /// when searching, else in bank order.
    var offered: [Question]
    /// The `?q=` that narrowed `offered`.
    var search: String?
    var notice: String?
    /// The viewer's zone, which the time is shown in.
    var zone: TimeZone

    var interview: Interview { plan.interview }
    /// Whether the plan may still change (the store's rule, asked rather than repeated).
    var canChange: Bool { (try? interview.checkPlanCanChange()) != nil }
    var company: Company { plan.company }
    var panel: [Participant] { interview.participants.sorted { $0.position < $1.position } }

    static func load(
        from store: Store, interviewID: UUID, search: String?, notice: String?, zone: TimeZone
    ) async throws -> PlanPageModel {
        let plan = try await store.plan(interviewID: interviewID)
        let roles = plan.interview.participants.map(\.roleKind)
        let offered = QuestionFilter(search: search).apply(to: try await store.questions()).filter { question in
            !question.isClosing && plan.company.fits(question)
                && question.audiences.contains { audience in roles.contains { audience.suits($0) } }
        }
        return PlanPageModel(plan: plan, offered: offered, search: search.trimmedOrNil, notice: notice, zone: zone)
    }

    /// A person's own questions, in plan order.
    func questions(for person: Participant) -> [Ask] {
        plan.questions.filter { $0.personID == person.personID }
    }

    func name(of personID: UUID) -> String {
        interview.participants.first { $0.personID == personID }?.name ?? "Someone"
    }

    func minutes(_ ask: Ask) -> Int { plan.minutes[ask.id] ?? 0 }

    var overBudget: Int { plan.minutesOver }

    /// The offered questions by category (categories A–Z, bank order within each).
    var offeredByCategory: [(category: String, questions: [Question])] {
        let groups = Dictionary(grouping: offered) { $0.category.capitalized }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }
}

import Foundation

/// Something said at this company before the interview being planned.
public struct PastAnswer: Equatable, Sendable {
    public var interviewID: UUID
    public var personID: UUID
    public var personName: String
    public var questionID: UUID?
    public var special: QuestionSpecial?
    public var status: AskStatus
    public var answer: String?
    /// Themes the answer raised as problems: read by the insight pipeline (with the candidate's
    /// corrections) or tagged by the candidate.
    public var tags: [Theme]
    /// The interview's day, `YYYY-MM-DD`.
    public var day: String

    public init(interviewID: UUID, personID: UUID, personName: String, questionID: UUID?, special: QuestionSpecial?,
                status: AskStatus, answer: String?, tags: [Theme], day: String) {
        self.interviewID = interviewID
        self.personID = personID
        self.personName = personName
        self.questionID = questionID
        self.special = special
        self.status = status
        self.answer = answer
        self.tags = tags
        self.day = day
    }

    /// Whether the question was actually put to the person.
    public var wasAsked: Bool { status == .asked || status == .answered || status == .dodged }
}

/// Everything a plan is made from.
public struct PlanningContext: Sendable {
    public var interview: Interview
    public var company: Company
    public var profile: Profile
    /// The active bank, in bank order (ties are broken by it, so plans are repeatable).
    public var bank: [Question]
    /// What was asked and answered at this company in other interviews.
    public var history: [PastAnswer]
    /// Items the candidate pinned, moved or added, in their order: re-planning keeps them.
    public var kept: [PlanItem]
    /// Bank questions the candidate dropped from this interview: re-planning leaves them out.
    public var dropped: Set<UUID>

    public init(interview: Interview, company: Company, profile: Profile, bank: [Question],
                history: [PastAnswer] = [], kept: [PlanItem] = [], dropped: Set<UUID> = []) {
        self.interview = interview
        self.company = company
        self.profile = profile
        self.bank = bank
        self.history = history
        self.kept = kept
        self.dropped = dropped
    }
}

/// Picks, for each person on the panel, the questions most worth their minutes.
///
/// Deterministic: the same context gives the same plan. The closing round is reserved first;
/// then the candidate's kept items, follow-ups on problems raised earlier at the company,
/// the why-this-role question for the hiring manager, a question on a dealbreaker the company
/// has not yet been asked about, and the best-ranked questions for each person in turn, while
/// they fit the minutes kept for questions (`QuestionBudget`).
///
/// A plan spreads over what matters to the candidate: at most two questions on one theme in
/// one interview (pinned ones aside), a theme's weight halves once it has been probed at the
/// company, and no concern, value or dealbreaker is probed a third time while another that the
/// bank can probe has not been probed at all.
public enum Planner {
    /// An answer this long (in words) counts as a real answer to the why-this-role question.
    static let specificAnswerWords = 8
    /// Questions on one theme in one interview, pinned ones aside.
    public static let maxPerTheme = 2

    public static func plan(_ context: PlanningContext) -> Plan {
        let budget = QuestionBudget(interview: context.interview, profileDefault: context.profile.defaultQuestionMinutes,
                                    bank: context.bank).minutes
        let panel = context.interview.participants.sorted { $0.position < $1.position }
        guard !panel.isEmpty else { return Plan(items: context.kept, budgetMinutes: budget) }
        var builder = Builder(context: context, panel: panel, budget: budget)
        builder.reserveClosingRound()
        // The why-question is never skipped, so its minutes are taken before the follow-ups'.
        builder.addWhyRole()
        builder.addFollowUps()
        builder.addDealbreakerProbe()
        builder.fillByRank()
        return Plan(items: builder.ordered(), budgetMinutes: budget)
    }

    /// Minutes one person's answer to a closing question takes: on a panel the later answers
    /// are shorter, as people echo and add.
    static func closingMinutes(_ question: Question, panelSize: Int) -> Int {
        closingMinutes(question.minutes, panelSize: panelSize)
    }

    /// `closingMinutes(_:panelSize:)` for a closing question that takes `minutes` alone.
    public static func closingMinutes(_ minutes: Int, panelSize: Int) -> Int {
        panelSize <= 1 ? minutes : max(1, (minutes + 1) / 2)
    }

    private struct Builder {
        let context: PlanningContext
        let panel: [Participant]
        let budget: Int
        var closing: [PlanItem] = []
        var chosen: [UUID: [PlanItem]] = [:]
        var used: Int = 0
        let questionsByID: [UUID: Question]
        /// How often each theme was probed at the company: by questions asked in other
        /// interviews, and by those in this plan so far.
        var probes: [Theme: Int] = [:]
        /// Questions on each theme in this plan so far.
        var inPlan: [Theme: Int] = [:]
        /// The candidate's concerns for the company, dealbreakers and values.
        let priorities: Set<Theme>
        /// Those of them some question in the bank could probe with someone on this panel.
        var probeable: Set<Theme> = []

        init(context: PlanningContext, panel: [Participant], budget: Int) {
            self.context = context
            self.panel = panel
            self.budget = budget
            questionsByID = Dictionary(context.bank.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            priorities = Set(context.company.concerns + context.profile.dealbreakers + context.profile.values)
            for answer in context.history where answer.wasAsked {
                guard let id = answer.questionID, let question = questionsByID[id], question.special == nil else { continue }
                for theme in question.themes { probes[theme, default: 0] += 1 }
            }
            for item in context.kept {
                chosen[item.personID, default: []].append(item)
                used += item.minutes
                count(item)
            }
            probeable = Set(panel.flatMap { person in
                context.bank.filter { $0.special == nil && usable($0, for: person) }.flatMap(\.themes)
            }).intersection(priorities)
        }

        /// Counts an item's themes, once it is in the plan.
        mutating func count(_ item: PlanItem) {
            guard let id = item.questionID, let question = questionsByID[id], question.special == nil else { return }
            for theme in question.themes {
                probes[theme, default: 0] += 1
                inPlan[theme, default: 0] += 1
            }
        }

        /// Whether the question may take a theme once more: under the cap for one interview,
        /// and not a third probe of a priority while another can still get its first.
        func spreads(_ question: Question) -> Bool {
            let waiting = probeable.contains { (probes[$0] ?? 0) == 0 }
            return question.themes.allSatisfy { theme in
                (inPlan[theme] ?? 0) < Planner.maxPerTheme
                    && !(waiting && priorities.contains(theme) && (probes[theme] ?? 0) >= 2)
            }
        }

        var remaining: Int { budget - used }
        var companyName: String { context.company.name }

        mutating func reserveClosingRound() {
            let love = context.bank.first { $0.special == .closingLove }
            let improve = context.bank.first { $0.special == .closingImprove }
            for (question, order) in [(love, panel), (improve, Array(panel.reversed()))] {
                guard let question else { continue }
                for person in order {
                    let minutes = Planner.closingMinutes(question, panelSize: panel.count)
                    closing.append(PlanItem(
                        personID: person.personID, personName: person.name, questionID: question.id,
                        text: question.text(for: companyName), minutes: minutes, section: .closing, reasons: [.closing]))
                    used += minutes
                }
            }
        }

        /// One follow-up per theme raised as a problem earlier at this company, oldest first.
        mutating func addFollowUps() {
            var raised: [(theme: Theme, by: String, day: String)] = []
            for answer in context.history.sorted(by: { $0.day < $1.day }) where answer.special != .closingLove {
                for theme in answer.tags where !raised.contains(where: { $0.theme == theme }) {
                    raised.append((theme, answer.personName, answer.day))
                }
            }
            for raise in raised {
                let reason = PlanReason.followUp(theme: raise.theme, raisedBy: raise.by, on: raise.day)
                for person in panel {
                    guard let question = candidates(for: person).first(where: { $0.question.themes.contains(raise.theme) })?.question,
                          question.minutes <= remaining
                    else { continue }
                    add(question, to: person, reasons: [reason])
                    break
                }
            }
        }

        /// The hiring manager is always asked why the role exists, unless someone at the company
        /// already answered it in earnest.
        mutating func addWhyRole() {
            let answered = context.history.contains { answer in
                guard answer.special == .whyRole, let text = answer.answer else { return false }
                return text.split(whereSeparator: \.isWhitespace).count >= Planner.specificAnswerWords
            }
            guard !answered else { return }
            for person in panel where person.roleKind == .hiringManager {
                let options = context.bank.filter { $0.special == .whyRole && usable($0, for: person) }
                guard !options.isEmpty, !(chosen[person.personID] ?? []).contains(where: { item in
                    options.contains { $0.id == item.questionID } || item.reasons.contains(.whyRole)
                }) else { continue }
                // The first wording that fits; if none does, the shortest: this one is never skipped.
                let question = options.first { $0.minutes <= remaining } ?? options.min { $0.minutes < $1.minutes }!
                add(question, to: person, reasons: [.whyRole])
            }
        }

        /// One question on a dealbreaker the company has not been asked about, when the plan has
        /// none yet: the candidate learns early whether the place is out of the question.
        mutating func addDealbreakerProbe() {
            let open = context.profile.dealbreakers.filter { (probes[$0] ?? 0) == 0 }
            guard !open.isEmpty else { return }
            for theme in open {
                for person in panel {
                    guard let pick = candidates(for: person).first(where: {
                        $0.question.themes.contains(theme) && $0.question.minutes <= remaining && spreads($0.question)
                    }) else { continue }
                    add(pick.question, to: person, reasons: pick.reasons)
                    return
                }
            }
        }

        /// Each person in panel order takes their best question as the plan stands, round
        /// after round, while anything still fits. Ranks are read again at each pick, since
        /// every question taken changes what is already probed.
        mutating func fillByRank() {
            var done = Set<UUID>()
            while done.count < panel.count {
                for person in panel where !done.contains(person.personID) {
                    guard let next = candidates(for: person).first(where: { $0.question.minutes <= remaining && spreads($0.question) })
                    else {
                        done.insert(person.personID)
                        continue
                    }
                    add(next.question, to: person, reasons: next.reasons)
                }
            }
        }

        mutating func add(_ question: Question, to person: Participant, reasons: [PlanReason]) {
            let item = PlanItem(
                personID: person.personID, personName: person.name, questionID: question.id,
                text: question.text(for: companyName), minutes: question.minutes, section: .questions, reasons: reasons)
            chosen[person.personID, default: []].append(item)
            used += question.minutes
            count(item)
        }

        /// Whether the question may go to this person now: not dropped, not a closing question,
        /// not already in the plan (unless it is asked of everyone) nor asked of them before.
        func usable(_ question: Question, for person: Participant) -> Bool {
            guard !question.isClosing, !context.dropped.contains(question.id), context.company.fits(question),
                  question.audiences.contains(where: { $0.suits(person.roleKind) })
            else { return false }
            let planned = chosen.values.joined().filter { $0.questionID == question.id }
            if planned.contains(where: { $0.personID == person.personID }) { return false }
            if !planned.isEmpty, !question.askEveryone { return false }
            return !context.history.contains { $0.personID == person.personID && $0.questionID == question.id && $0.wasAsked }
        }

        /// The person's eligible questions, best first, with the reasons behind each rank.
        func candidates(for person: Participant) -> [(question: Question, reasons: [PlanReason])] {
            let profile = context.profile
            let concerns = Set(context.company.concerns)
            let answeredHere = Set(context.history.filter { $0.answer != nil }.compactMap(\.questionID))
            let scored = context.bank.enumerated().compactMap { index, question -> (Question, [PlanReason], Double, Int)? in
                guard question.special == nil, usable(question, for: person) else { return nil }
                var score = 0.0
                var reasons: [PlanReason] = []
                for theme in question.themes {
                    // A theme already probed at the company counts half, so the plan spreads.
                    let weight = (probes[theme] ?? 0) == 0 ? 1.0 : 0.5
                    if concerns.contains(theme) { score += 3 * weight; reasons.append(.concern(theme)) }
                    if profile.dealbreakers.contains(theme) { score += 2.5 * weight; reasons.append(.dealbreaker(theme)) }
                    if profile.values.contains(theme) { score += 2 * weight; reasons.append(.value(theme)) }
                }
                if !question.audiences.contains(.any) {
                    score += 1
                    reasons.append(.role(person.roleKind))
                }
                if let fit = question.contexts.first(where: { context.company.contexts.contains($0) }) {
                    score += 1
                    reasons.append(.companyFit(fit))
                }
                if answeredHere.contains(question.id) {
                    if question.askEveryone { reasons.append(.askEveryone) } else { score -= 4 }
                }
                return (question, reasons.isEmpty ? [.general] : reasons, score, index)
            }
            return scored.sorted { ($0.2, -$0.3) > ($1.2, -$1.3) }.map { ($0.0, $0.1) }
        }

        /// Questions grouped by person in panel order: kept ones first, in the candidate's
        /// order, then follow-ups, the why-question and the rest by rank; then the closing round.
        func ordered() -> [PlanItem] {
            func rank(_ item: PlanItem) -> Int {
                if item.pinned { return 0 }
                if item.reasons.contains(where: { if case .followUp = $0 { true } else { false } }) { return 1 }
                return item.reasons.contains(.whyRole) ? 2 : 3
            }
            return panel.flatMap { person -> [PlanItem] in
                (chosen[person.personID] ?? []).enumerated()
                    .sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
                    .map(\.element)
            } + closing
        }
    }
}

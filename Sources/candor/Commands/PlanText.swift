import CandorCore
import CandorStore
import Foundation

/// How `candor plan` prints a plan: for the terminal, and as a Markdown sheet to print.
enum PlanText {
    /// A plan split the way it is shown.
    struct Sheet: Sendable {
        var plan: InterviewPlan
        /// Each person's own questions, in plan order.
        var questions: [Ask]
        /// Both closing questions, in the order they are (or were) asked.
        var closingRound: [Ask]
        /// What is still missing at the company; only the terminal shows it.
        var coverage: Coverage?

        /// `closingQuestions` are the bank's two closing questions: asks of them recorded without
        /// the planner's reasons (the demo's, those of interviews held before planning) still
        /// belong to the closing round.
        init(_ plan: InterviewPlan, closingQuestions: Set<UUID>) {
            self.plan = plan
            func isClosing(_ ask: Ask) -> Bool {
                ask.reasons.contains(.closing) || ask.questionID.map(closingQuestions.contains) == true
            }
            questions = plan.asks.filter { !isClosing($0) }
            closingRound = plan.asks.filter(isClosing)
        }

        var interview: Interview { plan.interview }
        /// Whether the plan can still change: the interview is still to come.
        var isUpcoming: Bool { interview.status == .scheduled }
    }

    /// What is still missing at the company, beside the plan.
    struct Coverage: Sendable {
        var company: PlanCoverage
        /// Themes of the questions still to be asked in this plan.
        var plannedThemes: Set<Theme>
    }

    // MARK: Terminal

    static func terminal(_ sheet: Sheet) -> [String] {
        let plan = sheet.plan
        var lines = ["Plan for \(sheet.interview.title), \(Output.start(of: sheet.interview)) — "
            + "\(plan.plannedMinutes) of \(Output.plural(plan.budgetMinutes, "minute"))"]
        if plan.minutesOver > 0 {
            let over = Output.plural(plan.minutesOver, "minute")
            lines.append(!plan.asks.contains(where: \.pinned) && plan.budget.minutes < plan.budget.needed
                ? "! \(over) over: for this panel the closing round, the why-question and one question each take about "
                    + "\(plan.budget.needed). Keep more minutes for this interview."
                : "! \(over) over: what you pinned or added takes more than the minutes kept for your questions. "
                    + "Drop or unpin a question, or keep more minutes for this interview.")
        }
        guard !plan.asks.isEmpty else {
            lines.append("")
            lines.append(sheet.isUpcoming
                ? "Nothing planned yet. Run `candor plan \(sheet.interview.id.short) --replan` to plan it."
                : "Nothing was planned or asked in this interview.")
            return lines
        }
        for group in groups(sheet) {
            lines.append("")
            lines.append(group.heading)
            if group.asks.isEmpty {
                lines.append("  " + nothingPlanned(group, sheet))
            }
            for ask in group.asks {
                lines.append(line(ask, plan: plan, text: ask.questionText, reasons: ask.reasons.map(\.text)))
            }
        }
        if !sheet.closingRound.isEmpty {
            lines.append("")
            lines.append("Closing round")
            let names = names(sheet.interview)
            for ask in sheet.closingRound {
                lines.append(line(ask, plan: plan, text: "\(names[ask.personID] ?? "Someone"): \(ask.questionText)", reasons: []))
            }
        }
        if let coverage = sheet.coverage {
            lines.append("")
            lines.append(contentsOf: coverageLines(coverage, sheet: sheet))
        }
        if sheet.isUpcoming {
            lines.append("")
            lines.append((plan.asks.contains(where: \.pinned) ? "* pinned: kept when you re-plan. " : "")
                + "Change the plan with --drop, --pin, --unpin (each takes an id above), --add TEXT --to NAME, or --replan.")
        }
        return lines
    }

    /// `  [ ] 1a2b3c4d  text  (3 min; reasons)`; a pinned question has `*` after its id,
    /// one already put `[✓]`, one skipped `[–]`.
    private static func line(_ ask: Ask, plan: InterviewPlan, text: String, reasons: [String]) -> String {
        let box = switch ask.status {
        case .planned: "[ ]"
        case .asked, .answered, .dodged: "[✓]"
        case .skipped: "[–]"
        }
        let details = ["\(plan.minutes[ask.id] ?? 0) min"] + reasons
        return "  \(box) \(ask.id.short)\(ask.pinned ? "* " : "  ")\(oneLine(text))  (\(details.joined(separator: "; ")))"
    }

    /// Who at the company is still to be asked the closing questions, and which dealbreakers
    /// nobody there was asked about; `(in this plan)` marks what this interview would cover.
    private static func coverageLines(_ coverage: Coverage, sheet: Sheet) -> [String] {
        let company = sheet.plan.company.name
        let closingHere = Set(sheet.closingRound.filter { $0.status == .planned }.map(\.personID))
        var lines: [String] = []
        if !coverage.company.missingClosing.isEmpty {
            let people = coverage.company.missingClosing.map { closingHere.contains($0.id) ? "\($0.name) (in this plan)" : $0.name }
            lines.append("  Still to be asked the closing questions: \(people.joined(separator: ", "))")
        }
        if !coverage.company.unprobedDealbreakers.isEmpty {
            let themes = coverage.company.unprobedDealbreakers.map {
                coverage.plannedThemes.contains($0) ? "\($0.rawValue) (in this plan)" : $0.rawValue
            }
            lines.append("  Dealbreakers nobody was asked about yet: \(themes.joined(separator: ", "))")
        }
        guard !lines.isEmpty else {
            return ["At \(company): everyone you met was asked both closing questions, and every dealbreaker was probed."]
        }
        return ["At \(company):"] + lines
    }

    // MARK: Markdown

    /// A sheet to print or take notes in: the panel, each person's questions with room for
    /// notes, and the closing round.
    static func markdown(_ sheet: Sheet) -> String {
        let interview = sheet.interview
        let plan = sheet.plan
        var lines = ["# \(escape(interview.title))", ""]
        lines.append("\(escape(Output.start(of: interview))) · \(interview.durationMinutes) minutes · "
            + "your questions: \(plan.plannedMinutes) of \(plan.budgetMinutes) minutes")
        if let location = interview.location.trimmedOrNil {
            lines.append("")
            lines.append(escape(location))
        }
        lines.append("")
        lines.append("Participants:")
        lines.append("")
        for participant in panel(interview) {
            let title = participant.title.trimmedOrNil.map { ", \(escape($0))" } ?? ""
            lines.append("- \(escape(participant.name))\(title) (\(participant.roleKind.label.lowercased()))")
        }
        for group in groups(sheet) {
            lines.append("")
            lines.append("## \(escape(group.name))")
            lines.append("")
            if group.asks.isEmpty {
                lines.append(nothingPlanned(group, sheet))
            }
            for (index, ask) in group.asks.enumerated() {
                if index > 0 { lines.append("") }
                lines.append("- \(box(ask)) \(escape(ask.questionText)) (\(plan.minutes[ask.id] ?? 0) min)\(statusNote(ask))")
                lines.append("")
                lines.append("  Notes:")
            }
        }
        if !sheet.closingRound.isEmpty {
            lines.append("")
            lines.append("## Closing round")
            lines.append("")
            let names = names(interview)
            for (index, ask) in sheet.closingRound.enumerated() {
                let number = "\(index + 1)."
                let indent = String(repeating: " ", count: number.count + 1)
                if index > 0 { lines.append("") }
                lines.append("\(number) \(escape(names[ask.personID] ?? "Someone")): \(escape(ask.questionText))\(statusNote(ask))")
                lines.append("")
                lines.append("\(indent)Notes:")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func box(_ ask: Ask) -> String {
        switch ask.status {
        case .planned, .skipped: "[ ]"
        case .asked, .answered, .dodged: "[x]"
        }
    }

    private static func statusNote(_ ask: Ask) -> String {
        ask.status == .planned ? "" : " — \(ask.status.rawValue)"
    }

    /// Backslash-escapes the characters Markdown would read as formatting, and keeps the text on one line.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in oneLine(text) {
            if "\\`*_[]<>#|~".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    // MARK: Shared

    /// One person's own questions; the last group holds questions for anyone no longer on the panel.
    struct Group {
        var personID: UUID?
        var heading: String
        var name: String
        var asks: [Ask]
    }

    /// The people in panel order with their questions.
    static func groups(_ sheet: Sheet) -> [Group] {
        var groups = panel(sheet.interview).map { person in
            Group(personID: person.personID, heading: "\(oneLine(person.name)) (\(person.roleKind.rawValue))", name: person.name,
                  asks: sheet.questions.filter { $0.personID == person.personID })
        }
        let onPanel = Set(sheet.interview.participants.map(\.personID))
        let others = sheet.questions.filter { !onPanel.contains($0.personID) }
        if !others.isEmpty {
            groups.append(Group(personID: nil, heading: "No longer on the panel", name: "No longer on the panel", asks: others))
        }
        return groups
    }

    /// What a person with no questions of their own is asked.
    static func nothingPlanned(_ group: Group, _ sheet: Sheet) -> String {
        sheet.closingRound.contains { $0.personID == group.personID } ? "Only the closing round." : "Nothing planned."
    }

    static func panel(_ interview: Interview) -> [Participant] {
        interview.participants.sorted { $0.position < $1.position }
    }

    static func names(_ interview: Interview) -> [UUID: String] {
        Dictionary(interview.participants.map { ($0.personID, oneLine($0.name)) }, uniquingKeysWith: { first, _ in first })
    }

    /// Line breaks inside a text become spaces, so each item stays on its line.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

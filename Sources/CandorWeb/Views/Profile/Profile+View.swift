import CandorCore
import Foundation
import Vapor

/// What the profile form posts, as typed.
struct ProfileFormInput: Content {
    var values: [String]?
    var valuePhrases: String?
    var dealbreakers: [String]?
    var dealbreakerPhrases: String?
    var practiceCadenceMonths: String?
    var defaultQuestionMinutes: String?
    var minBreakMinutes: String?
    var maxDailyMinutes: String?
    var maxDailyCount: String?
    var maxWeeklyCount: String?

    init(profile: Profile) {
        values = profile.values.map(\.rawValue)
        valuePhrases = profile.valuePhrases.joined(separator: ", ")
        dealbreakers = profile.dealbreakers.map(\.rawValue)
        dealbreakerPhrases = profile.dealbreakerPhrases.joined(separator: ", ")
        practiceCadenceMonths = String(profile.practiceCadenceMonths)
        defaultQuestionMinutes = String(profile.defaultQuestionMinutes)
        minBreakMinutes = String(profile.schedule.minBreakMinutes)
        maxDailyMinutes = String(profile.schedule.maxDailyMinutes)
        maxDailyCount = String(profile.schedule.maxDailyCount)
        maxWeeklyCount = String(profile.schedule.maxWeeklyCount)
    }

    /// The form's fields, with the store's names for them (`Profile.validated`, `ScheduleRules.validated`).
    static let labels = FormLabels(entries: [
        ("values", "values", "Values"),
        ("valuePhrases", "value phrases", "Values in your own words"),
        ("dealbreakers", "dealbreakers", "Dealbreakers"),
        ("dealbreakerPhrases", "dealbreaker phrases", "Dealbreakers in your own words"),
        ("practiceCadenceMonths", "practice cadence (months)", "Interview at least every … months"),
        ("defaultQuestionMinutes", "default minutes for questions", "Minutes to keep for your questions"),
        ("minBreakMinutes", "minimum break (minutes)", "Minimum break between interviews"),
        ("maxDailyMinutes", "most interview minutes a day", "Most interview minutes a day"),
        ("maxDailyCount", "most interviews a day", "Most interviews a day"),
        ("maxWeeklyCount", "most interviews a week", "Most interviews a week"),
    ])

    /// A refused save, placed at its field in the form's words.
    static func refusal(_ error: any Error) -> FormError? {
        labels.refusal(error, reword: reword)
    }

    /// The store names a theme by its id ('work-life'); the form shows its label.
    private static func reword(field: String, reason: String) -> String {
        guard field == "values" || field == "dealbreakers" else { return reason }
        var text = reason.replacingOccurrences(of: "is also listed as a value", with: "is also ticked under \(labels.label("values"))")
        for theme in Theme.allCases {
            text = text.replacingOccurrences(of: "'\(theme.rawValue)'", with: theme.label)
        }
        return text
    }

    func profile() throws -> Profile {
        try Profile(
            values: (values ?? []).map { try Theme.parse($0, field: "values") },
            valuePhrases: Profile.phrases(from: valuePhrases ?? ""),
            dealbreakers: (dealbreakers ?? []).map { try Theme.parse($0, field: "dealbreakers") },
            dealbreakerPhrases: Profile.phrases(from: dealbreakerPhrases ?? ""),
            practiceCadenceMonths: FieldCheck.parseNumber(practiceCadenceMonths, field: "practice cadence (months)", in: 1...60)
                ?? Profile.defaultCadenceMonths,
            defaultQuestionMinutes: FieldCheck.parseNumber(defaultQuestionMinutes, field: "default minutes for questions", in: 0...240)
                ?? Profile.defaultQuestionMinutesValue,
            schedule: try scheduleRules()
        ).validated()
    }

    /// The schedule limits as typed; blank keeps the standard value. Only whole numbers are
    /// checked here: `ScheduleRules.validated()` owns the ranges, with the same field names.
    private func scheduleRules() throws -> ScheduleRules {
        let standard = ScheduleRules.standard
        func number(_ text: String?, _ field: String) throws -> Int? {
            try FieldCheck.parseNumber(text, field: field, in: Int.min...Int.max)
        }
        return ScheduleRules(
            minBreakMinutes: try number(minBreakMinutes, "minimum break (minutes)") ?? standard.minBreakMinutes,
            maxDailyMinutes: try number(maxDailyMinutes, "most interview minutes a day") ?? standard.maxDailyMinutes,
            maxDailyCount: try number(maxDailyCount, "most interviews a day") ?? standard.maxDailyCount,
            maxWeeklyCount: try number(maxWeeklyCount, "most interviews a week") ?? standard.maxWeeklyCount)
    }
}

struct ProfileView {
    var input: ProfileFormInput
    var error: String?
    /// Input name → why its value was refused (see `FormError`).
    var fieldErrors: [String: String] = [:]
    /// What to say after a save, with the next step.
    enum Saved { case firstCompany, plansFollow }
    var saved: Saved?
    var notice: String?
    var calendar: CalendarFeedAddress

    private func savedNotice() -> Markup {
        switch saved {
        case nil: H.nothing
        case .firstCompany:
            H.div([.cls("alert info"), .attr("role", "status")], [
                H.text("Saved. Next: "), H.a("add a company you are talking to", href: SiteURL.newCompany.path),
                H.text(", then the interviews you have with it."),
            ])
        case .plansFollow:
            H.div([.cls("alert info"), .attr("role", "status")], [
                H.text("Saved. The plans of your interviews still to come follow it now (pinned questions stay). "),
                H.a("See what is coming up", href: SiteURL.agenda.path), H.text("."),
            ])
        }
    }

    func page() -> Page {
        Page(title: "What matters to you", section: .profile, status: error == nil ? .ok : .unprocessableEntity, content: [
            H.h1("What matters to you"),
            H.p("Candor ranks questions that probe your values and dealbreakers first, and flags when interviewers raise them.", [.cls("muted")]),
            savedNotice(),
            notice.map(Blocks.info) ?? H.nothing,
            Blocks.errorAlert(error),
            H.postForm([.attr("action", SiteURL.profile.path), .cls("card")], [
                Field.themes("values", legend: label("values"), hint: "What you hope to hear people love.",
                             checked: Set(input.values ?? []), error: fieldErrors["values"]),
                Field.text("valuePhrases", label: label("valuePhrases"), value: input.valuePhrases,
                           hint: "Comma-separated, e.g. small teams that ship", error: fieldErrors["valuePhrases"]),
                Field.themes("dealbreakers", legend: label("dealbreakers"), hint: "What you will not accept as a repeated concern.",
                             checked: Set(input.dealbreakers ?? []), error: fieldErrors["dealbreakers"]),
                Field.text("dealbreakerPhrases", label: label("dealbreakerPhrases"), value: input.dealbreakerPhrases,
                           hint: "Comma-separated, e.g. ad tech, unpaid overtime", error: fieldErrors["dealbreakerPhrases"]),
                H.div([.cls("row")], [
                    number("practiceCadenceMonths", input.practiceCadenceMonths, hint: "to keep the skill sharp", 1...60),
                    number("defaultQuestionMinutes", input.defaultQuestionMinutes,
                           hint: "when an interview does not say; a panel gets more if it needs it", 0...240),
                ]),
                scheduleFields(),
                H.div([.cls("actions")], [Field.submit("Save")]),
            ]),
            CalendarCard.card(calendar),
        ])
    }

    /// The limits the agenda checks the schedule against.
    private func scheduleFields() -> Markup {
        H.tag("fieldset", [.id("schedule")], [
            H.tag("legend", [], [H.text("Protect your energy"),
                                 H.span(" The agenda flags a schedule that breaks these.", [.cls("hint")])]),
            H.div([.cls("row")], [
                number("minBreakMinutes", input.minBreakMinutes, hint: "minutes", 0...240),
                number("maxDailyMinutes", input.maxDailyMinutes, 30...1440),
            ]),
            H.div([.cls("row")], [
                number("maxDailyCount", input.maxDailyCount, 1...20),
                number("maxWeeklyCount", input.maxWeeklyCount, 1...100),
            ]),
        ])
    }

    private func label(_ input: String) -> String { ProfileFormInput.labels.label(input) }

    /// A number field, labelled from the form's table, with the browser's own bounds and any refusal.
    private func number(_ name: String, _ value: String?, hint: String? = nil, _ range: ClosedRange<Int>) -> Markup {
        Field.text(name, label: label(name), value: value, type: "number", hint: hint,
                   extra: [.attr("min", String(range.lowerBound)), .attr("max", String(range.upperBound))],
                   error: fieldErrors[name])
    }
}

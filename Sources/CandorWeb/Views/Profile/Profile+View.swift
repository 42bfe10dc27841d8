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
                Field.themes("values", legend: "Values", hint: "What you hope to hear people love.", checked: Set(input.values ?? [])),
                Field.text("valuePhrases", label: "Values in your own words", value: input.valuePhrases,
                           hint: "Comma-separated, e.g. small teams that ship"),
                Field.themes("dealbreakers", legend: "Dealbreakers", hint: "What you will not accept as a repeated concern.",
                             checked: Set(input.dealbreakers ?? [])),
                Field.text("dealbreakerPhrases", label: "Dealbreakers in your own words", value: input.dealbreakerPhrases,
                           hint: "Comma-separated, e.g. ad tech, unpaid overtime"),
                H.div([.cls("row")], [
                    Field.text("practiceCadenceMonths", label: "Interview at least every … months", value: input.practiceCadenceMonths,
                               type: "number", hint: "to keep the skill sharp", extra: [.attr("min", "1"), .attr("max", "60")]),
                    Field.text("defaultQuestionMinutes", label: "Minutes to keep for your questions", value: input.defaultQuestionMinutes,
                               type: "number", hint: "when an interview does not say; a panel gets more if it needs it", extra: [.attr("min", "0"), .attr("max", "240")]),
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
                Field.text("minBreakMinutes", label: "Minimum break between interviews", value: input.minBreakMinutes,
                           type: "number", hint: "minutes", extra: [.attr("min", "0"), .attr("max", "240")]),
                Field.text("maxDailyMinutes", label: "Most interview minutes a day", value: input.maxDailyMinutes,
                           type: "number", extra: [.attr("min", "30"), .attr("max", "1440")]),
            ]),
            H.div([.cls("row")], [
                Field.text("maxDailyCount", label: "Most interviews a day", value: input.maxDailyCount,
                           type: "number", extra: [.attr("min", "1"), .attr("max", "20")]),
                Field.text("maxWeeklyCount", label: "Most interviews a week", value: input.maxWeeklyCount,
                           type: "number", extra: [.attr("min", "1"), .attr("max", "100")]),
            ]),
        ])
    }
}

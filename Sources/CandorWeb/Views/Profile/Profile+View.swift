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

    init(profile: Profile) {
        values = profile.values.map(\.rawValue)
        valuePhrases = profile.valuePhrases.joined(separator: ", ")
        dealbreakers = profile.dealbreakers.map(\.rawValue)
        dealbreakerPhrases = profile.dealbreakerPhrases.joined(separator: ", ")
        practiceCadenceMonths = String(profile.practiceCadenceMonths)
        defaultQuestionMinutes = String(profile.defaultQuestionMinutes)
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
                ?? Profile.defaultQuestionMinutesValue
        ).validated()
    }
}

struct ProfileView {
    var input: ProfileFormInput
    var error: String?
    var saved: Bool

    func page() -> Page {
        Page(title: "What matters to you", section: .profile, status: error == nil ? .ok : .unprocessableEntity, content: [
            H.h1("What matters to you"),
            H.p("Candor ranks questions that probe your values and dealbreakers first, and flags when interviewers raise them.", [.cls("muted")]),
            saved ? Blocks.info("Saved.") : H.nothing,
            Blocks.errorAlert(error),
            H.tag("form", [.attr("method", "post"), .attr("action", "/profile"), .cls("card")], [
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
                               type: "number", hint: "when an interview does not say", extra: [.attr("min", "0"), .attr("max", "240")]),
                ]),
                H.div([.cls("actions")], [Field.submit("Save")]),
            ]),
        ])
    }
}

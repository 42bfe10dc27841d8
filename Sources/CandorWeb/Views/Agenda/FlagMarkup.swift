import CandorCore
import Foundation
import Plot

/// How schedule flags look wherever they appear: errors red, warnings amber, each with what
/// is wrong and what to do about it. `data-flag` carries the kind for tests and styling.
enum FlagMarkup {
    /// A flag in full, as an alert; `link` points at the day it concerns.
    /// `compact` is for the copy next to the day, which repeats one already shown at the top.
    static func alert(_ flag: ScheduleFlag, link: (label: String, href: String)? = nil, compact: Bool = false) -> Markup {
        H.div([.cls("alert flag \(tone(flag))" + (compact ? " compact" : "")), .data("flag", flag.kind.rawValue),
               .attr("role", flag.severity == .error ? "alert" : "note")], [
            H.tag("strong", [.cls("flag-message")], text: flag.message),
            H.text(" "),
            H.span(flag.advice, [.cls("flag-advice")]),
            link.map { H.group([H.text(" "), H.a($0.label, href: $0.href)]) } ?? H.nothing,
        ])
    }

    /// A short marker next to an interview the flag concerns.
    static func pill(_ flag: ScheduleFlag) -> Markup {
        H.pill(label(flag.kind), flag.severity == .error ? "bad" : "warn")
    }

    static func tone(_ flag: ScheduleFlag) -> String {
        flag.severity == .error ? "error" : "warning"
    }

    static func label(_ kind: ScheduleFlag.Kind) -> String {
        switch kind {
        case .overlap: "Overlaps"
        case .backToBack: "Back to back"
        case .longDay: "Long day"
        case .crowdedDay: "Crowded day"
        case .crowdedWeek: "Crowded week"
        case .noQuestionTime: "No time for your questions"
        }
    }
}

import CandorCore
import Foundation
import Plot

/// "Every answer" on the insight page: each answer with the themes read in it, and small
/// forms to correct them. Plain posts with buttons that carry the action, so it all works
/// without the script.
struct InsightAnswersView {
    var model: InsightPageModel

    func section() -> Markup {
        let answers = model.insight.answers
        return H.tag("section", [.id("answers"), .aria("labelledby", "answers-title")], [
            H.h2("Every answer", [.id("answers-title")]),
            H.p("Candor reads the themes in each answer. Where it misread one, say so: your word wins, and everything above follows it.",
                [.cls("small muted")]),
            answers.isEmpty
                ? H.p("No answers with text yet.", [.cls("muted")])
                : H.tag("ol", [.cls("read-answers")], answers.map(item)),
        ])
    }

    private func item(_ answer: ReadAnswer) -> Markup {
        let askID = answer.quote.askID
        return H.tag("li", [.cls("card read-answer"), .id("answer-\(askID)")], [
            QuoteMarkup.quote(answer.quote),
            H.p("\(answer.side.label) · read as \(answer.polarity.label) overall", [.cls("small muted")]),
            answer.mentions.isEmpty && answer.dismissed.isEmpty
                ? H.p("No theme read in this answer.", [.cls("small muted")])
                : H.tag("ul", [.cls("mentions"), .aria("label", "Themes in this answer")],
                        answer.mentions.map { mention(askID, $0) } + answer.dismissed.map { dismissed(askID, $0) }),
            addForm(askID, present: Set(answer.mentions.map(\.theme))),
        ])
    }

    private func mention(_ askID: UUID, _ mention: ThemeMention) -> Markup {
        let theme = mention.theme
        let selectID = "to-\(askID)-\(theme.rawValue)"
        return H.tag("li", [.cls("mention")], [
            Self.chip(mention),
            form(askID, theme: theme, [
                mention.source == .detected ? button("Confirm", action: "confirm", theme: theme) : H.nothing,
                button("Dismiss", action: "dismiss", theme: theme),
                H.tag("label", [.for(selectID), .cls("inline")], text: "Re-tag as"),
                H.tag("select", [.id(selectID), .name("to")], Theme.allCases.filter { $0 != theme }.map { other in
                    H.tag("option", [.value(other.rawValue)], text: other.label)
                }),
                button("Re-tag", action: "retag", theme: theme),
            ]),
        ])
    }

    /// A theme the candidate took away: shown struck through, with a way back.
    private func dismissed(_ askID: UUID, _ theme: Theme) -> Markup {
        H.tag("li", [.cls("mention dismissed")], [
            H.tag("span", [.cls("chip dismissed")], [
                H.tag("s", text: theme.label), H.span(" · dismissed by you", [.cls("chip-meta")]),
            ]),
            form(askID, theme: theme, [button("Restore", action: "reset", theme: theme)]),
        ])
    }

    /// Adds a theme Candor missed; confirming a theme it did not read makes it the candidate's tag.
    private func addForm(_ askID: UUID, present: Set<Theme>) -> Markup {
        let selectID = "add-\(askID)"
        return H.postForm([.attr("action", SiteURL.askThemes(askID).path), .cls("theme-fix add-theme")], [
            H.void("input", [.type("hidden"), .name("action"), .value("confirm")]),
            H.void("input", [.type("hidden"), .name("back"), .value(SiteURL.insight(company: model.companyID).path)]),
            H.tag("label", [.for(selectID), .cls("inline")], text: "Add a theme it touches"),
            H.tag("select", [.id(selectID), .name("theme")], Theme.allCases.filter { !present.contains($0) }.map { theme in
                H.tag("option", [.value(theme.rawValue)], text: theme.label)
            }),
            Field.submit("Add theme", [.cls("secondary")]),
        ])
    }

    private func form(_ askID: UUID, theme: Theme, _ controls: [Markup]) -> Markup {
        H.postForm([.attr("action", SiteURL.askThemes(askID).path), .cls("theme-fix")], [
            H.void("input", [.type("hidden"), .name("theme"), .value(theme.rawValue)]),
            H.void("input", [.type("hidden"), .name("back"), .value(SiteURL.insight(company: model.companyID).path)]),
        ] + controls)
    }

    /// A submit button that names its action; the theme in its accessible name tells the
    /// many "Dismiss" buttons on the page apart.
    private func button(_ label: String, action: String, theme: Theme) -> Markup {
        Field.submit(label, [.name("action"), .value(action), .cls("secondary"), .aria("label", "\(label) \(theme.label)")])
    }

    /// A theme as a small chip: its name, how it was spoken of and who stands behind it, in words,
    /// then the words of the answer that carried it, so the candidate can see why at a glance.
    static func chip(_ mention: ThemeMention) -> Markup {
        H.tag("span", [.cls("chip \(mention.polarity.rawValue) \(mention.source.rawValue)")], [
            H.tag("strong", text: mention.theme.label),
            H.span(" · \(mention.polarity.label) · \(mention.source.label)", [.cls("chip-meta")]),
            mention.source == .candidate || mention.matched.isEmpty
                ? H.nothing
                : H.span(" · from “" + mention.matched.joined(separator: "”, “") + "”", [.cls("chip-words"), .data("words", "")]),
        ])
    }
}

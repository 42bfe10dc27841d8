import CandorCore
import Foundation
import Plot

/// The small forms that correct the themes read in one answer, shared by the insight page
/// (confirm, dismiss, restore, next to each theme) and the answer's own themes page (those,
/// plus re-tag and add, whose lists of every theme would make the insight page long: one
/// select per theme per answer was most of its half a megabyte). Plain posts with buttons
/// that carry the action, so it all works without the script; each goes back to `back`.
struct ThemeCorrectionMarkup {
    var askID: UUID
    /// Where the store sends the browser once the correction is saved (the company's insight).
    var back: String

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

    /// Confirm (for a theme the pipeline read) and dismiss.
    func confirmOrDismiss(_ mention: ThemeMention) -> Markup {
        form(theme: mention.theme, [
            mention.source == .detected ? button("Confirm", action: "confirm", theme: mention.theme) : H.nothing,
            button("Dismiss", action: "dismiss", theme: mention.theme),
        ])
    }

    /// The answer is about another theme instead.
    func retag(_ theme: Theme) -> Markup {
        let selectID = "to-\(askID)-\(theme.rawValue)"
        return form(theme: theme, [
            H.tag("label", [.for(selectID), .cls("inline")], text: "Re-tag as"),
            H.tag("select", [.id(selectID), .name("to")], Theme.allCases.filter { $0 != theme }.map { other in
                H.tag("option", [.value(other.rawValue)], text: other.label)
            }),
            button("Re-tag", action: "retag", theme: theme),
        ])
    }

    /// A theme the candidate took away: shown struck through, with a way back.
    func dismissed(_ theme: Theme) -> Markup {
        H.tag("li", [.cls("mention dismissed")], [
            H.tag("span", [.cls("chip dismissed")], [
                H.tag("s", text: theme.label), H.span(" · dismissed by you", [.cls("chip-meta")]),
            ]),
            form(theme: theme, [button("Restore", action: "reset", theme: theme)]),
        ])
    }

    /// Adds a theme Candor missed; confirming a theme it did not read makes it the candidate's tag.
    func add(present: Set<Theme>) -> Markup {
        let selectID = "add-\(askID)"
        return H.postForm([.attr("action", SiteURL.askThemes(askID).path), .cls("theme-fix add-theme")], [
            H.void("input", [.type("hidden"), .name("action"), .value("confirm")]),
            H.void("input", [.type("hidden"), .name("back"), .value(back)]),
            H.tag("label", [.for(selectID), .cls("inline")], text: "Add a theme it touches"),
            H.tag("select", [.id(selectID), .name("theme")], Theme.allCases.filter { !present.contains($0) }.map { theme in
                H.tag("option", [.value(theme.rawValue)], text: theme.label)
            }),
            Field.submit("Add theme", [.cls("secondary")]),
        ])
    }

    private func form(theme: Theme, _ controls: [Markup]) -> Markup {
        H.postForm([.attr("action", SiteURL.askThemes(askID).path), .cls("theme-fix")], [
            H.void("input", [.type("hidden"), .name("theme"), .value(theme.rawValue)]),
            H.void("input", [.type("hidden"), .name("back"), .value(back)]),
        ] + controls)
    }

    /// A submit button that names its action; the theme in its accessible name tells the
    /// many "Dismiss" buttons on the page apart.
    private func button(_ label: String, action: String, theme: Theme) -> Markup {
        Field.submit(label, [.name("action"), .value(action), .cls("secondary"), .aria("label", "\(label) \(theme.label)")])
    }
}

import Plot

/// Asks before a change that loses data; only the button posts, so a stray link never deletes.
struct ConfirmView {
    var heading: String
    var warning: String
    var confirmLabel: String
    var action: String
    var cancel: String
    var section: Section

    func page() -> Page {
        Page(title: heading, section: section, content: [
            H.h1(heading),
            H.div([.cls("alert error")], [H.text(warning)]),
            H.p("To keep a copy first, run: candor export --json --output candor-backup.json", [.cls("small muted")]),
            H.div([.cls("actions")], [
                Blocks.postButton(confirmLabel, action: action, style: "danger"),
                H.a("Keep it", href: cancel),
            ]),
        ])
    }
}

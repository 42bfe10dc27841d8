import CandorCore
import Foundation
import Plot

/// The insight page: what the answers at one company add up to, each claim with its quotes,
/// from the loudest signal (flags) down to every single answer.
struct InsightView {
    var model: InsightPageModel

    func page() -> Page {
        let name = model.companyName
        var content: [Markup] = [
            H.h1("What you heard at \(name)"),
            model.notice.map(Blocks.info) ?? H.nothing,
            H.div([.cls("actions")], [
                H.a("Back to \(name)", href: SiteURL.company(model.companyID).path, [.cls("button secondary")]),
                H.a("Compare companies", href: SiteURL.compare.path, [.cls("button secondary")]),
            ]),
        ]
        if model.isEmpty {
            content.append(emptyState())
        } else {
            // Where they agree first: it is the clearest reading, and the flags build on it.
            // One screen first (the verdict per kind of flag and the chart), then agreement, on
            // which the flags build.
            content += [summary(), glance(), contents(), consensus(), flags(), board(), followUps(), groups(),
                        InsightAnswersView(model: model).section()]
        }
        return Page(title: "What you heard at \(name)", section: .companies, content: content,
                    zone: model.nextInterview == nil ? nil : model.zone)
    }

    /// Answers whose themes can be corrected below, so quotes elsewhere can link to them.
    private var listed: Set<UUID> { Set(model.insight.answers.map(\.quote.askID)) }

    private func emptyState() -> Markup {
        H.div([.cls("card empty")], [
            H.p("No answers recorded yet. Capture answers in interview mode, then come back: this page gathers what the interviewers said, theme by theme."),
            H.p([], [H.a("See the interviews at \(model.companyName)", href: SiteURL.company(model.companyID).anchor("interviews"))]),
        ])
    }

    private func summary() -> Markup {
        let insight = model.insight
        let answers = insight.answersRead == 1 ? "1 answer" : "\(insight.answersRead) answers"
        let people = insight.interviewersAsked == 1 ? "1 interviewer" : "\(insight.interviewersAsked) interviewers"
        return H.p("Read from \(answers) given by \(people). Themes are read by Candor; correct them under Every answer.",
                   [.cls("muted")])
    }

    /// A short table of contents: the page is long once a few interviews are in.
    private func contents() -> Markup {
        H.tag("nav", [.cls("page-contents small"), .aria("label", "On this page")], [
            H.ul([], [
                H.a("Where they agree", href: "#consensus"), H.a("Flags", href: "#flags"),
                H.a("Theme board", href: "#board"), H.a("Follow-ups", href: "#follow-ups"),
                H.a("Other things said", href: "#groups"), H.a("Every answer", href: "#answers"),
            ]),
        ])
    }

    // MARK: At a glance

    /// The top of the page: a line per kind of flag, each flag linking to its card, and the
    /// chart of every theme raised.
    private func glance() -> Markup {
        let rows = InsightChart.rows(model)
        let asked = model.insight.interviewersAsked
        return H.tag("section", [.id("glance"), .cls("glance"), .aria("labelledby", "glance-title")], [
            H.h2("At a glance", [.id("glance-title")]),
            verdicts(),
            rows.isEmpty || asked == 0
                ? H.nothing
                : H.group([
                    H.scrollBox("chart-wrap", label: "Chart of the themes raised", [InsightChart.svg(rows, asked: asked)]),
                    H.tag("details", [.cls("chart-numbers")], [
                        H.tag("summary", text: "The chart's numbers as a table"),
                        InsightChart.table(rows, asked: asked),
                    ]),
                ]),
        ])
    }

    /// One line per kind of flag found: its name, then each flag by its theme, linked to its card.
    private func verdicts() -> Markup {
        let flags = Array(model.insight.flags.enumerated())
        let lines = Self.flagGroups.compactMap { group -> Markup? in
            let found = flags.filter { group.includes($0.element.kind) }
            guard let first = found.first?.element else { return nil }
            var links: [Markup] = []
            var seen: [String: Int] = [:]
            for (index, flag) in found {
                let name = Self.shortName(flag)
                seen[name, default: 0] += 1
                guard seen[name] == 1 else { continue }
                if !links.isEmpty { links.append(H.text(", ")) }
                links.append(H.a(name, href: "#flag-\(index)"))
            }
            let repeated = seen.values.reduce(0, +) - seen.count
            return H.tag("li", [.data("verdict", first.kind.rawValue)], [
                H.span(group.heading, [.cls("badge \(Self.tone(first.kind))")]),
                H.text(" "),
            ] + links + [repeated > 0 ? H.text(" (\(found.count) in all)") : H.nothing])
        }
        guard !lines.isEmpty else { return H.p("No flags: nothing stands out yet, good or bad.", [.cls("muted")]) }
        return H.tag("ul", [.cls("verdicts")], lines)
    }

    /// A flag in a word or two: its theme, the candidate's phrase, or else its kind.
    static func shortName(_ flag: InsightFlag) -> String {
        if let theme = flag.theme { return theme.label }
        if let phrase = flag.phrase { return "“\(phrase)”" }
        return flag.kind.label
    }

    // MARK: Flags

    /// Flag kinds in the order the page lists them, each group under its own heading.
    private static let flagGroups: [(heading: String, includes: @Sendable (FlagKind) -> Bool)] = [
        ("Red flags", { $0 == .redFlag }),
        ("Trade-offs", { $0 == .tradeOff }),
        ("Green flags", { $0 == .greenFlag }),
        ("You may have found your people", { $0 == .yourPeople }),
        ("Process signals", { $0.isProcessSignal }),
    ]

    private func flags() -> Markup {
        let all = model.insight.flags
        return H.tag("section", [.id("flags"), .aria("labelledby", "flags-title")], [
            H.h2("Flags", [.id("flags-title")]),
            all.isEmpty
                ? H.p("Nothing stands out yet, good or bad.", [.cls("muted")])
                : H.group(Self.flagGroups.compactMap { group -> Markup? in
                    let flags = all.enumerated().filter { group.includes($0.element.kind) }
                    guard !flags.isEmpty else { return nil }
                    return H.group([H.h3(group.heading), H.group(flags.map { flagCard($1, index: $0) })])
                }),
        ])
    }

    private func flagCard(_ flag: InsightFlag, index: Int) -> Markup {
        let tone = Self.tone(flag.kind)
        return H.tag("article", [.cls("flag-card \(tone)"), .id("flag-\(index)"), .data("flag", flag.kind.rawValue)], [
            H.p([.cls("flag-head")], [
                H.span(flag.kind.label, [.cls("badge \(tone)")]),
                H.text(" "),
                H.tag("strong", text: flag.summary),
            ]),
            flag.evidence.isEmpty ? H.nothing : QuoteMarkup.list(flag.evidence, correctable: listed),
            dismissForm(flag),
        ])
    }

    /// "Misread": takes the flag's theme away from the answers it cites, from the card itself.
    /// Only for a flag that rests on a theme read in answers listed below (where each can be
    /// restored).
    private func dismissForm(_ flag: InsightFlag) -> Markup {
        let cited = flag.evidence.map(\.askID)
        guard let theme = flag.theme, !cited.isEmpty, cited.allSatisfy(listed.contains) else { return H.nothing }
        let answers = Set(cited).count == 1 ? "this answer" : "these \(Set(cited).count) answers"
        return H.postForm([.attr("action", SiteURL.dismissFlag(company: model.companyID).path), .cls("theme-fix flag-dismiss")], [
            H.void("input", [.type("hidden"), .name("theme"), .value(theme.rawValue)]),
            H.group(cited.uniqued().map { H.void("input", [.type("hidden"), .name("ask[]"), .value($0.uuidString)]) }),
            Field.submit("Misread? Dismiss \(theme.label) in \(answers)", [.cls("secondary")]),
        ])
    }

    /// The look of a flag kind; the badge's text says the kind, so colour is never the only cue.
    static func tone(_ kind: FlagKind) -> String {
        if kind.isGood { return "good" }
        if kind.isProcessSignal { return "process" }
        return kind == .redFlag ? "bad" : "warn"
    }

    // MARK: Consensus and the board

    private func consensus() -> Markup {
        let items = model.insight.consensus(.positive) + model.insight.consensus(.negative)
        return H.tag("section", [.id("consensus"), .aria("labelledby", "consensus-title")], [
            H.h2("Where they agree", [.id("consensus-title")]),
            items.isEmpty
                ? H.p("No theme was raised the same way by most of the people asked yet.", [.cls("muted")])
                : H.tag("ul", [.cls("consensus")], items.map { item -> Markup in
                    let loved = item.polarity == .positive
                    return H.tag("li", [], [
                        H.span(loved ? "Loved" : "Needs improving", [.cls("badge \(loved ? "good" : "bad")")]),
                        H.text(" "),
                        H.tag("strong", text: item.theme.label),
                        H.text(": \(item.people.count) of \(item.asked) asked (\(item.people.joined(separator: ", ")))"),
                    ])
                }),
        ])
    }

    private func board() -> Markup {
        let rows = model.insight.board
        return H.tag("section", [.id("board"), .aria("labelledby", "board-title")], [
            H.h2("Theme board", [.id("board-title")]),
            rows.isEmpty
                ? H.p("No themes read in the answers yet.", [.cls("muted")])
                : H.div([.cls("theme-board")], rows.map { row in
                    H.tag("section", [.cls("card board-theme"), .id("theme-\(row.theme.rawValue)")], [
                        H.h3(row.theme.label),
                        H.div([.cls("board-sides")], [
                            side("Loved by", row.loved, tone: "loved"),
                            side("Say it needs improving", row.toImprove, tone: "improve"),
                        ]),
                    ])
                }),
        ])
    }

    private func side(_ heading: String, _ voices: [ThemeVoice], tone: String) -> Markup {
        H.div([.cls("board-side \(tone)")], [
            H.tag("h4", text: "\(heading) (\(voices.count))"),
            voices.isEmpty
                ? H.p("Nobody", [.cls("muted small")])
                : H.tag("ul", [.cls("voices")], voices.map { voice in
                    H.tag("li", [], [
                        H.tag("strong", text: voice.personName),
                        QuoteMarkup.list(voice.quotes, showName: false, correctable: listed),
                    ])
                }),
        ])
    }

    // MARK: Follow-ups and groups

    private func followUps() -> Markup {
        let items = model.insight.followUps
        return H.tag("section", [.id("follow-ups"), .aria("labelledby", "follow-ups-title")], [
            H.h2("Follow up in your next interview", [.id("follow-ups-title")]),
            items.isEmpty
                ? H.p("Nothing left open: every problem raised has been probed again since.", [.cls("muted")])
                : H.table(
                    headers: ["Theme", "Question", "Whom to ask", "Raised by", "First raised"],
                    rows: items.map { item in
                        [H.pill(item.theme.label, "warn"), H.text(item.question), H.text(item.askRole.label),
                         H.text(item.raisedBy.joined(separator: ", ")), H.text(item.firstRaised)]
                    },
                    caption: "Follow-up questions"),
            nextInterview(),
        ])
    }

    private func nextInterview() -> Markup {
        guard let next = model.nextInterview else {
            return H.p([.cls("small")], [
                H.text("No interview is scheduled here yet. "),
                H.a("Add one", href: SiteURL.newInterview(company: model.companyID).path),
                H.text(" to plan these questions."),
            ])
        }
        return H.p([], [
            H.a("Plan your next interview", href: SiteURL.plan(interview: next.id).path, [.cls("button")]),
            H.span(" \(next.kind.label), \(LocalTime.display(next.startsAt, in: model.zone))", [.cls("small muted")]),
        ])
    }

    private func groups() -> Markup {
        let groups = model.insight.groups
        return H.tag("section", [.id("groups"), .aria("labelledby", "groups-title")], [
            H.h2("Other things several people said", [.id("groups-title")]),
            groups.isEmpty
                ? H.p("Every answer touched a known theme, or no two of the rest were alike.", [.cls("muted")])
                : H.group(groups.map { group in
                    H.div([.cls("card answer-group")], [
                        H.h3(group.name),
                        H.p((group.people == 1 ? "1 person" : "\(group.people) people")
                            + (group.terms.isEmpty ? "" : " · words in common: " + group.terms.joined(separator: ", ")),
                            [.cls("small muted")]),
                        QuoteMarkup.list(group.quotes, correctable: listed),
                    ])
                }),
        ])
    }
}

import CandorCore
import Plot

/// The themes Candor read in one answer, each with every correction: confirm, dismiss,
/// re-tag; and a theme to add. Each correction goes back to the answer on the insight page.
struct AnswerThemesView {
    var model: AnswerThemesModel

    func page() -> Page {
        let answer = model.answer
        let askID = answer.quote.askID
        let forms = ThemeCorrectionMarkup(askID: askID, back: model.insightPath)
        return Page(title: "Themes in an answer at \(model.companyName)", section: .companies, content: [
            H.h1("Themes in an answer at \(model.companyName)"),
            H.div([.cls("actions")], [
                H.a("Back to the answer", href: model.insightPath + "#answer-\(askID)", [.cls("button secondary")]),
            ]),
            H.div([.cls("card read-answer")], [
                QuoteMarkup.quote(answer.quote),
                H.p("\(answer.side.label) · read as \(answer.polarity.label) overall", [.cls("small muted")]),
            ]),
            H.p("Your word wins: what you confirm, dismiss, re-tag or add here is what the insight page counts.",
                [.cls("small muted")]),
            answer.mentions.isEmpty && answer.dismissed.isEmpty
                ? H.p("No theme read in this answer.", [.cls("muted")])
                : H.tag("ul", [.cls("mentions"), .aria("label", "Themes in this answer")],
                        answer.mentions.map { mention in
                            H.tag("li", [.cls("mention")], [
                                ThemeCorrectionMarkup.chip(mention), forms.confirmOrDismiss(mention), forms.retag(mention.theme),
                            ])
                        } + answer.dismissed.map(forms.dismissed)),
            forms.add(present: Set(answer.mentions.map(\.theme))),
        ])
    }
}

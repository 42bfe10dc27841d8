import CandorCore
import Foundation
import Plot

/// "Every answer" on the insight page: each answer with the themes read in it, a button to
/// confirm or dismiss each, and a link to the answer's own themes page to re-tag or add one.
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
        let forms = ThemeCorrectionMarkup(askID: askID, back: SiteURL.insight(company: model.companyID).path)
        return H.tag("li", [.cls("card read-answer"), .id("answer-\(askID)")], [
            QuoteMarkup.quote(answer.quote),
            H.p("\(answer.side.label) · read as \(answer.polarity.label) overall", [.cls("small muted")]),
            answer.mentions.isEmpty && answer.dismissed.isEmpty
                ? H.p("No theme read in this answer.", [.cls("small muted")])
                : H.tag("ul", [.cls("mentions"), .aria("label", "Themes in this answer")],
                        answer.mentions.map { mention in
                            H.tag("li", [.cls("mention")], [ThemeCorrectionMarkup.chip(mention), forms.confirmOrDismiss(mention)])
                        } + answer.dismissed.map(forms.dismissed)),
            H.p([.cls("small")], [
                H.a("Re-tag or add a theme", href: SiteURL.askThemes(askID).path),
            ]),
        ])
    }
}

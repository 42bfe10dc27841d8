import CandorCore
import Foundation
import Plot

/// How a quote looks wherever the insight page cites one: who said it, when, in reply to
/// what, then the words themselves. Every claim on the page shows its quotes this way.
enum QuoteMarkup {
    /// - Parameters:
    ///   - showName: off where the person is already named just above (the theme board).
    ///   - correctable: the quote's answer is listed under "Every answer", so link to it
    ///     for correcting the themes read in it.
    static func quote(_ quote: Quote, showName: Bool = true, correctable: Bool = false) -> Markup {
        var caption: [Markup] = []
        if showName { caption += [H.tag("strong", text: quote.personName), H.text(" · ")] }
        caption += [H.text(quote.day), H.text(" · asked "), H.tag("q", text: quote.question)]
        if correctable {
            caption += [H.text(" · "), H.a("themes in this answer", href: "#answer-\(quote.askID)")]
        }
        return H.tag("figure", [.cls("quote")], [
            H.tag("figcaption", [.cls("small muted")], caption),
            quote.text.map { H.tag("blockquote", text: $0) } ?? H.p("Did not answer the question.", [.cls("dodged")]),
        ])
    }

    static func list(_ quotes: [Quote], showName: Bool = true, correctable: Set<UUID> = []) -> Markup {
        H.tag("ul", [.cls("quotes")], quotes.map { item in
            H.tag("li", [], [quote(item, showName: showName, correctable: correctable.contains(item.askID))])
        })
    }
}

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

    /// Quotes behind a claim. An answer listed in full under "Every answer" is cited here by a
    /// short excerpt linking to it, so each answer is read in full once on the page; others
    /// (a dodged question) are shown whole.
    static func list(_ quotes: [Quote], showName: Bool = true, correctable: Set<UUID> = []) -> Markup {
        H.tag("ul", [.cls("quotes")], quotes.map { item in
            guard correctable.contains(item.askID), let text = item.text else {
                return H.tag("li", [], [quote(item, showName: showName)])
            }
            return H.tag("li", [.cls("quote-ref")], [
                H.tag("a", [.href("#answer-\(item.askID)")], [
                    showName ? H.tag("strong", text: item.personName) : H.nothing,
                    H.text(showName ? " · \(item.day)" : item.day),
                ]),
                H.text(": "),
                H.tag("q", text: excerpt(text)),
            ])
        })
    }

    /// The start of an answer, cut at a word, for a citation.
    static func excerpt(_ text: String, limit: Int = 110) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}

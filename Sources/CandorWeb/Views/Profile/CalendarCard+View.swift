import Foundation
import Plot
import Vapor

/// The calendar subscription's address, as the person's calendar app will fetch it.
struct CalendarFeedAddress {
    var url: String

    /// Built from the address the browser used (Host header), so it works on a laptop and
    /// behind a proxy alike; `X-Forwarded-Proto: https` from a proxy gives an https address.
    init(request: Request, token: String) {
        let forwarded = request.headers.first(name: "X-Forwarded-Proto")?.lowercased()
        let scheme = forwarded == "https" || request.url.scheme == "https" ? "https" : "http"
        let host = request.headers.first(name: .host).flatMap(Self.plausibleHost) ?? "localhost"
        url = "\(scheme)://\(host)/calendar/\(token).ics"
    }

    /// A host and port as browsers send them; anything odder is not worth building a link from.
    private static func plausibleHost(_ host: String) -> String? {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-:[]_"))
        guard !host.isEmpty, host.count <= 255, host.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) }) else {
            return nil
        }
        return host
    }
}

/// The profile page's card for the calendar feed: the address, what it exposes, a new one.
enum CalendarCard {
    static func card(_ address: CalendarFeedAddress) -> Markup {
        H.tag("section", [.cls("card"), .id("calendar"), .aria("labelledby", "calendar-heading")], [
            H.h2("Calendar", [.id("calendar-heading")]),
            H.p("Subscribe to this address in your calendar app to see every interview, with its panel and your questions."),
            H.div([.cls("field")], [
                H.tag("label", [.for("calendar-url")], text: "Subscription address"),
                H.void("input", [.type("text"), .id("calendar-url"), .value(address.url),
                                 .flag("readonly"), .attr("spellcheck", "false")]),
            ]),
            H.p([.cls("small")], [H.a("Open the calendar file", href: address.url, [.data("calendar-url", address.url)])]),
            H.p("Anyone with this address can see your interview times; make a new one if it leaks.", [.cls("small muted")]),
            Blocks.postButton("Make a new address", action: "/profile/calendar-token"),
        ])
    }
}

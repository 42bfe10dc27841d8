import Foundation
import Plot
import Vapor

/// The calendar subscriptions' addresses, as the person's calendar app will fetch them.
struct CalendarFeedAddress {
    /// Times and companies only.
    var url: String
    /// Also places, panels, planned questions and notes.
    var detailsURL: String

    /// Built from the address the browser used (Host header, already checked by
    /// `HostGuardMiddleware`), so it works on a laptop and behind a proxy alike;
    /// `X-Forwarded-Proto: https` from a proxy gives an https address.
    init(request: Request, token: String) {
        let forwarded = request.headers.first(name: "X-Forwarded-Proto")?.lowercased()
        let scheme = forwarded == "https" || request.url.scheme == "https" ? "https" : "http"
        let host = request.headers.first(name: .host).flatMap(Self.plausibleHost) ?? "localhost"
        url = "\(scheme)://\(host)" + SiteURL.calendarFeed("\(token).ics").path
        detailsURL = "\(scheme)://\(host)" + SiteURL.calendarFeed(token + CalendarController.detailsSuffix).path
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

/// The profile page's card for the calendar feeds: the two addresses, what each exposes, a new one.
enum CalendarCard {
    static func card(_ address: CalendarFeedAddress) -> Markup {
        H.tag("section", [.cls("card"), .id("calendar"), .aria("labelledby", "calendar-heading")], [
            H.h2("Calendar", [.id("calendar-heading")]),
            H.p("Subscribe to this address in your calendar app to see when each interview is and with which company. "
                + "It carries nothing else, so it is safe on a calendar that syncs to your phone or that others can see."),
            addressField(id: "calendar-url", label: "Subscription address (times only)", url: address.url),
            H.p([.cls("small")], [H.a("Open the calendar file", href: address.url, [.data("calendar-url", address.url)])]),
            H.p("The detailed address also carries each interview's place or meeting link, the panel by name, "
                + "your planned questions and your notes. Use it only in a calendar no one else sees."),
            addressField(id: "calendar-details-url", label: "Detailed subscription address", url: address.detailsURL),
            H.p("Anyone with either address can read what it carries; make new ones if one leaks (both change together).",
                [.cls("small muted")]),
            Blocks.postButton("Make new addresses", action: SiteURL.newCalendarToken.path),
        ])
    }

    /// A subscription address in a read-only field, ready to copy.
    private static func addressField(id: String, label: String, url: String) -> Markup {
        H.div([.cls("field")], [
            H.tag("label", [.for(id)], text: label),
            H.void("input", [.type("text"), .id(id), .value(url), .flag("readonly"), .attr("spellcheck", "false")]),
        ])
    }
}

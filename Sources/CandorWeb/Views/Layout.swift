import Foundation
import Plot
import Vapor

/// The parts of the site the navigation bar names.
enum Section: String, CaseIterable {
    case home, pipeline, companies, interviews, agenda, compare, questions, profile

    var title: String {
        switch self {
        case .home: "Home"
        case .pipeline: "Pipeline"
        case .companies: "Companies"
        case .interviews: "Interviews"
        case .agenda: "Agenda"
        case .compare: "Compare"
        case .questions: "Questions"
        case .profile: "What matters to you"
        }
    }

    /// The page the navigation bar links to.
    var url: SiteURL {
        switch self {
        case .home: .home
        case .pipeline: .pipeline
        case .companies: .companies
        case .interviews: .interviews
        case .agenda: .agenda
        case .compare: .compare
        case .questions: .questions
        case .profile: .profile
        }
    }
}

/// A whole page: the shared frame (navigation, stylesheet) around one view's content.
struct Page: AsyncResponseEncodable {
    var title: String
    var section: Section?
    var status: HTTPResponseStatus = .ok
    var content: [Markup]
    /// The zone the page shows times in, when it shows any: the script compares it with the
    /// browser's and reloads once if they differ (see `Asset`).
    var zone: TimeZone? = nil
    /// Scripts this page needs besides `candor.js` (interview mode's own).
    var scripts: [Asset] = []

    /// - Parameter demo: the page shows the demo's sandbox, so every page says so and offers the way out.
    func render(demo: Bool = false) -> String {
        let head: [Markup] = [
            H.void("meta", [.attr("charset", "utf-8")]),
            H.void("meta", [.name("viewport"), .attr("content", "width=device-width, initial-scale=1")]),
            H.tag("title", text: "\(title) · Candor"),
            // Interview mode's script sends it back with each save (see `CSRFMiddleware`).
            CSRFField.meta,
            H.void("link", [.attr("rel", "stylesheet"), .href(Asset.stylesheet.href)]),
            // External and deferred: the Content-Security-Policy allows no inline script.
        ] + ([.script] + scripts).map { H.tag("script", [.attr("src", $0.href), .flag("defer")], []) }
        let nav = Section.allCases.map { item in
            H.a(item.title, href: item.url.path, item == section ? [.aria("current", "page")] : [])
        }
        let body: [Markup] = [
            H.a("Skip to content", href: "#content", [.cls("skip")]),
            H.tag("header", [.cls("site")], [
                H.div([.cls("bar")], [
                    H.a("Candor", href: SiteURL.home.path, [.cls("brand")]),
                    H.tag("nav", [.cls("wide"), .aria("label", "Main")], nav),
                    // On a phone the links fold behind one button (no script needed): a row of
                    // nine links took a fifth of the screen above every page.
                    H.tag("details", [.cls("narrow site-menu")], [
                        H.tag("summary", [], [H.text("Menu"), section.map { H.span(" · " + $0.title, [.cls("here")]) } ?? H.nothing]),
                        H.tag("nav", [.aria("label", "Main")], nav),
                    ]),
                ]),
            ]),
            demo ? Blocks.demoBar() : H.nothing,
            H.tag("main", [.id("content")], content),
        ]
        let htmlAttributes: [Attr] = [.attr("lang", "en")] + (zone.map { [.data("viewer-zone", $0.identifier)] } ?? [])
        let document = H.tag("html", htmlAttributes, [H.tag("head", [], head), H.tag("body", [], body)])
        return "<!DOCTYPE html>\n" + document.render()
    }

    func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        let html = CSRFField.$token.withValue(CSRFMiddleware.token(of: request)) { render(demo: DemoSession.isOn(request)) }
        return Response(status: status, headers: headers, body: .init(string: html))
    }
}

/// Shared bits of page content.
enum Blocks {
    static func errorAlert(_ message: String?) -> Markup {
        guard let message else { return H.nothing }
        return H.div([.cls("alert error"), .attr("role", "alert")], [H.text(message)])
    }

    static func info(_ message: String) -> Markup {
        H.div([.cls("alert info"), .attr("role", "status")], [H.text(message)])
    }

    /// Above every page of the demo: what this is, and the two ways out.
    static func demoBar() -> Markup {
        H.tag("aside", [.cls("demo-bar"), .aria("label", "Demo")], [
            H.p([], [
                H.tag("strong", text: "You are in the demo. "),
                H.text("Made-up companies, kept apart from your own search and profile."),
            ]),
            H.div([.cls("actions")], [
                postButton("Leave the demo", action: SiteURL.leaveDemo.path),
                postButton("Delete the demo", action: SiteURL.removeDemo.path),
            ]),
        ])
    }

    /// A button that posts to `action`, for changes that must not happen on a plain link.
    static func postButton(_ label: String, action: String, style: String = "secondary") -> Markup {
        H.postForm([.attr("action", action)], [Field.submit(label, [.cls(style)])])
    }
}

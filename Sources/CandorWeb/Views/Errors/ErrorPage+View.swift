import Plot
import Vapor

/// The page shown for any failed request: one plain sentence and a way back.
struct ErrorPageView {
    var status: HTTPResponseStatus
    var message: String
    /// Where "back" goes, when the page knows better than the start page.
    var back: (label: String, href: String)? = nil

    func page() -> Page {
        let heading = switch status.code {
        case 404: "Not found"
        case 400..<500: "That did not work"
        default: "Something went wrong"
        }
        let link = back ?? ("Back to the start", SiteURL.home.path)
        return Page(title: heading, section: nil, status: status, content: [
            H.h1(heading),
            H.div([.cls("alert error"), .attr("role", "alert")], [H.text(message)]),
            H.p([], [H.a(link.label, href: link.href)]),
        ])
    }
}

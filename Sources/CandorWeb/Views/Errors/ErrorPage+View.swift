import Plot
import Vapor

/// The page shown for any failed request: one plain sentence and a way back.
struct ErrorPageView {
    var status: HTTPResponseStatus
    var message: String

    func page() -> Page {
        let heading = switch status.code {
        case 404: "Not found"
        case 400..<500: "That did not work"
        default: "Something went wrong"
        }
        return Page(title: heading, section: nil, status: status, content: [
            H.h1(heading),
            H.div([.cls("alert error"), .attr("role", "alert")], [H.text(message)]),
            H.p([], [H.a("Back to the start", href: "/")]),
        ])
    }
}

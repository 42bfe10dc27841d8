import CandorStore
import CandorCore
import Vapor

enum HomeController {
    @Sendable static func show(req: Request) async throws -> Page {
        var page = HomeView(model: try await HomeModel.load(from: req.store, now: Date(), zone: req.viewerZone),
                            inDemo: DemoSession.isOn(req)).page()
        if let notice = Notice.from(req) { page.content.insert(Blocks.info(notice), at: 0) }
        return page
    }

    /// Opens the demo afresh in its own account and takes the browser there.
    @Sendable static func openDemo(req: Request) async throws -> Response {
        try await Store(db: req.db, accountID: AccountID.demo).openDemo(zone: req.viewerZone)
        let response = req.seeOther("/?notice=\(Notice.demoLoaded.rawValue)")
        DemoSession.enter(response)
        return response
    }

    /// Back to the candidate's own search; the demo stays for next time.
    @Sendable static func leaveDemo(req: Request) async throws -> Response {
        let response = req.seeOther("/?notice=\(Notice.demoLeft.rawValue)")
        DemoSession.leave(response)
        return response
    }

    /// Deletes the demo's sandbox and goes back to the candidate's own search.
    @Sendable static func removeDemo(req: Request) async throws -> Response {
        try await Store(db: req.db, accountID: AccountID.demo).removeDemo()
        let response = req.seeOther("/?notice=\(Notice.demoRemoved.rawValue)")
        DemoSession.leave(response)
        return response
    }

    @Sendable static func health(req: Request) async throws -> String {
        "ok"
    }

    @Sendable static func stylesheet(req: Request) async throws -> Response {
        asset(StyleSheet.css, type: .css)
    }

    @Sendable static func script(req: Request) async throws -> Response {
        asset(ClientScript.javaScript, type: HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"]))
    }

    private static func asset(_ text: String, type: HTTPMediaType) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = type
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}

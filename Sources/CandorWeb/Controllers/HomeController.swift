import CandorStore
import CandorCore
import Vapor

enum HomeController {
    @Sendable static func show(req: Request) async throws -> Page {
        var page = HomeView(model: try await HomeModel.load(from: req.store, now: req.store.now(), zone: req.viewerZone),
                            inDemo: DemoSession.isOn(req)).page()
        if let notice = Notice.from(req) { page.content.insert(Blocks.info(notice), at: 0) }
        return page
    }

    /// Opens the demo afresh in its own account and takes the browser there.
    @Sendable static func openDemo(req: Request) async throws -> Response {
        try await req.store(account: AccountID.demo).openDemo(zone: req.viewerZone)
        let response = req.seeOther(SiteURL.home.with(notice: .demoLoaded))
        DemoSession.enter(response)
        return response
    }

    /// Back to the candidate's own search; the demo stays for next time.
    @Sendable static func leaveDemo(req: Request) async throws -> Response {
        let response = req.seeOther(SiteURL.home.with(notice: .demoLeft))
        DemoSession.leave(response)
        return response
    }

    /// Deletes the demo's sandbox and goes back to the candidate's own search.
    @Sendable static func removeDemo(req: Request) async throws -> Response {
        try await req.store(account: AccountID.demo).removeDemo()
        let response = req.seeOther(SiteURL.home.with(notice: .demoRemoved))
        DemoSession.leave(response)
        return response
    }

    @Sendable static func health(req: Request) async throws -> String {
        "ok"
    }

    /// `/assets/<file>`: the stylesheet and the scripts (`Asset`); anything else is a 404.
    @Sendable static func asset(req: Request) async throws -> Response {
        guard let asset = req.parameters.get("file").flatMap(Asset.init(rawValue:)) else {
            throw Abort(.notFound, reason: "There is no such page.")
        }
        var headers = HTTPHeaders()
        headers.contentType = asset.contentType
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: asset.text))
    }
}

import CandorCore
import Vapor

enum HomeController {
    @Sendable static func show(req: Request) async throws -> Page {
        var page = HomeView(model: try await HomeModel.load(from: req.store, now: Date(), zone: req.viewerZone)).page()
        if let notice = Notice.from(req) { page.content.insert(Blocks.info(notice), at: 0) }
        return page
    }

    @Sendable static func loadDemo(req: Request) async throws -> Response {
        try await req.store.loadDemo(zone: LocalTime.machineZone)
        return req.seeOther("/?notice=\(Notice.demoLoaded.rawValue)")
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

import CandorCore
import Vapor

enum HomeController {
    @Sendable static func show(req: Request) async throws -> Page {
        var page = HomeView(model: try await HomeModel.load(from: req.store, now: Date())).page()
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
        var headers = HTTPHeaders()
        headers.contentType = .css
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: StyleSheet.css))
    }
}

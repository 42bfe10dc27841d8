import CandorCore
import Foundation
import Vapor

enum AgendaController {
    /// Upcoming interviews by day; `?from=&to=` for a range, `?all=1` for everything.
    /// A bad date is a 422 page naming the field (`CandorError.invalidField`).
    @Sendable static func show(req: Request) async throws -> Page {
        let query = try req.query.decode(AgendaQuery.self)
        return AgendaView(model: try await AgendaModel.load(from: req.store, query: query, zone: req.viewerZone, now: req.store.now())).page()
    }
}

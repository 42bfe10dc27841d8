import CandorCore
import Foundation
import Vapor

enum PipelineController {
    /// The board, or with `?view=table` the same companies as one table.
    @Sendable static func show(req: Request) async throws -> Page {
        let layout = PipelineModel.Layout(rawValue: req.query[String.self, at: "view"] ?? "") ?? .board
        let model = try await PipelineModel.load(
            from: req.store, layout: layout, zone: req.viewerZone, notice: Notice.from(req), now: req.store.now())
        return layout == .table ? PipelineTableView(model: model).page() : PipelineView(model: model).page()
    }
}

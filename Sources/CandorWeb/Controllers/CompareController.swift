import CandorCore
import Vapor

/// Companies side by side. A plain GET form picks them, so a comparison can be bookmarked.
enum CompareController {
    @Sendable static func show(req: Request) async throws -> Page {
        let query = try req.query.decode(CompareQuery.self)
        let model = try await CompareModel.load(from: req.store, companyIDs: try query.companyIDs())
        return CompareView(model: model).page()
    }
}

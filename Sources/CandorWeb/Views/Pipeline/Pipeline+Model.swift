import CandorCore
import CandorStore
import Foundation

/// What the pipeline pages show: every company with its next step, in next-action order.
struct PipelineModel {
    enum Layout: String {
        case board, table

        /// The page showing this layout: `/pipeline`, or `/pipeline?view=table`.
        var path: String { self == .board ? SiteURL.pipeline.path : SiteURL.pipeline.query(["view": rawValue]) }
    }

    var entries: [PipelineEntry]
    var zone: TimeZone
    var layout: Layout
    var notice: String?

    static func load(from store: Store, layout: Layout, zone: TimeZone, notice: String?, now: Date) async throws -> PipelineModel {
        PipelineModel(entries: try await store.pipeline(now: now), zone: zone, layout: layout, notice: notice)
    }

    /// One column per status, in pipeline order, each keeping the next-action order.
    var columns: [(status: PipelineStatus, entries: [PipelineEntry])] {
        PipelineStatus.allCases.map { status in (status, entries.filter { $0.company.status == status }) }
    }

    /// Where the move form sends the person back to: the layout they moved it from.
    var path: String { layout.path }
}

import CandorCore
import CandorStore
import Foundation
import Vapor

/// What `/compare` reads from its query: `?company=<id>&company=<id>…`, as the check boxes send it.
struct CompareQuery: Content {
    var company: [String]?

    /// The companies asked for, in the order given; `nil` when none were, so the page picks.
    /// Anything that is not a company id is a 404, like any other link to nothing.
    func companyIDs() throws -> [UUID]? {
        let texts = (company ?? []).compactMap(\.trimmedOrNil)
        guard !texts.isEmpty else { return nil }
        return try texts.map { text in
            guard let id = UUID(uuidString: text) else { throw Abort(.notFound, reason: "There is no such company.") }
            return id
        }
    }
}

/// Everything the comparison page shows: every company to choose from, and the chosen side by side.
struct CompareModel {
    /// All companies, for the check boxes, in pipeline order.
    var companies: [Company]
    var comparison: Comparison

    /// How many companies the page picks when the query names none: more columns than this
    /// no longer fit side by side.
    static let defaultLimit = 4

    var selected: Set<UUID> { Set(comparison.companies.map(\.companyID)) }

    static func load(from store: Store, companyIDs: [UUID]?) async throws -> CompareModel {
        let companies = try await store.companies().sorted { ($0.status, $0.name.matchKey) < ($1.status, $1.name.matchKey) }
        let ids = companyIDs ?? defaultSelection(companies)
        // An unknown id makes the store throw not-found, which the error page shows as a 404.
        return CompareModel(companies: companies, comparison: try await store.comparison(companyIDs: ids))
    }

    /// Without a choice: the companies that made an offer, then those still interviewing;
    /// when there are none, any companies. At most ``defaultLimit``.
    static func defaultSelection(_ companies: [Company]) -> [UUID] {
        let live = companies.filter { $0.status == .offer } + companies.filter { $0.status == .interviewing }
        return (live.isEmpty ? companies : live).prefix(defaultLimit).map(\.id)
    }
}

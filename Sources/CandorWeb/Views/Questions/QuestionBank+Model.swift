import CandorCore
import CandorStore
import Foundation
import Vapor

/// The bank page's query string: the filters a person chose.
struct BankQuery: Content {
    var q: String?
    var category: String?
    var audience: String?
    var context: String?
    var theme: String?
    var origin: String?
    var retired: String?
    var notice: String?

    /// The filter these parameters describe; unknown values are ignored rather than refused,
    /// so an old bookmark still opens the page.
    var filter: QuestionFilter {
        QuestionFilter(
            category: category.trimmedOrNil,
            audience: audience.flatMap { try? Audience.parseOptional($0, field: "audience") },
            context: context.flatMap { try? CompanyContext.parseOptional($0, field: "context") },
            theme: theme.flatMap { try? Theme.parseOptional($0, field: "theme") },
            origin: origin.flatMap { try? QuestionOrigin.parseOptional($0, field: "origin") },
            search: q,
            includeRetired: retired != nil)
    }

    /// The same filters as a query string, to come back to after a change.
    var path: String {
        SiteURL.questions.query([
            "q": q.trimmedOrNil, "category": category.trimmedOrNil, "audience": audience.trimmedOrNil,
            "context": context.trimmedOrNil, "theme": theme.trimmedOrNil, "origin": origin.trimmedOrNil,
            "retired": retired.trimmedOrNil,
        ])
    }
}

/// Everything the bank page shows.
struct QuestionBankModel {
    var query: BankQuery
    var shown: [Question]
    var categories: [String]
    var totals: (active: Int, retired: Int, own: Int)
    var asked: Set<UUID>
    var notice: String?
    var error: String?
    var addInput: QuestionFormInput

    /// Groups open by themselves when this few questions are shown.
    static let openUpTo = 20

    /// The shown questions by category, A–Z, bank order within each.
    var shownByCategory: [(category: String, slug: String, questions: [Question])] {
        let groups = Dictionary(grouping: shown) { $0.category.lowercased() }
        return groups.keys.sorted().map { key in
            let slug = key.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? String($0) : "-" }.joined()
            return (groups[key]?.first?.category ?? key, slug, groups[key] ?? [])
        }
    }

    static func load(from store: Store, query: BankQuery, notice: String? = nil, error: String? = nil,
                     addInput: QuestionFormInput = QuestionFormInput()) async throws -> QuestionBankModel {
        let all = try await store.questions(includeRetired: true)
        return QuestionBankModel(
            query: query,
            shown: query.filter.apply(to: all),
            categories: all.map(\.category).uniqued().sorted(),
            totals: (all.filter { !$0.retired }.count, all.filter(\.retired).count, all.filter { $0.origin == .own }.count),
            asked: try await store.askedQuestionIDs(),
            notice: notice, error: error, addInput: addInput)
    }
}

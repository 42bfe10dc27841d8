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
    /// Which page of a long list (1 when absent or not a number).
    var page: String?
    var notice: String?

    /// The page asked for, from 1; anything that is not a positive number is the first page.
    var pageNumber: Int { max(1, Int(page ?? "") ?? 1) }

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

    /// The same filters (and page) as a query string, to come back to after a change.
    var path: String { at(page: pageNumber) }

    /// These filters on another page of the list.
    func at(page: Int) -> String {
        SiteURL.questions.query([
            "q": q.trimmedOrNil, "category": category.trimmedOrNil, "audience": audience.trimmedOrNil,
            "context": context.trimmedOrNil, "theme": theme.trimmedOrNil, "origin": origin.trimmedOrNil,
            "retired": retired.trimmedOrNil, "page": page > 1 ? String(page) : nil,
        ])
    }

    /// These filters narrowed to one category, from its first page.
    func only(category: String) -> String {
        var narrowed = self
        narrowed.category = category
        return narrowed.at(page: 1)
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
    /// Questions on one page of a search or of one category: a bank of thousands stays a page
    /// of the same size (each card carries its own edit form).
    static let pageSize = 50
    /// Questions each closed group shows before its "all N" link, when the whole bank is listed.
    static let previewPerGroup = 10

    /// The list is one ranked list (a search) or one category, in pages; otherwise the bank
    /// comes as a closed group per category, each with its first few questions.
    var isPaged: Bool {
        query.q.trimmedOrNil != nil || query.category.trimmedOrNil != nil || shownByCategory.count == 1
    }

    var pageCount: Int { max(1, (shown.count + Self.pageSize - 1) / Self.pageSize) }
    /// The page shown: the one asked for, or the last when it asked past the end.
    var page: Int { min(query.pageNumber, pageCount) }
    /// The questions on this page, in list order.
    var pageItems: ArraySlice<Question> {
        shown[min(shown.count, (page - 1) * Self.pageSize)..<min(shown.count, page * Self.pageSize)]
    }

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

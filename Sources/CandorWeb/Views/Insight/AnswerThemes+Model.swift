import CandorCore
import CandorStore
import Foundation

/// One answer's own themes page: the answer as the insight page reads it, to re-tag a theme
/// or add one Candor missed.
struct AnswerThemesModel {
    var companyID: UUID
    var companyName: String
    var answer: ReadAnswer

    /// The insight page this answer is listed on, where every correction goes back to.
    var insightPath: String { SiteURL.insight(company: companyID).path }

    /// Reads the company's insight, so that the themes shown are exactly the insight page's.
    /// Nil for an answer without text, which the insight page does not list; an unknown answer
    /// or another account's throws the store's not found.
    static func load(from store: Store, askID: UUID) async throws -> AnswerThemesModel? {
        let ask = try await store.ask(id: askID)
        let companyID = try await store.interview(id: ask.interviewID).companyID
        let insight = try await store.insight(companyID: companyID, profile: try await store.profile())
        guard let answer = insight.answers.first(where: { $0.quote.askID == askID }) else { return nil }
        return AnswerThemesModel(companyID: companyID, companyName: insight.companyName, answer: answer)
    }
}

import CandorCore
import CandorStore
import Foundation
import Vapor

/// Everything the insight page shows: the company's insight, and the interview where its
/// follow-ups can be asked.
struct InsightPageModel {
    /// The next interview still to come, which the follow-ups link to the plan of.
    struct NextInterview {
        var id: UUID
        var kind: InterviewKind
        var startsAt: Date
    }

    var companyID: UUID
    var insight: CompanyInsight
    var nextInterview: NextInterview?
    var notice: String?
    /// The viewer's zone, for the next interview's time.
    var zone: TimeZone
    /// The candidate's dealbreakers and values, marked on the chart.
    var dealbreakers: Set<Theme> = []
    var values: Set<Theme> = []

    var companyName: String { insight.companyName }

    /// Nothing to read yet: no answers, and no dodges or missing minutes to flag either.
    var isEmpty: Bool { insight.answers.isEmpty && insight.flags.isEmpty }

    static func load(from store: Store, companyID: UUID, notice: String?, now: Date, zone: TimeZone) async throws -> InsightPageModel {
        // Asking for the company first makes an unknown id a 404 before any analysis runs.
        _ = try await store.company(id: companyID)
        let profile = try await store.profile()
        let insight = try await store.insight(companyID: companyID, profile: profile)
        // The same rule as the company page: scheduled, and not over yet.
        let next = try await store.interviews(companyID: companyID)
            .filter { $0.status == .scheduled && $0.endsAt >= now }
            .min { $0.startsAt < $1.startsAt }
        return InsightPageModel(
            companyID: companyID, insight: insight,
            nextInterview: next.map { NextInterview(id: $0.id, kind: $0.kind, startsAt: $0.startsAt) },
            notice: notice, zone: zone, dealbreakers: Set(profile.dealbreakers), values: Set(profile.values))
    }
}

/// What one correction form on the insight page posts: `action` names the correction,
/// `theme` the theme it is about, `to` the new theme of a re-tag, `back` where to return.
struct ThemeCorrectionInput: Content {
    var action: String?
    var theme: String?
    var to: String?
    var back: String?

    /// The correction this input asks for; throws naming the field that is wrong.
    func correction() throws -> ThemeCorrection {
        let theme = try Theme.parse(theme ?? "", field: "theme")
        switch action?.trimmedOrNil?.lowercased() {
        case "confirm": return .confirm(theme)
        case "dismiss": return .dismiss(theme)
        case "reset": return .reset(theme)
        case "retag":
            guard let to = to.trimmedOrNil else {
                throw CandorError.invalidField(field: "to", reason: "choose the theme the answer is about instead")
            }
            return .retag(from: theme, to: try Theme.parse(to, field: "to"))
        default:
            throw CandorError.invalidField(field: "action", reason: "must be confirm, dismiss, retag or reset")
        }
    }

    /// The notice to show once the correction is saved.
    static func notice(for correction: ThemeCorrection) -> Notice {
        switch correction {
        case .confirm: .themeConfirmed
        case .dismiss: .themeDismissed
        case .retag: .themeRetagged
        case .reset: .themeRestored
        }
    }
}

/// What a flag card's "misread" form posts: the theme, and the answers the flag cites (`ask[]`).
struct FlagDismissInput: Content {
    var theme: String?
    var ask: [String]?

    func parsedTheme() throws -> Theme { try Theme.parse(theme ?? "", field: "theme") }

    func askIDs() throws -> [UUID] {
        try (ask ?? []).map { text in
            guard let id = UUID(uuidString: text) else {
                throw CandorError.invalidField(field: "ask", reason: "'\(text.prefix(40))' is not an answer's id")
            }
            return id
        }
    }
}

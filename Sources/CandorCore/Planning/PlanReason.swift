import Foundation

/// Why a question is in a plan: shown next to it, so the candidate can judge the pick.
public enum PlanReason: Codable, Equatable, Hashable, Sendable {
    /// Written for people in this role.
    case role(RoleKind)
    /// Probes a concern the candidate noted for this company.
    case concern(Theme)
    /// Probes one of the candidate's values.
    case value(Theme)
    /// Probes one of the candidate's dealbreakers.
    case dealbreaker(Theme)
    /// Someone raised this theme as a problem in an earlier interview: pry it open.
    case followUp(theme: Theme, raisedBy: String, on: String)
    /// The hiring manager is always asked why the role exists and what success looks like.
    case whyRole
    /// One of the two questions every interviewer is asked.
    case closing
    /// Asked of everyone on purpose, to compare answers.
    case askEveryone
    /// Written for this kind of company.
    case companyFit(CompanyContext)
    /// The candidate pinned it.
    case pinned
    /// The candidate added it themselves.
    case added
    /// A good question for anyone, when nothing more specific applies.
    case general

    /// A short phrase for people, e.g. "follow-up: Priya raised on-call on 2026-11-21".
    public var text: String {
        switch self {
        case let .role(role): "for the \(role.label.lowercased())"
        case let .concern(theme): "your concern: \(theme.label.lowercased())"
        case let .value(theme): "your value: \(theme.label.lowercased())"
        case let .dealbreaker(theme): "your dealbreaker: \(theme.label.lowercased())"
        case let .followUp(theme, person, day): "follow-up: \(person) raised \(theme.label.lowercased()) on \(day)"
        case .whyRole: "always ask the hiring manager"
        case .closing: "asked of every interviewer"
        case .askEveryone: "asked of everyone, to compare"
        case let .companyFit(context): "fits \(Self.kind(context))"
        case .pinned: "pinned by you"
        case .added: "added by you"
        case .general: "a good question for anyone"
        }
    }

    /// The kind of company, with its article: "an enterprise", "a VC-funded company".
    private static func kind(_ context: CompanyContext) -> String {
        switch context {
        case .startup: "a startup"
        case .scaleup: "a scale-up"
        case .enterprise: "an enterprise"
        case .private: "a private company"
        case .public: "a public company"
        case .bootstrapped: "a bootstrapped company"
        case .vcFunded: "a VC-funded company"
        case .consultancy: "a consultancy"
        case .agency: "an agency"
        case .nonprofit: "a nonprofit"
        case .government: "the public sector"
        }
    }
}

import Foundation

/// Who a question is meant for; `any` suits every interviewer.
public enum Audience: String, Choice {
    case hiringManager = "hiring-manager"
    case engineer, recruiter, executive, any
    public var label: String { defaultLabel }

    /// Whether a question for this audience suits someone in the given role.
    public func suits(_ role: RoleKind) -> Bool {
        switch self {
        case .any: true
        case .hiringManager: role == .hiringManager
        case .engineer: role == .engineer
        case .recruiter: role == .recruiter
        case .executive: role == .executive
        }
    }
}

/// The kinds of company a question fits; a question with none fits every company.
public enum CompanyContext: String, Choice {
    case startup, scaleup, enterprise, `private`, `public`, bootstrapped
    case vcFunded = "vc-funded"
    case consultancy, agency, nonprofit, government
    public var label: String { self == .vcFunded ? "VC-funded" : defaultLabel }
}

/// Whether a question came with Candor or was written by the candidate.
public enum QuestionOrigin: String, Choice {
    case starter, own
    public var label: String { self == .own ? "Yours" : "Starter" }
}

/// Questions with a fixed part in every plan.
public enum QuestionSpecial: String, Choice {
    /// The closing question on what the interviewer loves about the company.
    case closingLove = "closing-love"
    /// The closing question on what the company could do better.
    case closingImprove = "closing-improve"
    /// A wording of "why does the team need this role, and what would success look like".
    case whyRole = "why-role"
    public var label: String {
        switch self {
        case .closingLove: "Closing: what they love"
        case .closingImprove: "Closing: what could be better"
        case .whyRole: "Why this role"
        }
    }
}

/// How far a question put to one interviewer has got.
public enum AskStatus: String, Choice {
    case planned, asked, answered, skipped, dodged
    public var label: String { defaultLabel }
}

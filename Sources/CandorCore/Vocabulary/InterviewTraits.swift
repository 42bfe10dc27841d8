import Foundation

/// What an interview is for.
public enum InterviewKind: String, Choice {
    case recruiterScreen = "recruiter-screen"
    case hiringManager = "hiring-manager"
    case technical
    case systemDesign = "system-design"
    case pairing, behavioral, panel, onsite, executive
    case teamMatch = "team-match"
    case offerCall = "offer-call"
    case other

    public var label: String { defaultLabel }

    /// The kind a panel suggests when the candidate does not say: several people make a panel,
    /// one person the interview their role usually gives.
    public static func suggested(for roles: [RoleKind]) -> InterviewKind {
        guard roles.count == 1, let role = roles.first else { return roles.isEmpty ? .other : .panel }
        switch role {
        case .hiringManager, .engineeringManager: return .hiringManager
        case .recruiter: return .recruiterScreen
        case .engineer, .dataScientist: return .technical
        case .executive: return .executive
        case .productManager, .designer, .peer: return .behavioral
        case .other: return .other
        }
    }
}

/// How the interview takes place.
public enum InterviewFormat: String, Choice {
    case video, phone, onsite
    public var label: String { self == .onsite ? "On site" : defaultLabel }
}

/// Where an interview stands.
public enum InterviewStatus: String, Choice {
    case scheduled, done, cancelled
    public var label: String { defaultLabel }
}

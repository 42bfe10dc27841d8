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

import Foundation

/// The part a person plays in the hiring process; decides which questions suit them.
public enum RoleKind: String, Choice {
    case hiringManager = "hiring-manager"
    case engineer, recruiter, executive, other

    public var label: String { defaultLabel }
}

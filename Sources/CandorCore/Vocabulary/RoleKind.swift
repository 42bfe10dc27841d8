import Foundation

/// The part a person plays in the hiring process; decides which questions suit them.
public enum RoleKind: String, Choice {
    case hiringManager = "hiring-manager"
    case engineer, recruiter, executive
    case productManager = "product-manager"
    case designer
    case dataScientist = "data-scientist"
    case engineeringManager = "engineering-manager"
    /// Someone from another team who works with this one.
    case peer
    case other

    public var label: String {
        switch self {
        case .peer: "Peer from another team"
        default: defaultLabel
        }
    }
}

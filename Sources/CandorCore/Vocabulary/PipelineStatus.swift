import Foundation

/// Where a company stands in the candidate's search, in the order a search usually runs.
public enum PipelineStatus: String, Choice {
    case researching, applied, interviewing, offer, accepted, declined, rejected, withdrawn, ghosted

    public var label: String { defaultLabel }

    /// Whether the candidate still has something to do or wait for at this company.
    public var isActive: Bool {
        switch self {
        case .researching, .applied, .interviewing, .offer: true
        case .accepted, .declined, .rejected, .withdrawn, .ghosted: false
        }
    }
}

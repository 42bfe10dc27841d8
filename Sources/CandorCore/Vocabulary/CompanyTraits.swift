import Foundation

/// How far along a company is; drives which questions fit it.
public enum CompanyStage: String, Choice {
    case startup, scaleup, enterprise
    public var label: String { defaultLabel }
}

/// Whether the company's shares trade publicly.
public enum Ownership: String, Choice {
    case `private`, `public`
    public var label: String { defaultLabel }
}

/// Where the company's money comes from.
public enum Funding: String, Choice {
    case bootstrapped
    case vcFunded = "vc-funded"
    case `public`
    case other
    public var label: String {
        switch self {
        case .vcFunded: "VC-funded"
        case .public: "Public markets"
        default: defaultLabel
        }
    }
}

/// What kind of organisation the company is.
public enum CompanyKind: String, Choice {
    case product, consultancy, agency, nonprofit, government
    public var label: String { defaultLabel }
}

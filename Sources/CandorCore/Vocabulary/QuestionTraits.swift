import Foundation

/// Who a question is meant for; `any` suits every interviewer.
public enum Audience: String, Choice {
    case hiringManager = "hiring-manager"
    case engineer, recruiter, executive
    case productManager = "product-manager"
    case designer
    case dataScientist = "data-scientist"
    case engineeringManager = "engineering-manager"
    case peer, any
    public var label: String { self == .peer ? "Peer from another team" : defaultLabel }

    /// Whether a question for this audience suits someone in the given role.
    ///
    /// Each role takes its own questions; an engineering manager also takes the hiring
    /// manager's and the engineers' questions on how the work is done, and a data scientist
    /// the engineers'.
    public func suits(_ role: RoleKind) -> Bool {
        switch self {
        case .any: true
        case .hiringManager: role == .hiringManager || role == .engineeringManager
        case .engineer: role == .engineer || role == .dataScientist || role == .engineeringManager
        case .recruiter: role == .recruiter
        case .executive: role == .executive
        case .productManager: role == .productManager
        case .designer: role == .designer
        case .dataScientist: role == .dataScientist
        case .engineeringManager: role == .engineeringManager
        case .peer: role == .peer
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

    /// The statuses a person sets by hand; `answered` follows from saving an answer.
    public static let settable: [AskStatus] = [.planned, .asked, .skipped, .dodged]

    /// The statuses a saved answer (one that is not blank) turns into `answered`. A question
    /// marked skipped or dodged keeps its status when a note is typed under it: the candidate
    /// said what happened, and the note explains it.
    public static let answeredBySaving: [AskStatus] = [.planned, .asked]

    /// Refuses a status a person may not set, naming the ones they may.
    public static func checkSettable(_ status: AskStatus) throws {
        _ = try parseSettable(status.rawValue)
    }

    /// A status typed or sent by a person: one of ``settable``, or an error naming them.
    public static func parseSettable(_ text: String, field: String = "status") throws -> AskStatus {
        guard let status = AskStatus(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()), settable.contains(status) else {
            throw CandorError.invalidChoice(field: field, value: text, allowed: settable.map(\.rawValue))
        }
        return status
    }
}

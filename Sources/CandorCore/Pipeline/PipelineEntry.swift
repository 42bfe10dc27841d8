import Foundation

/// One company as the pipeline shows it: where it stands, what is next, how long it has been quiet.
public struct PipelineEntry: Equatable, Sendable {
    public var company: Company
    /// The next scheduled interview, if any.
    public var nextInterview: Interview?
    /// The last contact: the latest held interview or status change.
    public var lastContact: Date
    public var daysSinceContact: Int
    /// What to do next, in a few words.
    public var nextStep: String

    /// Entries for every company, sorted by next action: the soonest interview first, then
    /// active companies quiet the longest (they need a follow-up), then closed ones.
    public static func build(companies: [Company], interviews: [Interview], now: Date) -> [PipelineEntry] {
        let byCompany = Dictionary(grouping: interviews.filter { $0.status != .cancelled }, by: \.companyID)
        let entries = companies.map { company -> PipelineEntry in
            let own = (byCompany[company.id] ?? []).sorted { $0.startsAt < $1.startsAt }
            let next = own.first { $0.startsAt >= now && $0.status == .scheduled }
            let lastHeld = own.last { $0.startsAt < now }?.startsAt
            let lastContact = max(lastHeld ?? .distantPast, company.lastStatusChange)
            let days = max(0, Int(now.timeIntervalSince(lastContact) / 86_400))
            return PipelineEntry(
                company: company, nextInterview: next, lastContact: lastContact, daysSinceContact: days,
                nextStep: nextStep(company.status, next: next, quietDays: days))
        }
        return entries.sorted { a, b in
            switch (a.nextInterview, b.nextInterview) {
            case let (x?, y?): return x.startsAt < y.startsAt
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil):
                if a.company.status.isActive != b.company.status.isActive { return a.company.status.isActive }
                if a.daysSinceContact != b.daysSinceContact { return a.daysSinceContact > b.daysSinceContact }
                return a.company.name.matchKey < b.company.name.matchKey
            }
        }
    }

    private static func nextStep(_ status: PipelineStatus, next: Interview?, quietDays: Int) -> String {
        if let next { return next.kind == .other ? "Interview" : "\(next.kind.label) interview" }
        switch status {
        case .researching: return "Decide whether to apply"
        case .applied: return quietDays >= 7 ? "Follow up on the application" : "Wait for a reply"
        case .interviewing: return quietDays >= 5 ? "Ask about next steps" : "Wait for the next round"
        case .offer: return "Decide on the offer"
        case .accepted, .declined, .rejected, .withdrawn, .ghosted: return "Nothing: closed"
        }
    }
}

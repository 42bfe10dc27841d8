import Foundation

/// The follow-up question for a theme raised as a problem, and who is best placed to answer it.
///
/// Worded to "pry it open": it names no one (the candidate knows who said it) and asks for
/// what is being done, so a known problem turns into a view of how the company handles problems.
extension Theme {
    public var followUpQuestion: String {
        switch self {
        case .people: "Working relationships came up as a sore point. When two people on the team clash, what actually happens next?"
        case .mission: "Some doubt about the product came up. Which customers would miss it most if it vanished tomorrow, and how do you know?"
        case .growth: "Growth came up as a gap. What did the last person promoted on this team do to get there, and who helped them?"
        case .autonomy: "Room to decide came up as limited. Which decisions could I make on my own in this role, and which need sign-off?"
        case .workLife: "Long hours came up. How many evenings or weekends did the team work last quarter, and what was done about it?"
        case .remote: "Remote work came up as a pain. How are decisions shared with people who were not in the room?"
        case .management: "Leadership came up as a concern. What changed the last time the team pushed back on a decision from above?"
        case .communication: "Information flow came up. How did the team last find out about a decision that affected its work?"
        case .process: "Process came up as heavy. What is one approval or meeting the team dropped recently, and what made it possible?"
        case .pace: "The pace came up. What does a typical week look like when something urgent lands?"
        case .engineering: "Engineering practice came up as weak. What is the team improving right now, and how much time does it get?"
        case .techDebt: "Technical debt came up. When did the team last get time to pay some down, and who decided it could?"
        case .compensation: "Pay came up. How are salary reviews done, and how often do they happen?"
        case .stability: "Stability came up. How long is the runway, and how many people left the team in the last year?"
        case .inclusion: "Inclusion came up. What has the team changed to make sure everyone is heard and treated fairly?"
        case .feedback: "Speaking up came up as hard. Tell me about the last mistake someone owned publicly: what happened to them?"
        case .onCall: "On-call load came up. How many times was someone woken up last month, and what is being done to lower it?"
        case .priorities: "Shifting priorities came up. How many times did the roadmap change last quarter, and how was that decided?"
        case .staffing: "Workload came up. What would the team stop doing if no one new joined, and what is the hiring plan?"
        case .ethics: "Business practices came up. What is something the company chose not to do because it felt wrong?"
        case .roleClarity: "The scope of this role came up as unclear. What would I own in my first three months, and who decides that?"
        case .workspace: "Working conditions came up. What equipment, space or setup would I have on day one?"
        }
    }

    /// The role best placed to answer the follow-up honestly.
    public var followUpRole: RoleKind {
        switch self {
        case .engineering, .techDebt, .onCall, .people, .pace, .remote, .feedback: .engineer
        case .compensation, .workspace, .inclusion: .recruiter
        case .mission, .stability, .ethics: .executive
        case .growth, .autonomy, .workLife, .management, .communication, .process, .priorities, .staffing, .roleClarity:
            .hiringManager
        }
    }
}

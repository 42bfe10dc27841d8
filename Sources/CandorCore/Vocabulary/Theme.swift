import Foundation

/// The workplace themes shared by the question bank, the profile and the insights.
///
/// Ids come from `shared/design/themes.md` and are public interface: keep them exactly.
public enum Theme: String, Choice {
    case people, mission, growth, autonomy
    case workLife = "work-life"
    case remote, management, communication, process, pace, engineering
    case techDebt = "tech-debt"
    case compensation, stability, inclusion, feedback
    case onCall = "on-call"
    case priorities, staffing, ethics
    case roleClarity = "role-clarity"
    case workspace

    public var label: String {
        switch self {
        case .people: "Colleagues"
        case .mission: "Mission and product"
        case .growth: "Learning and growth"
        case .autonomy: "Autonomy and ownership"
        case .workLife: "Work-life balance"
        case .remote: "Remote and hybrid work"
        case .management: "Management and leadership"
        case .communication: "Communication and transparency"
        case .process: "Process and bureaucracy"
        case .pace: "Pace"
        case .engineering: "Engineering practice"
        case .techDebt: "Technical debt"
        case .compensation: "Pay and benefits"
        case .stability: "Stability"
        case .inclusion: "Diversity and inclusion"
        case .feedback: "Feedback and psychological safety"
        case .onCall: "On-call and operations"
        case .priorities: "Focus and priorities"
        case .staffing: "Staffing and workload"
        case .ethics: "Ethics and social impact"
        case .roleClarity: "Role clarity"
        case .workspace: "Workspace and tools"
        }
    }

    /// One line on what the theme covers, used as a hint in forms.
    public var summary: String {
        switch self {
        case .people: "Whether teammates are skilled, kind and easy to work with."
        case .mission: "Belief in the product, its customers and the good it does."
        case .growth: "Mentoring, learning time and a visible path to the next level."
        case .autonomy: "Being trusted to decide and to own work from start to finish."
        case .workLife: "Reasonable hours, flexibility and time off that is respected."
        case .remote: "How well remote and hybrid people are included and supported."
        case .management: "The quality of managers and of the leadership above them."
        case .communication: "How openly information and decisions travel across the company."
        case .process: "How much process, approval and meeting time the work carries."
        case .pace: "How fast things move, and whether speed turns into chaos."
        case .engineering: "Reviews, tests, delivery pipelines and tooling."
        case .techDebt: "The state of the codebase and time to keep it healthy."
        case .compensation: "Salary, equity, bonus and benefits."
        case .stability: "Funding, profitability, layoffs and staff turnover."
        case .inclusion: "Diversity of the team and fair treatment of everyone."
        case .feedback: "Honest feedback both ways and safety to make mistakes."
        case .onCall: "Incident load, pager rotations and operational calm."
        case .priorities: "A clear roadmap versus priorities that keep shifting."
        case .staffing: "Whether the team has enough people for its load."
        case .ethics: "How the business treats customers, data and the world."
        case .roleClarity: "Whether the role's scope and expectations are clear."
        case .workspace: "Office, equipment and the physical conditions for work."
        }
    }
}

import CandorCore
import Foundation

/// Turns the generated answers back into one `InsightInput` per company, as the store would.
enum CompanyInputs {
    /// The candidate whose profile every company is judged against.
    static let profile = Profile(
        values: [.growth, .autonomy, .workLife], valuePhrases: ["pair programming"],
        dealbreakers: [.onCall, .ethics], dealbreakerPhrases: ["ad tech", "unpaid overtime"])

    /// One input per company, in the order companies first appear in `answers`.
    static func make(_ answers: [BenchAnswer]) -> [InsightInput] {
        var order: [String] = []
        var byCompany: [String: [BenchAnswer]] = [:]
        for answer in answers {
            if byCompany[answer.company] == nil { order.append(answer.company) }
            byCompany[answer.company, default: []].append(answer)
        }
        var ids = IDMaker()
        return order.map { company in input(company, byCompany[company] ?? [], ids: &ids) }
    }

    private static func input(_ company: String, _ answers: [BenchAnswer], ids: inout IDMaker) -> InsightInput {
        var people: [InsightPerson] = []
        var personID: [String: UUID] = [:]
        var interviews: [InsightInterview] = []
        var interviewID: [Int: UUID] = [:]
        var gut: [GutFeeling] = []
        var insightAnswers: [InsightAnswer] = []
        insightAnswers.reserveCapacity(answers.count)
        for answer in answers {
            if interviewID[answer.interview] == nil {
                let id = ids.next()
                interviewID[answer.interview] = id
                interviews.append(InsightInterview(
                    id: id, startsAt: startOf(answer.day), day: answer.day,
                    minutesPlanned: 10, minutesGiven: answer.minutesGiven))
            }
            if personID[answer.interviewer] == nil {
                let id = ids.next()
                personID[answer.interviewer] = id
                people.append(InsightPerson(id: id, name: answer.interviewer,
                                            roleKind: RoleKind(rawValue: answer.role) ?? .other))
                gut.append(GutFeeling(interviewID: interviewID[answer.interview]!, personID: id, score: answer.gut))
            }
            let special: QuestionSpecial? = switch answer.side {
            case "love": .closingLove
            case "improve": .closingImprove
            default: nil
            }
            insightAnswers.append(InsightAnswer(
                askID: ids.next(), interviewID: interviewID[answer.interview]!, personID: personID[answer.interviewer]!,
                questionText: answer.question, special: special, status: .answered, text: answer.text))
        }
        return InsightInput(companyName: company, profile: profile, people: people, interviews: interviews,
                            answers: insightAnswers, gutFeelings: gut)
    }

    /// 10:00 UTC on a YYYY-MM-DD day; only the order of interviews matters here.
    private static func startOf(_ day: String) -> Date {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return .distantPast }
        let days = (parts[0] - 1970) * 365 + (parts[1] - 1) * 31 + parts[2]
        return Date(timeIntervalSince1970: Double(days) * 86_400 + 36_000)
    }
}

/// Deterministic UUIDs from a counter, so two runs build identical inputs.
struct IDMaker {
    private var counter: UInt64 = 0

    mutating func next() -> UUID {
        counter += 1
        let c = counter
        return UUID(uuid: (0xC4, 0x4D, 0x0B, 0xE7, 0, 0, 0x40, 0, 0x80, 0,
                           UInt8(truncatingIfNeeded: c >> 40), UInt8(truncatingIfNeeded: c >> 32),
                           UInt8(truncatingIfNeeded: c >> 24), UInt8(truncatingIfNeeded: c >> 16),
                           UInt8(truncatingIfNeeded: c >> 8), UInt8(truncatingIfNeeded: c)))
    }
}

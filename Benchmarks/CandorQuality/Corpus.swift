import CandorCore
import Foundation

/// One fictional company of the labelled corpus (`Benchmarks/Corpus/*.jsonl`, one per line).
struct CorpusCompany: Decodable {
    struct Candidate: Decodable {
        var values: [Theme]
        var dealbreakers: [Theme]
    }

    struct Interviewer: Decodable {
        var name: String
        /// The corpus names roles Candor may not know yet (designer, data scientist…).
        var role: String
    }

    var id: String
    var name: String
    var kind: String
    var profile: Candidate
    var interviewers: [Interviewer]
    var answers: [CorpusAnswer]
}

/// One answer with what a careful reader labelled in it.
struct CorpusAnswer: Decodable {
    enum Question: String, Decodable { case love, improve, whyRole = "why-role" }
    enum Side: String, Decodable { case loved, problem }

    struct Label: Decodable, Hashable {
        var theme: Theme
        var side: Side
    }

    var person: String
    var question: Question
    var style: String
    var text: String
    var labels: [Label]
    /// For why-this-role answers: "concrete" or "vague".
    var why: String?
    var dodge: Bool?

    var isClosing: Bool { question != .whyRole }
    var special: QuestionSpecial {
        switch question {
        case .love: .closingLove
        case .improve: .closingImprove
        case .whyRole: .whyRole
        }
    }
}

extension CorpusAnswer.Side {
    var polarity: Polarity { self == .loved ? .positive : .negative }
}

enum Corpus {
    /// The companies of one split file, in file order.
    static func load(_ path: String) throws -> [CorpusCompany] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").enumerated().map { number, line in
            do {
                return try decoder.decode(CorpusCompany.self, from: Data(line.utf8))
            } catch {
                throw QualityError("\(path), line \(number + 1): \(error)")
            }
        }
    }
}

/// The company as Candor would hold it after the interviews: one interview per interviewer, a
/// day apart, each asked the two closing questions (and the hiring manager why the role exists).
struct CompanyCase {
    let company: CorpusCompany
    let input: InsightInput
    /// The corpus answer behind each ask.
    let answers: [UUID: CorpusAnswer]

    init(_ company: CorpusCompany) {
        self.company = company
        var ids = StableIDs(seed: company.id)
        let people = company.interviewers.map { person in
            InsightPerson(id: ids.next(), name: person.name, roleKind: RoleKind(rawValue: person.role) ?? .other)
        }
        let personID = Dictionary(zip(company.interviewers.map(\.name), people.map(\.id)), uniquingKeysWith: { first, _ in first })
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var interviews: [UUID: InsightInterview] = [:]
        var answers: [InsightAnswer] = []
        var byAsk: [UUID: CorpusAnswer] = [:]
        for (position, person) in people.enumerated() {
            let interview = InsightInterview(
                id: ids.next(), startsAt: start.addingTimeInterval(Double(position) * 86_400),
                day: "2027-01-\(String(format: "%02d", position + 1))", minutesPlanned: 10, minutesGiven: 10)
            interviews[person.id] = interview
        }
        for answer in company.answers {
            guard let person = personID[answer.person], let interview = interviews[person] else { continue }
            let askID = ids.next()
            byAsk[askID] = answer
            answers.append(InsightAnswer(
                askID: askID, interviewID: interview.id, personID: person, questionText: answer.question.rawValue,
                special: answer.special, status: answer.dodge == true ? .dodged : .answered, text: answer.text))
        }
        let profile = Profile(values: company.profile.values, dealbreakers: company.profile.dealbreakers)
        input = InsightInput(companyName: company.name, profile: profile, people: people,
                             interviews: interviews.values.sorted { $0.startsAt < $1.startsAt }, answers: answers)
        self.answers = byAsk
    }
}

/// UUIDs that are the same on every run, so the reports are too.
struct StableIDs {
    private var state: UInt64

    init(seed: String) {
        state = seed.utf8.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }

    mutating func next() -> UUID {
        var bytes = [UInt8](repeating: 0, count: 16)
        for half in 0..<2 {
            state = state &+ 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            for byte in 0..<8 { bytes[half * 8 + byte] = UInt8(truncatingIfNeeded: z >> (8 * UInt64(byte))) }
        }
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}

struct QualityError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

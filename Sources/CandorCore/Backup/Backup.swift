import Foundation

/// A whole account written to one JSON file, and read back by a restore.
///
/// The file is self-describing (`format`, `version`) so a foreign or newer file is refused
/// with a clear message before anything is written.
public struct Backup: Codable, Equatable, Sendable {
    public static let formatName = "candor-backup"
    public static let currentVersion = 1
    /// Restores read files up to this size; a backup of a very busy search is a few megabytes.
    public static let maxBytes = 50 * 1024 * 1024

    public var format: String
    public var version: Int
    public var profile: Profile
    public var companies: [Company]
    public var people: [Person]
    public var interviews: [Interview]
    public var questions: [Question]
    /// Starter questions the candidate deleted, so upgrades do not bring them back.
    public var dismissedStarterKeys: [String]
    public var asks: [Ask]
    /// Questions the candidate dropped from an interview's plan.
    public var planDrops: [PlanDrop]
    /// How the candidate felt about each interviewer.
    public var gutFeelings: [GutFeeling]
    /// Offers the companies made. Missing from backups written before offers existed.
    public var offers: [Offer]

    public init(
        profile: Profile, companies: [Company], people: [Person], interviews: [Interview],
        questions: [Question], dismissedStarterKeys: [String] = [], asks: [Ask], planDrops: [PlanDrop] = [], gutFeelings: [GutFeeling] = [],
        offers: [Offer] = []
    ) {
        self.format = Self.formatName
        self.version = Self.currentVersion
        self.profile = profile
        self.companies = companies
        self.people = people
        self.interviews = interviews
        self.questions = questions
        self.dismissedStarterKeys = dismissedStarterKeys
        self.asks = asks
        self.planDrops = planDrops
        self.gutFeelings = gutFeelings
        self.offers = offers
    }

    enum CodingKeys: String, CodingKey {
        case format, version, profile, companies, people, interviews, questions, dismissedStarterKeys, asks
        case planDrops, gutFeelings, offers
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            profile: try container.decode(Profile.self, forKey: .profile),
            companies: try container.decode([Company].self, forKey: .companies),
            people: try container.decode([Person].self, forKey: .people),
            interviews: try container.decode([Interview].self, forKey: .interviews),
            questions: try container.decode([Question].self, forKey: .questions),
            dismissedStarterKeys: try container.decode([String].self, forKey: .dismissedStarterKeys),
            asks: try container.decode([Ask].self, forKey: .asks),
            planDrops: try container.decode([PlanDrop].self, forKey: .planDrops),
            gutFeelings: try container.decode([GutFeeling].self, forKey: .gutFeelings),
            offers: try container.decodeIfPresent([Offer].self, forKey: .offers) ?? [])
        format = try container.decode(String.self, forKey: .format)
        version = try container.decode(Int.self, forKey: .version)
    }

    /// The backup as JSON text, stable for the same data.
    public func encoded() throws -> Data {
        try CandorJSON.encoder().encode(self)
    }

    /// Reads a backup, refusing anything that is not a complete, consistent Candor backup.
    public static func decode(_ data: Data) throws -> Backup {
        guard !data.isEmpty else { throw CandorError.invalidBackup(reason: "the file is empty") }
        guard data.count <= maxBytes else {
            throw CandorError.invalidBackup(reason: "the file is larger than \(maxBytes / 1024 / 1024) MB")
        }
        struct Header: Decodable { var format: String?; var version: Int? }
        let header: Header
        do {
            header = try CandorJSON.decoder().decode(Header.self, from: data)
        } catch {
            throw CandorError.invalidBackup(reason: "the file is not JSON")
        }
        guard header.format == formatName else {
            throw CandorError.invalidBackup(reason: "it does not say \"format\": \"\(formatName)\"")
        }
        guard let version = header.version, version >= 1 else {
            throw CandorError.invalidBackup(reason: "it has no version number")
        }
        guard version <= currentVersion else {
            throw CandorError.invalidBackup(reason: "it was made by a newer Candor (version \(version)); update Candor first")
        }
        let backup: Backup
        do {
            backup = try CandorJSON.decoder().decode(Backup.self, from: data)
        } catch let error as DecodingError {
            throw CandorError.invalidBackup(reason: describe(error))
        }
        try backup.checkConsistency()
        return backup
    }

    /// Checks that every reference points at something in the same backup and that each
    /// record would pass the same validation as typed input.
    public func checkConsistency() throws {
        func fail(_ reason: String) -> CandorError { .invalidBackup(reason: reason) }
        try within("the profile") { _ = try profile.validated() }
        let companyIDs = Set(companies.map(\.id))
        guard companyIDs.count == companies.count else { throw fail("two companies share an id") }
        for (index, company) in companies.enumerated() {
            try within("company \(index + 1)") { _ = try company.draft.validated() }
            guard !company.statusHistory.isEmpty else { throw fail("company '\(company.name)' has no status history") }
        }
        let personIDs = Set(people.map(\.id))
        guard personIDs.count == people.count else { throw fail("two people share an id") }
        for (index, person) in people.enumerated() {
            try within("person \(index + 1)") { _ = try person.draft.validated() }
            guard companyIDs.contains(person.companyID) else {
                throw fail("person '\(person.name)' belongs to a company that is not in the file")
            }
        }
        let interviewIDs = Set(interviews.map(\.id))
        guard interviewIDs.count == interviews.count else { throw fail("two interviews share an id") }
        for interview in interviews {
            guard companyIDs.contains(interview.companyID) else {
                throw fail("interview \(interview.id) belongs to a company that is not in the file")
            }
            try within("interview \(interview.id)") { _ = try interview.draft.validated() }
            for participant in interview.participants where !personIDs.contains(participant.personID) {
                throw fail("interview \(interview.id) names a participant who is not in the file")
            }
        }
        let questionIDs = Set(questions.map(\.id))
        guard questionIDs.count == questions.count else { throw fail("two questions share an id") }
        for (index, question) in questions.enumerated() {
            try within("question \(index + 1)") { _ = try question.draft.validated() }
        }
        for ask in asks {
            try within("answer \(ask.id)") {
                _ = try FieldCheck.required(ask.questionText, field: "question", maxLength: QuestionDraft.maxTextLength)
                if let answer = ask.answer { try Ask.checkAnswer(answer) }
            }
            guard interviewIDs.contains(ask.interviewID), personIDs.contains(ask.personID) else {
                throw fail("answer \(ask.id) points at an interview or person that is not in the file")
            }
            if let questionID = ask.questionID, !questionIDs.contains(questionID) {
                throw fail("answer \(ask.id) points at a question that is not in the file")
            }
        }
        try checkDrops(interviewIDs: interviewIDs, questionIDs: questionIDs)
        for offer in offers {
            guard companyIDs.contains(offer.companyID) else {
                throw fail("an offer belongs to a company that is not in the file")
            }
            try within("an offer") { _ = try offer.terms.validated() }
        }
        guard Set(offers.map(\.companyID)).count == offers.count else { throw fail("a company has two offers") }
        for feeling in gutFeelings {
            guard interviewIDs.contains(feeling.interviewID), personIDs.contains(feeling.personID), GutFeeling.range.contains(feeling.score) else {
                throw fail("a gut feeling points at an interview or person that is not in the file, or is not 1 to 5")
            }
        }
    }

    /// Runs a record's own validation, naming the record (by position or id, never by text
    /// that may itself be what is wrong) when it fails.
    private func within(_ record: String, _ check: () throws -> Void) throws {
        do {
            try check()
        } catch let error as CandorError {
            throw CandorError.invalidBackup(reason: "\(record): \(error.errorDescription ?? "is not valid")")
        }
    }

    /// Checks the plan drops point at interviews and questions in the file.
    func checkDrops(interviewIDs: Set<UUID>, questionIDs: Set<UUID>) throws {
        for drop in planDrops where !interviewIDs.contains(drop.interviewID) || !questionIDs.contains(drop.questionID) {
            throw CandorError.invalidBackup(reason: "a dropped question points at an interview or question that is not in the file")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "the top level" : keys.joined(separator: ".")
        }
        switch error {
        case let .keyNotFound(key, context):
            return "'\(key.stringValue)' is missing at \(path(context))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return "unexpected value at \(path(context))"
        case let .dataCorrupted(context):
            return "unreadable value at \(path(context))"
        @unknown default:
            return "the file does not match the backup format"
        }
    }
}

/// A question the candidate dropped from one interview's plan.
public struct PlanDrop: Codable, Equatable, Sendable {
    public var interviewID: UUID
    public var questionID: UUID

    public init(interviewID: UUID, questionID: UUID) {
        self.interviewID = interviewID
        self.questionID = questionID
    }
}

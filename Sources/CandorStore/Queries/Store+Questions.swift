import CandorCore
import FluentKit
import SQLKit
import Foundation

extension Store {
    /// The bank, oldest first; retired questions only when asked for.
    public func questions(includeRetired: Bool = false) async throws -> [Question] {
        try QuestionModel.inBankOrder(try await rows(QuestionModel.self) {
            includeRetired ? $0 : $0.where("retired", .equal, SQLBind(false))
        })
    }

    /// The questions with these ids, in no particular order: what a plan's asks need to know
    /// of their questions, without reading the whole bank.
    func questions(ids: Set<UUID>) async throws -> [Question] {
        guard !ids.isEmpty else { return [] }
        return try await rows(QuestionModel.self) { $0.where("id", in: Array(ids)) }.map { try $0.record() }
    }

    /// The active closing and why-this-role questions, in bank order: what an interview's
    /// budget is made from, without reading the whole bank.
    func specialQuestions() async throws -> [Question] {
        try QuestionModel.inBankOrder(try await QuestionModel.query(on: db).filter(\.$accountID == accountID)
            .filter(\.$retired == false).filter(\.$special != nil).all())
    }

    /// The minutes kept for the candidate's questions in this interview: what they set, or the
    /// default for its panel (`QuestionBudget`).
    public func questionBudget(for interview: Interview) async throws -> QuestionBudget {
        QuestionBudget(interview: interview, profileDefault: try await profile().defaultQuestionMinutes,
                       bank: try await specialQuestions())
    }

    /// The two closing questions, added with their default wording when missing.
    ///
    /// They carry fixed starter keys, so the unique key on (account, starter key) stops two
    /// processes from both adding them.
    @discardableResult
    public func ensureClosingQuestions() async throws -> (love: Question, improve: Question) {
        for special in [QuestionSpecial.closingLove, .closingImprove] {
            let exists = try await QuestionModel.query(on: db).filter(\.$accountID == accountID)
                .filter(\.$special == special.rawValue).first() != nil
            guard !exists, let text = ClosingQuestions.defaultText(for: special) else { continue }
            let model = QuestionModel()
            model.id = UUID()
            model.accountID = accountID
            model.apply(Question(
                id: model.id!, text: text, category: "closing", audiences: [.any], minutes: 3,
                purpose: special == .closingLove
                    ? "Asked of everyone: the same love from several people shows what the company really is."
                    : "Asked of everyone: a problem several people name is a pattern, not a bad day.",
                origin: .starter, starterKey: special.rawValue, special: special,
                createdAt: now(), updatedAt: now()))
            model.sequence = 0
            do { try await model.create(on: db) } catch where StoreError.isUniqueViolation(error) {}
        }
        let specials = try await QuestionModel.query(on: db).filter(\.$accountID == accountID)
            .filter(\.$special ~~ [QuestionSpecial.closingLove.rawValue, QuestionSpecial.closingImprove.rawValue])
            .all().map { try $0.record() }
        guard let love = specials.first(where: { $0.special == .closingLove }),
              let improve = specials.first(where: { $0.special == .closingImprove })
        else { throw CandorError.notAllowed(reason: "The closing questions are missing from the bank.") }
        return (love, improve)
    }

    /// What was asked in an interview, in plan order.
    public func asks(interviewID: UUID) async throws -> [Ask] {
        try await rows(AskModel.self) { $0.where("interview_id", .equal, SQLBind(interviewID)).orderBy("position") }
            .map { try $0.record() }
    }

    /// Everything asked at a company, for its page.
    public func asks(companyID: UUID) async throws -> [Ask] {
        let ids = try await interviewIDs(companyID: companyID)
        guard !ids.isEmpty else { return [] }
        return try await rows(AskModel.self) { $0.where("interview_id", in: ids) }.map { try $0.record() }
            .sorted { ($0.createdAt, $0.position) < ($1.createdAt, $1.position) }
    }
}

extension QuestionModel {
    /// Where the question sorts in the bank. Bank order: starter questions in the order Candor
    /// ships them, then the candidate's own in the order they were added; ties by id, so
    /// listings and backups are stable.
    var bankKey: BankKey {
        BankKey(rank: starterKey.flatMap { StarterBankResource.order[$0] } ?? Int.max, sequence: sequence,
                createdAt: createdAt, id: id!.uuidString)
    }

    /// The records of `models` in bank order. Each key is read from the model once: comparing
    /// models directly reads their stored fields over and over, a third of a plan page's time.
    static func inBankOrder(_ models: [QuestionModel]) throws -> [Question] {
        try models.map { ($0.bankKey, try $0.record()) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    struct BankKey: Comparable {
        var rank: Int
        var sequence: Int
        var createdAt: Date
        var id: String

        static func < (a: BankKey, b: BankKey) -> Bool {
            (a.rank, a.sequence, a.createdAt, a.id) < (b.rank, b.sequence, b.createdAt, b.id)
        }
    }
}

extension QuestionModel {
    /// Copies every stored field of `question` (a restore or the closing-question fallback).
    func apply(_ question: Question) {
        applyDraft(question.draft)
        origin = question.origin.rawValue
        retired = question.retired
        starterKey = question.starterKey
        special = question.special?.rawValue
        edited = question.edited
        createdAt = question.createdAt
        updatedAt = question.updatedAt
    }

    func record() throws -> Question {
        Question(
            id: id!, text: text, category: category,
            audiences: try Audience.storedList(audiences, field: "audiences"),
            contexts: try CompanyContext.storedList(contexts, field: "contexts"),
            themes: try Theme.storedList(themes, field: "themes"),
            minutes: minutes, purpose: purpose, origin: try QuestionOrigin.stored(origin, field: "origin"),
            retired: retired, starterKey: starterKey, special: try QuestionSpecial.stored(special, field: "special"),
            askEveryone: askEveryone, edited: edited, createdAt: createdAt, updatedAt: updatedAt)
    }
}

extension AskModel {
    func apply(_ ask: Ask) {
        interviewID = ask.interviewID
        personID = ask.personID
        questionID = ask.questionID
        position = ask.position
        status = ask.status.rawValue
        questionText = ask.questionText
        answer = ask.answer
        createdAt = ask.createdAt
        updatedAt = ask.updatedAt
        askedAt = ask.askedAt
        answeredAt = ask.answeredAt
        pinned = ask.pinned
        tags = ask.tags.map(\.rawValue).joined(separator: ",")
        dismissedThemes = ask.dismissedThemes.map(\.rawValue).joined(separator: ",")
        reasons = (try? String(decoding: JSONEncoder().encode(ask.reasons), as: UTF8.self)) ?? "[]"
        version = ask.version
    }

    func record() throws -> Ask {
        Ask(
            id: id!, interviewID: interviewID, personID: personID, questionID: questionID, position: position,
            status: try AskStatus.stored(status, field: "status"), questionText: questionText, answer: answer,
            createdAt: createdAt, updatedAt: updatedAt, askedAt: askedAt, answeredAt: answeredAt, pinned: pinned,
            tags: try Theme.storedList(tags.split(separator: ",").map(String.init), field: "tags"),
            reasons: (try? JSONDecoder().decode([PlanReason].self, from: Data(reasons.utf8))) ?? [],
            version: version,
            dismissedThemes: try Theme.storedList(dismissedThemes.split(separator: ",").map(String.init), field: "dismissed themes"))
    }
}

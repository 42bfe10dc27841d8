import CandorCore
import FluentKit
import SQLKit
import Foundation

extension Store {
    /// What the answers given at a company add up to. Computed on each call from the stored
    /// answers and corrections (a few milliseconds), so nothing derived can go stale.
    /// `profile` saves a read when the caller already holds it.
    public func insight(companyID: UUID, profile: Profile? = nil) async throws -> CompanyInsight {
        InsightEngine.analyze(try await insightInput(companyID: companyID, profile: profile))
    }

    /// Companies side by side, in the order given, each with its offer if one was recorded.
    public func comparison(companyIDs: [UUID]) async throws -> Comparison {
        let profile = try await profile()
        var cache = StemCache()
        var compared: [ComparedCompany] = []
        for id in companyIDs.uniqued() {
            let company = try await company(id: id)
            let insight = InsightEngine.analyze(try await insightInput(companyID: id, profile: profile), cache: &cache)
            compared.append(ComparedCompany(
                companyID: id, name: company.name, status: company.status, insight: insight,
                dealbreakers: profile.dealbreakers, offer: try await offer(companyID: id)?.terms))
        }
        return Comparison(companies: compared)
    }

    /// Applies the candidate's correction to the themes of one answer.
    @discardableResult
    public func correctThemes(askID: UUID, _ correction: ThemeCorrection) async throws -> Ask {
        let row = try await askModel(id: askID)
        let ask = try row.record()
        try ask.checkCorrectable()
        let corrected = correction.applied(tags: ask.tags, dismissed: ask.dismissedThemes)
        row.tags = corrected.tags.map(\.rawValue).joined(separator: ",")
        row.dismissedThemes = corrected.dismissed.map(\.rawValue).joined(separator: ",")
        row.updatedAt = now()
        try await row.save(on: db)
        return try row.record()
    }

    /// Takes `theme` away from several answers at one company at once, as the candidate does
    /// from a flag that rests on a misreading: all of them or, when one is not an answered
    /// question of that company, none.
    public func dismissTheme(_ theme: Theme, askIDs: [UUID], companyID: UUID) async throws {
        guard !askIDs.isEmpty else {
            throw CandorError.invalidField(field: "ask", reason: "choose at least one answer to take the theme away from")
        }
        try await transaction { store in
            let interviews = Set(try await store.interviewIDs(companyID: store.company(id: companyID).id))
            for askID in askIDs.uniqued() {
                guard interviews.contains(try await store.askModel(id: askID).interviewID) else {
                    throw CandorError.notFound(kind: "answer at this company", reference: askID.short,
                                               hint: "Open the company's insight page and dismiss from there.")
                }
                try await store.correctThemes(askID: askID, .dismiss(theme))
            }
        }
    }

    /// The company's interviews, people and answers as the analysis reads them.
    public func insightInput(companyID: UUID, profile: Profile? = nil) async throws -> InsightInput {
        let company = try await company(id: companyID)
        let interviews = try await interviews(companyID: companyID)
        let asks = try await asks(companyID: companyID)
        // Only the questions these answers were given to, not the whole bank.
        let questions = Dictionary(try await questions(ids: Set(asks.compactMap(\.questionID))).map { ($0.id, $0) },
                                   uniquingKeysWith: { first, _ in first })
        let answers = asks.map { ask in
            let question = ask.questionID.flatMap { questions[$0] }
            return InsightAnswer(
                askID: ask.id, interviewID: ask.interviewID, personID: ask.personID, questionText: ask.questionText,
                special: question?.special, status: ask.status, text: ask.answer, tags: ask.tags,
                dismissed: ask.dismissedThemes, questionThemes: question?.themes ?? [])
        }
        let profile = if let profile { profile } else { try await self.profile() }
        let feelings = try await gutFeelings(interviewIDs: interviews.map(\.id))
        // A blank "minutes for your questions" is the panel's default, not zero.
        let specials = try await specialQuestions()
        return InsightInput(
            companyName: company.name,
            profile: profile,
            people: try await people(companyID: companyID).map { InsightPerson(id: $0.id, name: $0.name, roleKind: $0.roleKind) },
            interviews: interviews.map { interview in
                InsightInterview(id: interview.id, startsAt: interview.startsAt, day: interview.localDay,
                                 minutesPlanned: QuestionBudget(interview: interview, profileDefault: profile.defaultQuestionMinutes,
                                                                bank: specials).minutes,
                                 minutesGiven: interview.questionMinutesGiven)
            },
            answers: answers,
            gutFeelings: feelings)
    }
}

extension Interview {
    /// The interview's calendar day where it takes place, `YYYY-MM-DD`.
    var localDay: String {
        LocalTime.day(startsAt, in: TimeZone(identifier: timeZone) ?? .current)
    }
}

extension Store {
    /// The answer a reference means: its full id or a unique start of it (as `candor answers` and
    /// `candor analyze` show).
    public func ask(matching reference: String) async throws -> Ask {
        let all = try await rows(AskModel.self)
        let row = try Resolver.pick(reference, in: all, kind: "answer", id: { $0.id! }, name: { _ in "" },
                                    hint: "Run `candor analyze COMPANY` or `candor answers INTERVIEW` to see answer ids.")
        return try row.record()
    }
}

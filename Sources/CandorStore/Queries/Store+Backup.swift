import CandorCore
import FluentKit
import SQLKit
import Foundation

extension Store {
    /// The whole account as a backup, in a stable order so the same data gives the same file.
    public func exportBackup() async throws -> Backup {
        let companies = try await companies().sorted { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
        let people = try await people().sorted { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
        let interviews = try await interviews().sorted { ($0.startsAt, $0.id.uuidString) < ($1.startsAt, $1.id.uuidString) }
        let asks = try await rows(AskModel.self).map { try $0.record() }
            .sorted { ($0.interviewID.uuidString, $0.position, $0.id.uuidString) < ($1.interviewID.uuidString, $1.position, $1.id.uuidString) }
        return Backup(
            profile: try await profile(), companies: companies, people: people, interviews: interviews,
            questions: try await questions(includeRetired: true), dismissedStarterKeys: try await dismissedStarterKeys(),
            asks: asks,
            planDrops: try await PlanDropModel.query(on: db).filter(\.$accountID == accountID).all()
                .map { PlanDrop(interviewID: $0.interviewID, questionID: $0.questionID) }
                .sorted { ($0.interviewID.uuidString, $0.questionID.uuidString) < ($1.interviewID.uuidString, $1.questionID.uuidString) },
            gutFeelings: try await GutFeelingModel.query(on: db).filter(\.$accountID == accountID).all()
                .map { GutFeeling(interviewID: $0.interviewID, personID: $0.personID, score: $0.score) }
                .sorted { ($0.interviewID.uuidString, $0.personID.uuidString) < ($1.interviewID.uuidString, $1.personID.uuidString) },
            offers: try await offers().sorted { $0.companyID.uuidString < $1.companyID.uuidString })
    }

    /// Whether the account holds any part of a search yet (companies are where all else hangs).
    public func hasSearchData() async throws -> Bool {
        try await CompanyModel.query(on: db).filter(\.$accountID == accountID).count() > 0
    }

    /// Makes the account exactly what the backup holds, in one transaction.
    ///
    /// Refuses an account that already has companies unless `replace` is set, so a restore
    /// never overwrites a search by accident. The bank and profile are always replaced:
    /// the backup carries its own.
    public func restore(_ backup: Backup, replace: Bool) async throws {
        try backup.checkConsistency()
        try await transaction { store in
            if try await store.hasSearchData(), !replace { throw CandorError.accountNotEmpty }
            try await store.deleteEverything()
            try await store.saveProfile(backup.profile)
            // The file lists the bank in its order; numbering it keeps that order.
            for (sequence, question) in backup.questions.enumerated() {
                let model = QuestionModel()
                model.id = question.id
                model.accountID = store.accountID
                model.apply(question)
                model.sequence = sequence
                try await model.create(on: store.db)
            }
            for key in backup.dismissedStarterKeys { try await store.dismissStarter(key) }
            try await store.insertSearch(backup)
            for drop in backup.planDrops {
                let row = PlanDropModel()
                row.id = UUID()
                row.accountID = store.accountID
                row.interviewID = drop.interviewID
                row.questionID = drop.questionID
                try await row.create(on: store.db)
            }
            for feeling in backup.gutFeelings {
                try await store.setGutFeeling(interviewID: feeling.interviewID, personID: feeling.personID, score: feeling.score)
            }
            _ = try await store.ensureClosingQuestions()
        }
    }

    /// Adds companies, status history, people, interviews, panels and answers as given,
    /// keeping their ids and timestamps (restores and the demo share this).
    func insertSearch(_ content: Backup) async throws {
        for company in content.companies {
            let model = CompanyModel()
            model.id = company.id
            model.accountID = accountID
            model.apply(company.draft)
            model.status = company.status.rawValue
            model.createdAt = company.createdAt
            model.updatedAt = company.updatedAt
            try await model.create(on: db)
            for (sequence, change) in company.statusHistory.enumerated() {
                let row = StatusChangeModel()
                row.id = UUID()
                row.accountID = accountID
                row.companyID = company.id
                row.status = change.status.rawValue
                row.changedAt = change.changedAt
                row.sequence = sequence
                row.note = change.note
                try await row.create(on: db)
            }
        }
        for person in content.people {
            let model = PersonModel()
            model.id = person.id
            model.accountID = accountID
            model.apply(person.draft)
            model.createdAt = person.createdAt
            try await model.create(on: db)
        }
        for interview in content.interviews {
            let model = InterviewModel()
            model.id = interview.id
            model.accountID = accountID
            model.apply(interview.draft)
            model.createdAt = interview.createdAt
            try await model.create(on: db)
            for participant in interview.participants {
                let row = ParticipantModel()
                row.id = UUID()
                row.accountID = accountID
                row.interviewID = interview.id
                row.personID = participant.personID
                row.position = participant.position
                try await row.create(on: db)
            }
        }
        for ask in content.asks {
            let model = AskModel()
            model.id = ask.id
            model.accountID = accountID
            model.apply(ask)
            try await model.create(on: db)
        }
        for offer in content.offers {
            let row = OfferModel()
            row.id = UUID()
            row.accountID = accountID
            row.companyID = offer.companyID
            row.apply(offer.terms)
            row.updatedAt = offer.updatedAt
            try await row.create(on: db)
        }
    }

    /// Every row of the account, the profile included (the account row itself stays).
    func emptyAccount() async throws {
        try await deleteEverything()
        try await ProfileModel.query(on: db).filter(\.$accountID == accountID).delete()
    }

    /// Deletes every row of the account but the account itself and its profile (a restore
    /// writes the backup's), children before parents.
    private func deleteEverything() async throws {
        try await OfferModel.query(on: db).filter(\.$accountID == accountID).delete()
        try await GutFeelingModel.query(on: db).filter(\.$accountID == accountID).delete()
        try await PlanDropModel.query(on: db).filter(\.$accountID == accountID).delete()
        try await AskModel.query(on: db).filter(\.$accountID == accountID).delete()
        try await ParticipantModel.query(on: db).filter(\.$accountID == accountID).delete()
        try await InterviewModel.query(on: db).filter(\.$accountID == accountID).delete()
        try await PersonModel.query(on: db).filter(\.$accountID == accountID).delete()
        try await StatusChangeModel.query(on: db).filter(\.$accountID == accountID).delete()
        try await CompanyModel.query(on: db).filter(\.$accountID == accountID).delete()
        try await QuestionModel.query(on: db).filter(\.$accountID == accountID).delete()
        try await DismissedStarterModel.query(on: db).filter(\.$accountID == accountID).delete()
    }
}

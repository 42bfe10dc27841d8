import CandorCore
import FluentKit
import Foundation

extension Store {
    /// The candidate's profile (defaults until they change it).
    public func profile() async throws -> Profile {
        guard let model = try await ProfileModel.query(on: db).filter(\.$accountID == accountID).first() else {
            return Profile()
        }
        return Profile(
            values: try Theme.storedList(model.values, field: "values"),
            valuePhrases: model.valuePhrases,
            dealbreakers: try Theme.storedList(model.dealbreakers, field: "dealbreakers"),
            dealbreakerPhrases: model.dealbreakerPhrases,
            practiceCadenceMonths: model.practiceCadenceMonths,
            defaultQuestionMinutes: model.defaultQuestionMinutes)
    }

    /// Validates and saves the profile.
    @discardableResult
    public func saveProfile(_ profile: Profile) async throws -> Profile {
        let valid = try profile.validated()
        let model = try await ProfileModel.query(on: db).filter(\.$accountID == accountID).first() ?? {
            let fresh = ProfileModel()
            fresh.id = UUID()
            fresh.accountID = accountID
            return fresh
        }()
        model.values = valid.values.map(\.rawValue)
        model.valuePhrases = valid.valuePhrases
        model.dealbreakers = valid.dealbreakers.map(\.rawValue)
        model.dealbreakerPhrases = valid.dealbreakerPhrases
        model.practiceCadenceMonths = valid.practiceCadenceMonths
        model.defaultQuestionMinutes = valid.defaultQuestionMinutes
        model.updatedAt = now()
        try await model.save(on: db)
        return valid
    }
}

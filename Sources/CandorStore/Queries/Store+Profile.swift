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
            defaultQuestionMinutes: model.defaultQuestionMinutes,
            schedule: ScheduleRules(
                minBreakMinutes: model.minBreakMinutes, maxDailyMinutes: model.maxDailyMinutes,
                maxDailyCount: model.maxDailyCount, maxWeeklyCount: model.maxWeeklyCount))
    }

    /// Validates and saves the profile, and plans again the interviews still to come, so that
    /// their plans follow new values, dealbreakers and default minutes (pinned questions, added
    /// ones and what was asked stay).
    @discardableResult
    public func saveProfile(_ profile: Profile) async throws -> Profile {
        let valid = try profile.validated()
        return try await transaction { store in
            try await store.writeProfile(valid)
            for interview in try await store.interviews(from: store.now()) {
                try await store.planIfScheduled(interview)
            }
            return valid
        }
    }

    private func writeProfile(_ valid: Profile) async throws {
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
        model.minBreakMinutes = valid.schedule.minBreakMinutes
        model.maxDailyMinutes = valid.schedule.maxDailyMinutes
        model.maxDailyCount = valid.schedule.maxDailyCount
        model.maxWeeklyCount = valid.schedule.maxWeeklyCount
        model.updatedAt = now()
        try await model.save(on: db)
    }
}

extension Store {
    /// The secret token in the calendar feed's address, made on first use.
    public func calendarToken() async throws -> String {
        if let feed = try await CalendarFeedModel.query(on: db).filter(\.$accountID == accountID).first() {
            return feed.token
        }
        return try await regenerateCalendarToken()
    }

    /// Replaces the token, so an address shared by mistake stops working at once.
    @discardableResult
    public func regenerateCalendarToken() async throws -> String {
        let token = CalendarToken.make()
        try await transaction { store in
            try await CalendarFeedModel.query(on: store.db).filter(\.$accountID == store.accountID).delete()
            let feed = CalendarFeedModel()
            feed.id = UUID()
            feed.accountID = store.accountID
            feed.token = token
            feed.createdAt = store.now()
            try await feed.create(on: store.db)
        }
        return token
    }

    /// The account a calendar token belongs to, if any; the feed's only way in.
    public static func account(forCalendarToken token: String, on db: any Database) async throws -> UUID? {
        guard CalendarToken.looksValid(token) else { return nil }
        return try await CalendarFeedModel.query(on: db).filter(\.$token == token).first()?.accountID
    }
}

/// Calendar tokens: 32 random bytes as hex, unguessable and safe in a URL.
enum CalendarToken {
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    static func looksValid(_ token: String) -> Bool {
        token.count == 64 && token.allSatisfy(\.isHexDigit)
    }
}

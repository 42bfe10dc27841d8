import Foundation

/// What the candidate cares about, and their defaults for planning.
public struct Profile: Codable, Equatable, Sendable {
    /// Themes the candidate hopes to hear loved.
    public var values: [Theme]
    /// Values in the candidate's own words, beyond the themes.
    public var valuePhrases: [String]
    /// Themes the candidate will not accept as a repeated concern.
    public var dealbreakers: [Theme]
    /// Dealbreakers in the candidate's own words (an industry, a practice).
    public var dealbreakerPhrases: [String]
    /// How often the candidate wants to interview to keep the skill sharp.
    public var practiceCadenceMonths: Int
    /// Minutes to reserve for the candidate's questions when an interview does not say.
    public var defaultQuestionMinutes: Int
    /// The limits the schedule is checked against.
    public var schedule: ScheduleRules

    public static let defaultCadenceMonths = 12
    public static let defaultQuestionMinutesValue = 10

    public init(
        values: [Theme] = [], valuePhrases: [String] = [],
        dealbreakers: [Theme] = [], dealbreakerPhrases: [String] = [],
        practiceCadenceMonths: Int = Profile.defaultCadenceMonths,
        defaultQuestionMinutes: Int = Profile.defaultQuestionMinutesValue,
        schedule: ScheduleRules = .standard
    ) {
        self.values = values
        self.valuePhrases = valuePhrases
        self.dealbreakers = dealbreakers
        self.dealbreakerPhrases = dealbreakerPhrases
        self.practiceCadenceMonths = practiceCadenceMonths
        self.defaultQuestionMinutes = defaultQuestionMinutes
        self.schedule = schedule
    }

    /// Whether the candidate has said anything about what matters to them yet.
    public var hasPreferences: Bool {
        !values.isEmpty || !dealbreakers.isEmpty || !valuePhrases.isEmpty || !dealbreakerPhrases.isEmpty
    }

    /// The profile with duplicates removed, phrases trimmed and numbers checked.
    ///
    /// A theme cannot be both a value and a dealbreaker: that would make every answer
    /// about it both good and bad news, so the contradiction is refused.
    public func validated() throws -> Profile {
        var copy = self
        copy.values = values.uniqued()
        copy.dealbreakers = dealbreakers.uniqued()
        copy.valuePhrases = try Self.cleanPhrases(valuePhrases, field: "value phrases")
        copy.dealbreakerPhrases = try Self.cleanPhrases(dealbreakerPhrases, field: "dealbreaker phrases")
        let both = Set(copy.values).intersection(copy.dealbreakers)
        if let clash = both.sorted().first {
            throw CandorError.invalidField(
                field: "dealbreakers",
                reason: "'\(clash.rawValue)' is also listed as a value; a theme can be one or the other"
            )
        }
        _ = try FieldCheck.number(practiceCadenceMonths, field: "practice cadence (months)", in: 1...60)
        _ = try FieldCheck.number(defaultQuestionMinutes, field: "default minutes for questions", in: 0...240)
        copy.schedule = try schedule.validated()
        return copy
    }

    /// Splits a comma- or line-separated list of phrases typed by a person.
    public static func phrases(from text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == ";" })
            .compactMap { String($0).trimmedOrNil }
    }

    private static func cleanPhrases(_ phrases: [String], field: String) throws -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for phrase in phrases {
            guard let text = try FieldCheck.optional(phrase, field: field, maxLength: 100) else { continue }
            if seen.insert(text.matchKey).inserted { result.append(text) }
        }
        return result
    }
}

extension Array where Element: Hashable {
    /// The elements in their first-seen order, without repeats.
    public func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

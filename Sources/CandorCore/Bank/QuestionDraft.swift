import Foundation

/// The fields of a question that the candidate types or imports; validated before storing.
public struct QuestionDraft: Codable, Equatable, Sendable {
    public var text: String
    public var category: String
    public var audiences: [Audience]
    /// Companies the question fits; empty means every company.
    public var contexts: [CompanyContext]
    public var themes: [Theme]
    public var minutes: Int
    public var purpose: String?
    /// Ask every interviewer, to compare their answers.
    public var askEveryone: Bool

    public static let maxTextLength = 1_000
    public static let minutesRange = 1...30
    public static let defaultCategory = "general"

    public init(
        text: String, category: String = QuestionDraft.defaultCategory, audiences: [Audience] = [.any],
        contexts: [CompanyContext] = [], themes: [Theme] = [], minutes: Int = 2, purpose: String? = nil,
        askEveryone: Bool = false
    ) {
        self.text = text
        self.category = category
        self.audiences = audiences
        self.contexts = contexts
        self.themes = themes
        self.minutes = minutes
        self.purpose = purpose
        self.askEveryone = askEveryone
    }

    /// The draft trimmed and checked; throws naming the first field that is wrong.
    public func validated() throws -> QuestionDraft {
        var copy = self
        copy.text = try FieldCheck.required(text, field: "text", maxLength: Self.maxTextLength)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
        copy.category = try FieldCheck.optional(category, field: "category", maxLength: 80)?.lowercased() ?? Self.defaultCategory
        copy.audiences = audiences.isEmpty ? [.any] : audiences.uniqued()
        copy.contexts = contexts.uniqued()
        copy.themes = themes.uniqued()
        _ = try FieldCheck.number(minutes, field: "minutes", in: Self.minutesRange)
        copy.purpose = try FieldCheck.optional(purpose, field: "purpose", maxLength: 500)
        return copy
    }
}

extension Question {
    /// The editable fields, to start an edit from what is stored.
    public var draft: QuestionDraft {
        QuestionDraft(text: text, category: category, audiences: audiences, contexts: contexts, themes: themes,
                      minutes: minutes, purpose: purpose, askEveryone: askEveryone)
    }

    /// Whether this is one of the two questions every interviewer is asked.
    public var isClosing: Bool { special == .closingLove || special == .closingImprove }

    /// The text reduced for spotting duplicates: case, accents, spacing and punctuation ignored.
    public static func duplicateKey(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        let words = folded.unicodeScalars.split { !CharacterSet.alphanumerics.contains($0) }
        return words.map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }
}

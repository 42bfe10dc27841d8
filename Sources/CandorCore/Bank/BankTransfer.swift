import Foundation

/// The file formats a question bank can be imported from and exported to.
public enum BankFormat: String, Choice {
    case markdown = "md"
    case csv
    case json

    public var label: String {
        switch self {
        case .markdown: "Markdown"
        case .csv: "CSV"
        case .json: "JSON"
        }
    }

    public var fileExtension: String { rawValue }

    public var mediaType: String {
        switch self {
        case .markdown: "text/markdown; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        case .json: "application/json"
        }
    }

    /// Guesses the format from a file name; `nil` when the extension says nothing.
    public static func guess(fileName: String) -> BankFormat? {
        switch (fileName as NSString).pathExtension.lowercased() {
        case "md", "markdown", "txt": .markdown
        case "csv": .csv
        case "json": .json
        default: nil
        }
    }
}

/// One question read from an import file, with the line it started on.
public struct ImportedQuestion: Equatable, Sendable {
    public var line: Int
    public var draft: QuestionDraft
    /// Set when the file says the question is retired (Candor's own JSON export).
    public var retired: Bool

    public init(line: Int, draft: QuestionDraft, retired: Bool = false) {
        self.line = line
        self.draft = draft
        self.retired = retired
    }
}

/// A row of an import file that could not become a question, and why.
public struct ImportRejection: Codable, Equatable, Sendable {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}

/// What parsing an import file produced: questions to add, rows refused with their reasons.
public struct ParsedImport: Equatable, Sendable {
    public var questions: [ImportedQuestion]
    public var rejections: [ImportRejection]

    public init(questions: [ImportedQuestion] = [], rejections: [ImportRejection] = []) {
        self.questions = questions
        self.rejections = rejections
    }
}

/// What an import did (or, in a dry run, would do).
public struct ImportReport: Codable, Equatable, Sendable {
    public var added: Int
    /// Same text as a question already in the bank or earlier in the file.
    public var skippedDuplicates: Int
    public var rejected: [ImportRejection]
    public var dryRun: Bool

    public init(added: Int, skippedDuplicates: Int, rejected: [ImportRejection], dryRun: Bool) {
        self.added = added
        self.skippedDuplicates = skippedDuplicates
        self.rejected = rejected
        self.dryRun = dryRun
    }

    /// One line for people, e.g. "Added 12, skipped 3 duplicates, rejected 1."
    public var summary: String {
        let verb = dryRun ? "Would add" : "Added"
        return "\(verb) \(added), skipped \(skippedDuplicates) duplicate\(skippedDuplicates == 1 ? "" : "s"), rejected \(rejected.count)."
            + (dryRun ? " Nothing was written (dry run)." : "")
    }
}

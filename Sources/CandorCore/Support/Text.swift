import Foundation

extension String {
    /// The text with surrounding white space removed, or `nil` when nothing is left.
    public var trimmedOrNil: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A key for comparing names as people do: case, accents and outer spaces ignored.
    public var matchKey: String {
        trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

extension Optional where Wrapped == String {
    /// Trims the text, turning blank input into `nil`.
    public var trimmedOrNil: String? { self?.trimmedOrNil }
}

/// Shared checks on free-text fields, so every form and command enforces the same limits.
public enum FieldCheck {
    /// Trims `value` and insists it is present and at most `maxLength` characters, with no
    /// control characters but tabs and line breaks (see ``multiline(_:field:maxLength:)``).
    public static func required(_ value: String, field: String, maxLength: Int = 200) throws -> String {
        guard let text = value.trimmedOrNil else {
            throw CandorError.invalidField(field: field, reason: "is required")
        }
        return try multiline(text, field: field, maxLength: maxLength)
    }

    /// A name (of a company, of a person): required, on one line, without control characters.
    public static func name(_ value: String, field: String = "name", maxLength: Int = 200) throws -> String {
        let text = try required(value, field: field, maxLength: maxLength)
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw CandorError.invalidField(field: field, reason: "must be one line of plain text, without tabs or line breaks")
        }
        return text
    }

    /// Trims `value`; blank becomes `nil`; longer than `maxLength` is refused, and so are
    /// control characters other than tabs and line breaks (see ``multiline(_:field:maxLength:)``).
    public static func optional(_ value: String?, field: String, maxLength: Int = 20_000) throws -> String? {
        guard let text = value.trimmedOrNil else { return nil }
        return try multiline(text, field: field, maxLength: maxLength)
    }

    /// Free text as typed (notes, an answer): at most `maxLength` characters, and no control
    /// characters but tabs and line breaks. A NUL would be refused by PostgreSQL and an escape
    /// sequence obeyed by a terminal, so neither is kept whatever path the text took in.
    public static func multiline(_ text: String, field: String, maxLength: Int) throws -> String {
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !["\t", "\n", "\r"].contains($0) }) {
            throw CandorError.invalidField(field: field, reason: "contains control characters; paste it as plain text")
        }
        return try limited(text, field: field, maxLength: maxLength)
    }

    /// An optional web address: must be http or https with a host.
    public static func url(_ value: String?, field: String) throws -> String? {
        guard let text = try optional(value, field: field, maxLength: 2_000) else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", url.host?.isEmpty == false
        else {
            throw CandorError.invalidField(field: field, reason: "'\(text)' is not a web address (http:// or https://)")
        }
        return text
    }

    /// An optional whole number within `range`.
    public static func number(_ value: Int?, field: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let value else { return nil }
        guard range.contains(value) else {
            throw CandorError.invalidField(field: field, reason: "must be between \(range.lowerBound) and \(range.upperBound), got \(value)")
        }
        return value
    }

    /// Parses a whole number typed into a form; blank means "not set".
    public static func parseNumber(_ text: String?, field: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = text.trimmedOrNil else { return nil }
        guard let value = Int(text) else {
            throw CandorError.invalidField(field: field, reason: "'\(text)' is not a whole number")
        }
        return try number(value, field: field, in: range)
    }

    private static func limited(_ text: String, field: String, maxLength: Int) throws -> String {
        guard text.count <= maxLength else {
            throw CandorError.invalidField(field: field, reason: "is \(text.count) characters long; the limit is \(maxLength)")
        }
        return text
    }
}

import Foundation

/// A closed set of values with stable string ids, used for every enumerated field.
///
/// The raw values are Candor's public interface (JSON, CSV, URLs, CLI arguments), so they
/// never change once shipped; ``label`` is the wording shown to people and may be improved.
public protocol Choice: RawRepresentable, CaseIterable, Codable, Sendable, Hashable, Comparable
where RawValue == String, AllCases == [Self] {
    /// The name shown to people.
    var label: String { get }
}

extension Choice {
    /// Parses user input leniently: case, spaces and underscores do not matter.
    ///
    /// - Throws: ``CandorError/invalidChoice(field:value:allowed:)`` listing the valid ids.
    public static func parse(_ input: String, field: String) throws -> Self {
        let normalised = input.trimmingCharacters(in: .whitespacesAndNewlines)
            .lowercased()
            .replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: " ", with: "-")
        if let value = Self(rawValue: normalised) { return value }
        throw CandorError.invalidChoice(field: field, value: input, allowed: allCases.map(\.rawValue))
    }

    /// Parses an optional field: an empty input means "not set".
    public static func parseOptional(_ input: String?, field: String) throws -> Self? {
        guard let input, !input.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return try parse(input, field: field)
    }

    /// Order follows the declaration order, which is the order shown to people.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// A readable default label: the id with dashes turned into spaces, capitalised.
    public var defaultLabel: String {
        let words = rawValue.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

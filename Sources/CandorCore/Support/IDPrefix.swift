import Foundation

/// The start of an id as a person types it: lists show 8 characters, and any unique start of
/// at least 4 hex digits (dashes allowed) picks the item. The one rule every lookup by id uses.
public struct IDPrefix: Sendable, Equatable {
    public static let minimumLength = 4
    /// The typed start, lower-cased.
    public let key: String

    /// Nil when `reference` cannot be the start of an id (too short, or not hex).
    public init?(_ reference: String) {
        let key = reference.trimmingCharacters(in: .whitespaces).lowercased()
        guard key.count >= Self.minimumLength, key.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return nil }
        self.key = key
    }

    public func matches(_ id: UUID?) -> Bool {
        id?.uuidString.lowercased().hasPrefix(key) ?? false
    }
}

extension UUID {
    /// The first 8 characters of the id: what lists show and what commands accept.
    public var short: String { String(uuidString.lowercased().prefix(8)) }
}

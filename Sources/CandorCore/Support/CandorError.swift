import Foundation

/// Every error Candor shows to a person: one clear line that says what went wrong and,
/// where it helps, what to do next. Never a stack trace.
public enum CandorError: LocalizedError, Equatable, Sendable {
    /// A field's value is not acceptable; `reason` says why in plain words.
    case invalidField(field: String, reason: String)
    /// A value is not one of the allowed ids.
    case invalidChoice(field: String, value: String, allowed: [String])
    /// Nothing matches the reference; `hint` says how to find valid ones.
    case notFound(kind: String, reference: String, hint: String)
    /// More than one thing matches the reference.
    case ambiguous(kind: String, reference: String, matches: [String])
    /// A thing with that name already exists.
    case duplicate(kind: String, name: String)
    /// The database file exists but is not a SQLite database.
    case notADatabase(path: String)
    /// The database file or its folder cannot be read or written.
    case databaseUnavailable(path: String, reason: String)
    /// PostgreSQL did not answer.
    case databaseUnreachable(location: String, reason: String)
    /// The database could not write because its disk is full; nothing of the write landed.
    case diskFull
    /// A backup file cannot be restored.
    case invalidBackup(reason: String)
    /// A restore would overwrite existing data without being told to.
    case accountNotEmpty
    /// The action is not allowed in the current state.
    case notAllowed(reason: String)
    /// An import file cannot be used at all; `line` points at the problem where there is one.
    case invalidImport(line: Int?, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .invalidField(field, reason):
            "\(field): \(reason)"
        case let .invalidChoice(field, value, allowed):
            "\(field): '\(value)' is not one of \(allowed.joined(separator: ", "))"
        case let .notFound(kind, reference, hint):
            "No \(kind) matches '\(reference)'. \(hint)"
        case let .ambiguous(kind, reference, matches):
            "'\(reference)' matches several \(kind)s: \(matches.joined(separator: ", ")). Use more of the id."
        case let .duplicate(kind, name):
            "A \(kind) named '\(name)' already exists."
        case let .notADatabase(path):
            "\(path) is not a Candor (SQLite) database; it was left untouched."
        case let .databaseUnavailable(path, reason):
            "Cannot use the database at \(path): \(reason)"
        case let .databaseUnreachable(location, reason):
            "Cannot reach PostgreSQL at \(location): \(reason)"
        case .diskFull:
            "Not saved: the disk is full. Free some space, then save again; nothing else was changed."
        case let .invalidBackup(reason):
            "Not a usable Candor backup: \(reason). Nothing was written."
        case .accountNotEmpty:
            "This database already holds data. Restore into an empty database, or pass --replace to overwrite it."
        case let .notAllowed(reason):
            reason
        case let .invalidImport(line, reason):
            "Cannot import: \(line.map { "line \($0): " } ?? "")\(reason). Nothing was written."
        }
    }
}

import CandorCore
import Foundation

/// Where Candor keeps its data: one SQLite file (the default) or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    /// `searchPath` confines Candor to one schema; tests use it for a fresh database each.
    case postgres(url: String, searchPath: String? = nil)

    /// Picks the location from explicit options first, then the environment, then the default file.
    ///
    /// - Throws: ``CandorError/notAllowed(reason:)`` when both a file and a URL are given.
    public static func resolve(db: String?, databaseURL: String?, environment: [String: String]) throws -> DatabaseLocation {
        if db.trimmedOrNil != nil, databaseURL.trimmedOrNil != nil {
            throw CandorError.notAllowed(reason: "Give either --db or --database-url, not both.")
        }
        if let url = databaseURL.trimmedOrNil { return .postgres(url: url) }
        if let path = db.trimmedOrNil { return .sqlite(path: expand(path)) }
        if let url = environment["CANDOR_DATABASE_URL"].trimmedOrNil { return .postgres(url: url) }
        if let path = environment["CANDOR_DB"].trimmedOrNil { return .sqlite(path: expand(path)) }
        return .sqlite(path: defaultSQLitePath(environment: environment))
    }

    /// `$XDG_DATA_HOME/candor/candor.sqlite`, falling back to `~/.local/share/candor/candor.sqlite`.
    public static func defaultSQLitePath(environment: [String: String]) -> String {
        let dataHome = environment["XDG_DATA_HOME"].trimmedOrNil
            ?? ((environment["HOME"].trimmedOrNil ?? NSHomeDirectory()) + "/.local/share")
        return dataHome + "/candor/candor.sqlite"
    }

    private static func expand(_ path: String) -> String {
        (path as NSString).expandingTildeInPath
    }

    /// A form safe to print: a PostgreSQL password is masked.
    public var description: String {
        switch self {
        case let .sqlite(path):
            return path
        case let .postgres(url, _):
            guard var components = URLComponents(string: url), components.password != nil else { return url }
            components.password = "***"
            return components.string ?? "postgres://…"
        }
    }
}

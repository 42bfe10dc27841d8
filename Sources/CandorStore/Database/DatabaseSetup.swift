import CandorCore
import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore

extension DatabaseID {
    /// The one database Candor uses.
    public static let candor = DatabaseID(string: "candor")
}

/// The steps every process (the CLI, the web app, the tests) takes to open Candor's data,
/// so all of them see the same checks, settings and migrations.
public enum DatabaseSetup {
    /// How long to wait for PostgreSQL before saying it cannot be reached: well inside the
    /// promised 10 seconds even on a busy machine, and far above a healthy server's handshake.
    static let connectSeconds = 5.0

    /// Checks the location before anything touches it, and returns the driver configuration.
    ///
    /// A SQLite path that holds something other than a SQLite database is refused here,
    /// before the driver opens it, so the file is left untouched.
    public static func configuration(for location: DatabaseLocation) throws -> DatabaseConfigurationFactory {
        switch location {
        case let .sqlite(path):
            try SQLiteFileCheck.prepare(path: path)
            return .sqlite(.file(path), sqlLogLevel: .trace)
        case let .postgres(url, searchPath):
            var config: SQLPostgresConfiguration
            do {
                config = try SQLPostgresConfiguration(url: url)
            } catch {
                throw CandorError.databaseUnreachable(
                    location: location.description,
                    reason: "not a usable URL; expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE")
            }
            config.coreConfiguration.options.connectTimeout = .seconds(Int64(connectSeconds))
            if let searchPath { config.searchPath = [searchPath] }
            return .postgres(configuration: config, connectionPoolTimeout: .seconds(Int64(connectSeconds)), sqlLogLevel: .trace)
        }
    }

    /// Runs before migrating: proves the server answers (within ``connectSeconds``) and that a
    /// SQLite file belongs to Candor or is new.
    public static func check(_ database: any Database, location: DatabaseLocation) async throws {
        let sql = try sqlDatabase(database)
        switch location {
        case .postgres:
            do {
                _ = try await withDeadline(seconds: connectSeconds + 1) {
                    try await sql.raw("SELECT 1 AS ok").all()
                }
            } catch {
                // Our deadline and the connection pool's own timeout mean the same thing.
                let timedOut = error is TimedOut || oneLine(error).localizedCaseInsensitiveContains("timeout")
                throw CandorError.databaseUnreachable(
                    location: location.description,
                    reason: timedOut ? "no answer within \(Int(connectSeconds)) seconds" : oneLine(error))
            }
        case let .sqlite(path):
            // A SQLite file made by another program has tables but no record of Candor's
            // migrations: migrating it would mix Candor's tables into someone else's data.
            let tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()
            let names = try tables.map { try $0.decode(column: "name", as: String.self) }
            if !names.isEmpty, !names.contains("_fluent_migrations") {
                throw CandorError.databaseUnavailable(path: path, reason: "it is a SQLite database of another program; it was left untouched")
            }
        }
    }

    /// Settings that must hold after migrating: SQLite runs in WAL mode with foreign keys on
    /// and full fsync on commit, so an acknowledged write survives a crash or power cut.
    public static func tune(_ database: any Database, location: DatabaseLocation) async throws {
        guard case let .sqlite(path) = location else { return }
        let sql = try sqlDatabase(database)
        // WAL is stored in the file itself, so setting it once covers every later connection.
        // SQLite answers with the mode in force, which stays the old one while another
        // connection holds a lock: check the answer and try again briefly rather than
        // carry on without the write-ahead log.
        for attempt in 0..<50 {
            let mode = try await sql.raw("PRAGMA journal_mode = WAL").first()?.decode(column: "journal_mode", as: String.self)
            if mode?.lowercased() == "wal" { break }
            if attempt == 49 {
                throw CandorError.databaseUnavailable(path: path, reason: "it cannot be switched to write-ahead logging (is another program holding it?)")
            }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        // FULL is also SQLite's built-in default for every connection (the bundled SQLite is
        // compiled without a lower default); set it here so the intent is explicit.
        _ = try await sql.raw("PRAGMA synchronous = FULL").all()
    }

    /// Every migration Candor has, to register with a `Migrations` collection.
    public static func register(in migrations: Migrations) {
        migrations.add(CandorMigrations.all, to: .candor)
    }

    static func sqlDatabase(_ database: any Database) throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else {
            throw CandorError.notAllowed(reason: "Candor needs an SQL database.")
        }
        return sql
    }

    /// The first line of an error's description: driver errors can be long and multi-line.
    static func oneLine(_ error: any Error) -> String {
        // PostgresNIO hides details from its description on purpose (they may hold secrets);
        // the server's own message or the network error underneath is what a person needs.
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            if let underlying = psql.underlying {
                let text = oneLine(underlying)
                if text.contains("Connection refused") { return "connection refused (is the server running on that host and port?)" }
                return text
            }
            return "PostgreSQL error (\(psql.code))"
        }
        let text = (error as? any LocalizedError)?.errorDescription ?? String(describing: error)
        return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
    }
}

/// Checks on a SQLite path made before the driver opens (and so possibly creates) it.
enum SQLiteFileCheck {
    static let header = Array("SQLite format 3\0".utf8)

    static func prepare(path: String) throws {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: path, isDirectory: &isFolder) {
            guard !isFolder.boolValue else {
                throw CandorError.databaseUnavailable(path: path, reason: "it is a folder, not a file")
            }
            guard files.isReadableFile(atPath: path) else {
                throw CandorError.databaseUnavailable(path: path, reason: "the file cannot be read (check its permissions)")
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw CandorError.databaseUnavailable(path: path, reason: "the file cannot be opened")
            }
            defer { try? handle.close() }
            let start = (try? handle.read(upToCount: header.count)) ?? Data()
            if !start.isEmpty, Array(start) != header {
                throw CandorError.notADatabase(path: path)
            }
            guard files.isWritableFile(atPath: path) else {
                throw CandorError.databaseUnavailable(path: path, reason: "the file is read-only")
            }
            makePrivate(path)
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !files.fileExists(atPath: folder) {
                do {
                    try files.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                    try files.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder)
                } catch {
                    throw CandorError.databaseUnavailable(path: path, reason: "its folder cannot be created")
                }
            }
            // Created here, empty, readable by its owner only: SQLite gives the write-ahead log
            // and shared-memory files it makes later the same permissions as the database.
            guard files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CandorError.databaseUnavailable(path: path, reason: "the file cannot be created")
            }
        }
        if path == DatabaseLocation.defaultSQLitePath(environment: ProcessInfo.processInfo.environment) {
            // Candor's own data folder: an install from before this rule may have left it open.
            try? files.setAttributes([.posixPermissions: 0o700], ofItemAtPath: (path as NSString).deletingLastPathComponent)
        }
    }

    /// The candidate's notes are for the candidate: the database and its companion files are
    /// made readable and writable by their owner only, whatever made them before.
    static func makePrivate(_ path: String) {
        let files = FileManager.default
        for file in [path, path + "-wal", path + "-shm", path + "-journal"] {
            guard let mode = (try? files.attributesOfItem(atPath: file))?[.posixPermissions] as? Int, mode & 0o077 != 0 else { continue }
            try? files.setAttributes([.posixPermissions: mode & 0o700], ofItemAtPath: file)
        }
    }
}

import AsyncKit
import CandorCore
import FluentKit
import FluentSQLiteDriver
import SQLKit
import FluentPostgresDriver
import NIOCore
import NIOPosix
import Foundation

/// Candor's query layer: every read and write the CLI and the web app make, scoped to one
/// account. Returns `CandorCore` values, never Fluent models, so callers cannot reach the
/// database around it.
public struct Store: Sendable {
    public let db: any Database
    public let accountID: UUID
    private let clock: @Sendable () -> Date

    /// - Parameter now: the clock, replaceable in tests.
    public init(db: any Database, accountID: UUID = AccountID.local, now: @escaping @Sendable () -> Date = CandorClock.now) {
        self.db = db
        self.accountID = accountID
        self.clock = now
    }

    /// The current instant, to whole seconds (see ``LocalTime/wholeSeconds(_:)``).
    public func now() -> Date { LocalTime.wholeSeconds(clock()) }

    /// Runs `body` in one transaction: either all of its writes land or none do.
    ///
    /// In SQLite's write-ahead log, a transaction that read before another connection committed
    /// cannot write on its old snapshot (`SQLITE_BUSY_SNAPSHOT`, which no busy handler waits
    /// out). Nothing of it was written, so it is run again from the start, a few times.
    public func transaction<T: Sendable>(_ body: @escaping @Sendable (Store) async throws -> T) async throws -> T {
        let clock = self.clock
        let accountID = self.accountID
        var attempt = 0
        while true {
            do {
                return try await db.transaction { tx in
                    if let sql = tx as? any SQLDatabase, sql.dialect.name == "sqlite" {
                        try await Self.takeWriteLock(sql)
                    }
                    return try await body(Store(db: tx, accountID: accountID, now: clock))
                }
            } catch let error as SQLiteError where error.reason == .busyInSnapshot || error.reason == .busy {
                attempt += 1
                guard attempt < Self.snapshotRetries else { throw error }
                try await Task.sleep(nanoseconds: UInt64(attempt) * 5_000_000)
            } catch {
                throw StoreError.translated(error) ?? error
            }
        }
    }

    /// Makes a SQLite transaction wait its turn to write instead of failing.
    ///
    /// Each event loop has its own connection, and Fluent opens transactions with a plain
    /// `BEGIN`: one that reads first cannot wait for the write lock later (SQLite answers
    /// `SQLITE_BUSY` at once, or `BUSY_SNAPSHOT` once the other writer commits). Taking the lock
    /// with a write that changes nothing, as `BEGIN IMMEDIATE` would, lets SQLite's busy handler
    /// wait for it (up to ``busyTimeoutMilliseconds``). Found by the load test (`scripts/load`):
    /// concurrent saves failed with 500.
    static func takeWriteLock(_ sql: any SQLDatabase) async throws {
        try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(busyTimeoutMilliseconds))").run()
        try await sql.raw("UPDATE accounts SET id = id WHERE 0").run()
    }

    /// How long a SQLite write waits for another connection's write to finish.
    static let busyTimeoutMilliseconds = 10_000

    /// How many times a transaction that lost its snapshot is tried in all.
    static let snapshotRetries = 8

    /// Runs `body` in one transaction whose deletions leave no readable trace in a SQLite file.
    ///
    /// `secure_delete` (set on the connection the transaction runs on, since SQLite keeps it
    /// per connection) overwrites deleted content with zeros instead of leaving it in free
    /// pages; the checkpoint afterwards copies those pages into the database file and empties
    /// the write-ahead log, which still held the old versions. The checkpoint is best effort:
    /// while another connection reads, SQLite finishes it at a later checkpoint.
    public func erasing<T: Sendable>(_ body: @escaping @Sendable (Store) async throws -> T) async throws -> T {
        let sqlite = (db as? any SQLDatabase).flatMap { $0.dialect.name == "sqlite" ? $0 : nil }
        let result = try await transaction { store in
            if let sql = store.db as? any SQLDatabase, sqlite != nil {
                try await sql.raw("PRAGMA secure_delete = ON").run()
            }
            return try await body(store)
        }
        if let sqlite {
            _ = try? await sqlite.raw("PRAGMA wal_checkpoint(TRUNCATE)").all()
        }
        return result
    }

    /// Makes sure the account has what every account always has: a profile and the two
    /// closing questions. Safe to call at every start, from several processes at once.
    public func bootstrap() async throws {
        if try await ProfileModel.query(on: db).filter(\.$accountID == accountID).first() == nil {
            do { try await saveProfile(Profile()) } catch where StoreError.isUniqueViolation(error) {}
        }
        try await seedStarterBank()
        _ = try await ensureClosingQuestions()
    }
}

/// Turns driver errors into Candor's one-line errors.
public enum StoreError {
    public static func wrap(_ error: any Error, location: DatabaseLocation) -> any Error {
        if error is CandorError { return error }
        let text = DatabaseSetup.oneLine(error)
        switch location {
        case let .sqlite(path):
            if text.localizedCaseInsensitiveContains("not a database") { return CandorError.notADatabase(path: path) }
            return CandorError.databaseUnavailable(path: path, reason: text)
        case .postgres:
            return CandorError.databaseUnreachable(location: location.description, reason: text)
        }
    }

    /// The database's own failures that a person should read about in Candor's words: a full
    /// disk, and a PostgreSQL server that went away (restarting, unreachable). `nil` for any
    /// other error, which stays as it is.
    ///
    /// Both leave nothing half-written: SQLite and PostgreSQL roll the transaction back.
    public static func translated(_ error: any Error) -> CandorError? {
        if let error = error as? CandorError { return error }
        if let error = error as? SQLiteError {
            // SQLite reports ENOSPC as SQLITE_FULL, whether the database, its WAL or a
            // temporary file was being written.
            return error.reason == .full ? .diskFull : nil
        }
        if let error = error as? PSQLError {
            if let state = error.serverInfo?[.sqlState] {
                if state == diskFullState { return .diskFull }
                // Class 08 (connection exception) and 57P01–57P03 (the server is shutting down
                // or starting up) mean it will answer again; nothing was committed.
                if state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state) { return unreachable(error) }
                return nil
            }
            switch error.code {
            case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown, .poolClosed:
                return unreachable(error)
            default:
                return nil
            }
        }
        // The pool was replaced (`DatabaseRecoveryMiddleware`) while this request held the old one.
        if let error = error as? ConnectionPoolError, case .shutdown = error { return unreachable(error) }
        if error is NIOConnectionError || error is ChannelError { return unreachable(error) }
        if let error = error as? IOError, [ECONNREFUSED, ECONNRESET, EPIPE].contains(error.errnoCode) {
            return unreachable(error)
        }
        return nil
    }

    /// PostgreSQL's `disk_full`.
    static let diskFullState = "53100"

    private static func unreachable(_ error: any Error) -> CandorError {
        .databaseUnreachable(location: "the configured server", reason: "the connection was lost or refused")
    }

    /// Whether a write failed on a unique constraint (two writers raced to add the same row).
    static func isUniqueViolation(_ error: any Error) -> Bool {
        if let dbError = error as? any DatabaseError, dbError.isConstraintFailure { return true }
        let text = String(describing: error).lowercased()
        return text.contains("unique") || text.contains("duplicate key")
    }
}

extension Choice {
    /// Reads a stored id back; a value the code no longer knows is reported, not crashed on.
    ///
    /// Candor writes exact ids, so those are looked up directly; only anything else goes
    /// through the lenient parser (and its error). Reading a page's rows calls this thousands
    /// of times.
    static func stored(_ raw: String, field: String) throws -> Self {
        if let value = Self(rawValue: raw) { return value }
        return try parse(raw, field: field)
    }

    static func stored(_ raw: String?, field: String) throws -> Self? {
        guard let raw else { return nil }
        if let value = Self(rawValue: raw) { return value }
        return try parseOptional(raw, field: field)
    }

    static func storedList(_ raws: [String], field: String) throws -> [Self] {
        try raws.map { try stored($0, field: field) }
    }
}

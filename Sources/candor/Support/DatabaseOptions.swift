import ArgumentParser
import CandorCore
import CandorStore
import Foundation

/// Where the data lives; shared by every command that reads or writes it.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "SQLite file (default: $XDG_DATA_HOME/candor/candor.sqlite; env CANDOR_DB).",
            valueName: "path"))
    var db: String?

    @Option(
        name: .customLong("database-url"),
        help: ArgumentHelp("PostgreSQL URL, e.g. postgres://user:pass@host/candor (env CANDOR_DATABASE_URL).", valueName: "url"))
    var databaseURL: String?

    func validate() throws {
        if db.trimmedOrNil != nil, databaseURL.trimmedOrNil != nil {
            throw ValidationError("Give either --db or --database-url, not both.")
        }
    }

    func location() throws -> DatabaseLocation {
        // Every command that opens the data passes here: refuse a mistyped fixed clock at once.
        _ = try CandorClock.fixedInstant()
        return try DatabaseLocation.resolve(db: db, databaseURL: databaseURL, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the database, runs `body` with its store, and closes it whatever happens,
    /// so connections and the SQLite write-ahead log are released before the process exits.
    func withStore<T>(_ body: (Store) async throws -> T) async throws -> T {
        let database = try await CandorDatabase.open(try location())
        do {
            let result = try await body(database.store())
            await database.close()
            return result
        } catch {
            await database.close()
            throw OneLineError.wrapping(error)
        }
    }
}

import CandorCore
import FluentKit
import Foundation
import Logging
import NIOCore
import NIOPosix

/// An open, migrated Candor database for processes without Vapor (the CLI and the tests).
///
/// The web app registers the same configuration and migrations with Vapor instead; both go
/// through ``DatabaseSetup`` so they behave alike.
public final class CandorDatabase: Sendable {
    public let location: DatabaseLocation
    private let databases: Databases
    private let logger: Logger

    private init(location: DatabaseLocation, databases: Databases, logger: Logger) {
        self.location = location
        self.databases = databases
        self.logger = logger
    }

    /// Opens the database, creating and migrating it on first use.
    ///
    /// - Parameter logger: the driver's logger; quiet by default, because the caller reports
    ///   failures itself as one clear line (a connection pool would otherwise log each retry).
    public static func open(_ location: DatabaseLocation, logger: Logger = CandorDatabase.quietLogger) async throws -> CandorDatabase {
        let configuration = try DatabaseSetup.configuration(for: location)
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        databases.use(configuration, as: .candor, isDefault: true)
        let opened = CandorDatabase(location: location, databases: databases, logger: logger)
        do {
            try await DatabaseSetup.check(opened.database, location: location)
            let migrations = Migrations()
            DatabaseSetup.register(in: migrations)
            let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: databases.eventLoopGroup.any())
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            try await DatabaseSetup.tune(opened.database, location: location)
            try await opened.store().bootstrap()
        } catch {
            await opened.close()
            throw StoreError.wrap(error, location: location)
        }
        return opened
    }

    public static var quietLogger: Logger {
        var logger = Logger(label: "candor.store")
        logger.logLevel = .critical
        return logger
    }

    /// A database handle for queries.
    public var database: any Database {
        databases.database(.candor, logger: logger, on: databases.eventLoopGroup.any())!
    }

    /// The query layer for one account (the local one by default).
    public func store(account: UUID = AccountID.local) -> Store {
        Store(db: database, accountID: account)
    }

    /// Closes every connection. Call once, when done.
    public func close() async {
        await databases.shutdownAsync()
    }
}

import CandorCore
import CandorStore
import FluentKit
import FluentPostgresDriver
import Foundation
import NIOPosix
import Testing

/// The back ends the storage tests run on: SQLite always, PostgreSQL when
/// `CANDOR_TEST_DATABASE_URL` points at a server (scripts/test starts one).
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var available: [Backend] {
        ProcessInfo.processInfo.environment["CANDOR_TEST_DATABASE_URL"]?.isEmpty == false ? [.sqlite, .postgres] : [.sqlite]
    }

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }
}

/// A fresh, empty, migrated database for one test: a new SQLite file in a new folder, or a
/// new PostgreSQL schema. Removed again when the test is done.
struct TestDatabase {
    let backend: Backend
    let location: DatabaseLocation
    let folder: URL?
    let schema: String?

    static func make(_ backend: Backend) async throws -> TestDatabase {
        switch backend {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("candor-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return TestDatabase(backend: backend, location: .sqlite(path: folder.appendingPathComponent("candor.sqlite").path),
                                folder: folder, schema: nil)
        case .postgres:
            let url = ProcessInfo.processInfo.environment["CANDOR_TEST_DATABASE_URL"]!
            let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try await Self.onServer(url) { try await $0.raw("CREATE SCHEMA \(unsafeRaw: schema)").run() }
            return TestDatabase(backend: backend, location: .postgres(url: url, searchPath: schema), folder: nil, schema: schema)
        }
    }

    /// Opens the database, runs `body` with the local account's store, then cleans up.
    static func with<T>(_ backend: Backend, _ body: (CandorDatabase, Store) async throws -> T) async throws -> T {
        let test = try await make(backend)
        defer { test.removeFiles() }
        let database = try await CandorDatabase.open(test.location)
        do {
            let result = try await body(database, database.store())
            await database.close()
            try await test.dropSchema()
            return result
        } catch {
            await database.close()
            try? await test.dropSchema()
            throw error
        }
    }

    func removeFiles() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    func dropSchema() async throws {
        guard let schema, case let .postgres(url, _) = location else { return }
        try await Self.onServer(url) { try await $0.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run() }
    }

    private static func onServer(_ url: String, _ body: (any SQLDatabase) async throws -> Void) async throws {
        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        databases.use(try DatabaseSetup.configuration(for: .postgres(url: url)), as: .candor)
        let database = databases.database(.candor, logger: .init(label: "test"), on: databases.eventLoopGroup.any())!
        do {
            try await body(database as! any SQLDatabase)
        } catch {
            await databases.shutdownAsync()
            throw error
        }
        await databases.shutdownAsync()
    }
}

@Suite("Back ends")
struct BackendReport {
    @Test("say which back ends the storage tests run on")
    func report() {
        let names = Backend.available.map(\.testDescription)
        print("Storage tests run on: \(names.joined(separator: ", "))"
              + (names.count == 1 ? " (set CANDOR_TEST_DATABASE_URL to add PostgreSQL)" : ""))
        #expect(names.first == "SQLite")
        #expect(Backend.available.contains(.postgres) == (ProcessInfo.processInfo.environment["CANDOR_TEST_DATABASE_URL"]?.isEmpty == false))
    }
}

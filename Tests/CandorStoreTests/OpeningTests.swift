import CandorCore
@testable import CandorStore
import FluentKit
import FluentPostgresDriver
import Foundation
import Testing

@Suite("Opening a database")
struct OpeningTests {
    @Test("a new SQLite file is created, migrated, in WAL mode with foreign keys and full sync")
    func sqliteSettings() async throws {
        let test = try await TestDatabase.make(.sqlite)
        defer { test.removeFiles() }
        guard case let .sqlite(path) = test.location else { return }
        let database = try await CandorDatabase.open(test.location)
        let sql = try #require(database.database as? any SQLDatabase)
        let keys = try await sql.raw("PRAGMA foreign_keys").first()?.decode(column: "foreign_keys", as: Int.self)
        #expect(keys == 1)
        let sync = try await sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
        #expect(sync == 2, "2 is FULL: every commit is fsynced")
        let integrity = try await sql.raw("PRAGMA integrity_check").first()?.decode(column: "integrity_check", as: String.self)
        #expect(integrity == "ok")
        #expect(try await database.store().questions().count == StarterBankResource.bundled.questions.count,
                "the starter bank, closing questions included, is always there")
        await database.close()
        // The file header itself records WAL (bytes 18 and 19 are 2), whichever connection asks.
        let header = try #require(FileManager.default.contents(atPath: path)?.prefix(20))
        #expect(Array(header.prefix(16)) == Array("SQLite format 3\0".utf8))
        #expect(header[header.startIndex + 18] == 2 && header[header.startIndex + 19] == 2)
    }

    @Test("opening twice migrates once and keeps the data")
    func reopen() async throws {
        let test = try await TestDatabase.make(.sqlite)
        defer { test.removeFiles() }
        let first = try await CandorDatabase.open(test.location)
        try await first.store().addCompany(CompanyDraft(name: "Acme"))
        await first.close()
        let second = try await CandorDatabase.open(test.location)
        #expect(try await second.store().companies().map(\.name) == ["Acme"])
        #expect(try await second.store().questions().count == StarterBankResource.bundled.questions.count)
        await second.close()
    }

    @Test("a file that is not SQLite is refused and left byte for byte as it was")
    func notADatabase() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.txt").path
        let original = Data("my precious notes\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: original))
        await #expect(throws: CandorError.notADatabase(path: path)) {
            _ = try await CandorDatabase.open(.sqlite(path: path))
        }
        #expect(FileManager.default.contents(atPath: path) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }

    @Test("another program's SQLite database is refused, not migrated")
    func foreignSQLite() async throws {
        let test = try await TestDatabase.make(.sqlite)
        defer { test.removeFiles() }
        guard case let .sqlite(path) = test.location else { return }
        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        databases.use(.sqlite(.file(path)), as: .candor)
        let raw = databases.database(.candor, logger: .init(label: "t"), on: databases.eventLoopGroup.any()) as! any SQLDatabase
        try await raw.raw("CREATE TABLE recipes (name TEXT)").run()
        await databases.shutdownAsync()
        await #expect {
            _ = try await CandorDatabase.open(test.location)
        } throws: { error in
            (error as? CandorError)?.errorDescription?.contains("another program") == true
        }
    }

    @Test("a folder path and an unreadable file give one-line errors")
    func unusablePaths() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        await #expect {
            _ = try await CandorDatabase.open(.sqlite(path: folder.path))
        } throws: { error in
            guard let text = (error as? CandorError)?.errorDescription else { return false }
            return text.contains("folder") && !text.contains("\n")
        }
    }

    @Test("the default location follows XDG, then HOME; options beat the environment")
    func locations() throws {
        #expect(DatabaseLocation.defaultSQLitePath(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/candor/candor.sqlite")
        #expect(DatabaseLocation.defaultSQLitePath(environment: ["HOME": "/h"]) == "/h/.local/share/candor/candor.sqlite")
        let env = ["CANDOR_DB": "/env.sqlite", "HOME": "/h"]
        #expect(try DatabaseLocation.resolve(db: "/opt.sqlite", databaseURL: nil, environment: env) == .sqlite(path: "/opt.sqlite"))
        #expect(try DatabaseLocation.resolve(db: nil, databaseURL: nil, environment: env) == .sqlite(path: "/env.sqlite"))
        #expect(try DatabaseLocation.resolve(db: nil, databaseURL: nil, environment: ["CANDOR_DATABASE_URL": "postgres://h/db"])
            == .postgres(url: "postgres://h/db"))
        #expect(throws: CandorError.self) { try DatabaseLocation.resolve(db: "/a", databaseURL: "postgres://h/db", environment: [:]) }
        #expect(DatabaseLocation.postgres(url: "postgres://me:secret@h/db").description == "postgres://me:***@h/db")
    }

    /// How long it takes is checked by the command-line tests, in a process of its own:
    /// here other tests share the threads and would blur the timing.
    @Test("an unreachable PostgreSQL fails with a clear one-line error")
    func unreachablePostgres() async throws {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        await #expect {
            _ = try await CandorDatabase.open(.postgres(url: "postgres://candor@127.0.0.1:1/candor"))
        } throws: { error in
            guard let text = (error as? CandorError)?.errorDescription else { return false }
            return text.hasPrefix("Cannot reach PostgreSQL at postgres://candor@127.0.0.1:1/candor: connection refused") && !text.contains("\n")
        }
    }
}

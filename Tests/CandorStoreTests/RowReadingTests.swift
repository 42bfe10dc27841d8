@testable import CandorStore
import CandorCore
import FluentKit
import Foundation
import SQLKit
import Testing

/// The query layer reads its busiest tables straight from SQL rows (`RowReadable`) instead of
/// through Fluent's reflection. Both must give the same models, column for column.
@Suite("Reading rows without Fluent's reflection")
struct RowReadingTests {
    @Test("every row-read model equals Fluent's reading of the same rows, on each back end", arguments: Backend.available)
    func sameAsFluent(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let demo = db.store(account: AccountID.demo)
            try await demo.openDemo(zone: TimeZone(identifier: "Europe/Berlin")!)
            if backend == .sqlite {
                // Instants Candor did not write itself (to the second): read to the microsecond
                // as Fluent reads them, whatever the digits beyond.
                let sql = try #require(demo.db as? any SQLDatabase)
                try await sql.raw("UPDATE interviews SET created_at = created_at + 0.1234567891, starts_at = starts_at + 0.0000015").run()
                try await sql.raw("UPDATE asks SET answered_at = answered_at + 0.9999996 WHERE answered_at IS NOT NULL").run()
            }
            try await Self.compare(InterviewModel.self, in: demo)
            try await Self.compare(ParticipantModel.self, in: demo)
            try await Self.compare(PersonModel.self, in: demo)
            try await Self.compare(CompanyModel.self, in: demo)
            try await Self.compare(StatusChangeModel.self, in: demo)
            try await Self.compare(AskModel.self, in: demo)
            try await Self.compare(QuestionModel.self, in: demo)
        }
    }

    @Test("each row reader reads every column of its table", arguments: Backend.available)
    func everyColumn(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let demo = db.store(account: AccountID.demo)
            try await demo.openDemo(zone: TimeZone(identifier: "UTC")!)
            let readers: [any RowReadable.Type] = [
                InterviewModel.self, ParticipantModel.self, PersonModel.self, CompanyModel.self, StatusChangeModel.self,
                AskModel.self, QuestionModel.self,
            ]
            let sql = try #require(demo.db as? any SQLDatabase)
            for reader in readers {
                let rows = try await sql.select().column("*").from(reader.schema).limit(1).all()
                let row = try #require(rows.first, "the demo has \(reader.schema)")
                let recording = RecordingRow(row: row)
                _ = try reader.read(StoredRow(recording))
                #expect(recording.read.sorted() == row.allColumns.sorted(), "\(reader.schema): columns not read")
            }
        }
    }

    @Test("an empty list of ids matches nothing on either back end, rather than failing", arguments: Backend.available)
    func emptyIn(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let demo = db.store(account: AccountID.demo)
            try await demo.openDemo(zone: TimeZone(identifier: "UTC")!)
            let none = try await demo.rows(PersonModel.self) { $0.where("id", in: [UUID]()) }
            #expect(none.isEmpty)
            let all = try await demo.rows(PersonModel.self)
            #expect(!all.isEmpty)
        }
    }

    @Test("rows are always the store's account's", arguments: Backend.available)
    func accountScope(backend: Backend) async throws {
        try await TestDatabase.with(backend) { db, store in
            let demo = db.store(account: AccountID.demo)
            try await demo.openDemo(zone: TimeZone(identifier: "UTC")!)
            #expect(try await store.rows(CompanyModel.self).isEmpty, "the candidate's own account has none of the demo's")
            let ids = try await demo.rows(CompanyModel.self).compactMap(\.id)
            #expect(try await store.rows(CompanyModel.self) { $0.where("id", in: ids) }.isEmpty)
        }
    }

    /// Fluent's models and the row reader's, by id, encoded the same way: a column the reader
    /// forgot is missing from its encoding.
    static func compare<M: RowReadable>(_ type: M.Type, in store: Store, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let fluent = try await M.query(on: store.db).filter("account_id", .equal, store.accountID).all()
        let mine = try await store.rows(M.self)
        let expected = try Dictionary(uniqueKeysWithValues: fluent.map { ("\($0.id!)", String(decoding: try encoder.encode($0), as: UTF8.self)) })
        let actual = try Dictionary(uniqueKeysWithValues: mine.map { ("\($0.id!)", String(decoding: try encoder.encode($0), as: UTF8.self)) })
        #expect(!expected.isEmpty, "the demo has \(M.schema)", sourceLocation: sourceLocation)
        #expect(actual.keys.sorted() == expected.keys.sorted(), "the same rows of \(M.schema)", sourceLocation: sourceLocation)
        for (id, json) in expected {
            #expect(actual[id] == json, "\(M.schema) \(id)", sourceLocation: sourceLocation)
        }
    }
}

/// A row that remembers which columns were read from it.
final class RecordingRow: SQLRow, @unchecked Sendable {
    let row: any SQLRow
    private(set) var read: Set<String> = []

    init(row: any SQLRow) { self.row = row }

    var allColumns: [String] { row.allColumns }
    func contains(column: String) -> Bool { row.contains(column: column) }
    func decodeNil(column: String) throws -> Bool {
        read.insert(column)
        return try row.decodeNil(column: column)
    }
    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        read.insert(column)
        return try row.decode(column: column, as: D.self)
    }
}

@Suite("Parsing ids read as text")
struct FastUUIDTests {
    @Test("reads what Foundation reads, in either case, and nothing else")
    func sameAsFoundation() {
        for _ in 0..<1_000 {
            let id = UUID()
            #expect(FastUUID.parse(id.uuidString) == id)
            #expect(FastUUID.parse(id.uuidString.lowercased()) == id)
        }
        let good = "CC2BC800-4CA1-4718-8876-E5F05BEB1F36"
        for bad in ["", "CC2BC800-4CA1-4718-8876-E5F05BEB1F3", good + "0", "CC2BC800_4CA1-4718-8876-E5F05BEB1F36",
                    "CC2BC800-4CA1-4718-8876-E5F05BEB1F3G", "CC2BC8004-CA1-4718-8876-E5F05BEB1F36", "ÉC2BC800-4CA1-4718-8876-E5F05BEB1F3"] {
            #expect(FastUUID.parse(bad) == nil, "\(bad)")
            #expect(UUID(uuidString: bad) == nil, "Foundation agrees on \(bad)")
        }
    }
}

@Suite("Reading lists stored as JSON text")
struct PlainStringListTests {
    @Test("plain lists are read as JSONDecoder reads them; anything else is left to it")
    func sameAsJSON() throws {
        for list in [[], ["any"], ["engineer", "hiring-manager", "any"], ["Zoë", "日本", "a b"], [""]] as [[String]] {
            let text = String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
            #expect(PlainStringList.parse(text) == list, "\(text)")
        }
        for text in ["", "[", "]", "[\"a\"", "[\"a\",]", "[\"a\" ]", "[ \"a\"]", "[\"a\\\"b\"]", "[\"a\\u0041\"]", "[1]",
                     "[\"a\"]x", "[\"a\",,\"b\"]", "{\"a\":1}"] {
            #expect(PlainStringList.parse(text) == nil, "\(text)")
        }
    }
}

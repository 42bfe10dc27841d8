import FluentSQLiteDriver
import Foundation
import SQLKit

/// One row as the row readers (`RowReadable`) see it: each value as Fluent would decode it,
/// read without the generic decoder where the stored form is the usual one.
///
/// SQLite stores ids as text, instants as seconds (`REAL`), flags as 0 or 1 and lists as JSON
/// text; for those, the value is taken directly. Anything else, and every PostgreSQL value,
/// goes through the same decoder Fluent uses.
struct StoredRow {
    enum Source {
        case sqlite(SQLiteRow)
        case sql(any SQLRow)
    }

    let source: Source

    init(sqlite row: SQLiteRow) { source = .sqlite(row) }
    init(_ row: any SQLRow) { source = .sql(row) }

    /// The value of `column`, decoded as Fluent would.
    func value<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try decoded(column, as: T.self)
    }

    func value(_ column: String, as type: String.Type = String.self) throws -> String {
        if case .text(let text)? = try sqliteData(column) { return text }
        return try decoded(column, as: String.self)
    }

    func value(_ column: String, as type: String?.Type = String?.self) throws -> String? {
        try isNull(column) ? nil : try value(column, as: String.self)
    }

    func value(_ column: String, as type: Int.Type = Int.self) throws -> Int {
        if case .integer(let number)? = try sqliteData(column) { return number }
        return try decoded(column, as: Int.self)
    }

    func value(_ column: String, as type: Int?.Type = Int?.self) throws -> Int? {
        try isNull(column) ? nil : try value(column, as: Int.self)
    }

    func value(_ column: String, as type: Bool.Type = Bool.self) throws -> Bool {
        if case .integer(let number)? = try sqliteData(column), number == 0 || number == 1 { return number == 1 }
        return try decoded(column, as: Bool.self)
    }

    func value(_ column: String, as type: Date.Type = Date.self) throws -> Date {
        switch try sqliteData(column) {
        case .float(let seconds)?: return Self.date(since1970: seconds)
        case .integer(let seconds)?: return Self.date(since1970: Double(seconds))
        default: return try decoded(column, as: Date.self)
        }
    }

    func value(_ column: String, as type: Date?.Type = Date?.self) throws -> Date? {
        try isNull(column) ? nil : try value(column, as: Date.self)
    }

    /// An id. Foundation parses text with `sscanf` behind the generic decoder: a tenth of a
    /// large page's time, before.
    func value(_ column: String, as type: UUID.Type = UUID.self) throws -> UUID {
        if case .text(let text)? = try sqliteData(column), let id = FastUUID.parse(text) { return id }
        return try decoded(column, as: UUID.self)
    }

    func value(_ column: String, as type: UUID?.Type = UUID?.self) throws -> UUID? {
        try isNull(column) ? nil : try value(column, as: UUID.self)
    }

    /// A list of ids: on SQLite JSON text (`["engineer","any"]`), which the decoder hands to
    /// `JSONDecoder` (a quarter of the question bank page, before). A plain list is split here.
    func value(_ column: String, as type: [String].Type = [String].self) throws -> [String] {
        if case .text(let text)? = try sqliteData(column), let list = PlainStringList.parse(text) { return list }
        return try decoded(column, as: [String].self)
    }

    /// An instant as SQLiteNIO makes it from seconds: rounded to microseconds from the
    /// reference date, so that it equals what Fluent reads.
    static func date(since1970 seconds: Double) -> Date {
        let sinceReference = seconds - Date.timeIntervalBetween1970AndReferenceDate
        return Date(timeIntervalSinceReferenceDate: (sinceReference * 1e6).rounded() / 1e6)
    }

    /// The SQLite value of `column`, or nil on another database.
    private func sqliteData(_ column: String) throws -> SQLiteData? {
        guard case .sqlite(let row) = source else { return nil }
        guard let data = row.column(column) else { throw Self.missing(column) }
        return data
    }

    private func isNull(_ column: String) throws -> Bool {
        switch source {
        case .sqlite: return try sqliteData(column) == .null
        case .sql(let row): return try row.decodeNil(column: column)
        }
    }

    private func decoded<T: Decodable>(_ column: String, as type: T.Type) throws -> T {
        switch source {
        case .sqlite: return try SQLiteDataDecoder().decode(T.self, from: try sqliteData(column)!)
        case .sql(let row): return try row.decode(column: column, as: T.self)
        }
    }

    private static func missing(_ column: String) -> DecodingError {
        .keyNotFound(SQLColumnKey(column), .init(codingPath: [], debugDescription: "no column \(column)"))
    }

    private struct SQLColumnKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// Parses the 36 characters of a UUID (`8-4-4-4-12` hex digits, either case).
enum FastUUID {
    static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { bytes -> UUID? in
            guard bytes.count == 36 else { return nil }
            var out: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var position = 0
            let ok = withUnsafeMutableBytes(of: &out) { raw -> Bool in
                for index in 0..<16 {
                    if position == 8 || position == 13 || position == 18 || position == 23 {
                        guard bytes[position] == UInt8(ascii: "-") else { return false }
                        position += 1
                    }
                    guard let high = nibble(bytes[position]), let low = nibble(bytes[position + 1]) else { return false }
                    raw[index] = high << 4 | low
                    position += 2
                }
                return true
            }
            return ok ? UUID(uuid: out) : nil
        }
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// Reads `["a","b"]`: a JSON array of strings without escapes or spaces, as Candor writes them.
enum PlainStringList {
    static func parse(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") else { return nil }
        if bytes.count == 2 { return [] }
        var result: [String] = []
        var index = 1
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let start = index + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                // Escapes and control characters are left to JSONDecoder.
                if bytes[end] == UInt8(ascii: "\\") || bytes[end] < 0x20 { return nil }
                end += 1
            }
            guard end < bytes.count else { return nil }
            result.append(String(decoding: bytes[start..<end], as: UTF8.self))
            index = end + 1
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "]") { return index == bytes.count - 1 ? result : nil }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
        }
    }
}

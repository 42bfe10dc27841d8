import CandorCore
import Foundation

/// Everything commands print: aligned tables, "Label: value" blocks and JSON.
enum Output {
    /// Prints `rows` under `header`, each column as wide as its widest cell, two spaces apart.
    static func table(_ header: [String], _ rows: [[String]], indent: String = "") {
        aligned([header] + rows, indent: indent).forEach { print($0) }
    }

    /// The rows as lines with each column as wide as its widest cell, two spaces apart.
    static func aligned(_ rows: [[String]], indent: String = "") -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                if column == widths.count { widths.append(0) }
                widths[column] = max(widths[column], cell.count)
            }
        }
        return rows.map { row in
            let cells = row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            var line = indent + cells.joined(separator: "  ")
            // Empty trailing cells would otherwise leave invisible spaces that break copy-paste and diffs.
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// Prints "Label: value" lines with the values aligned; fields without a value are left out.
    static func fields(_ pairs: [(String, String?)], indent: String = "") {
        let present = pairs.compactMap { label, value in value.map { (label, $0) } }
        let width = present.map { $0.0.count }.max() ?? 0
        for (label, value) in present {
            let padding = String(repeating: " ", count: width - label.count)
            print("\(indent)\(label):\(padding) \(value)")
        }
    }

    /// Prints `value` as Candor's JSON: sorted keys, ISO 8601 instants.
    static func json<T: Encodable>(_ value: T) throws {
        print(try CandorJSON.string(value), terminator: "")
    }

    /// Prints a list as JSON; an empty one as `[]`, which scripts test for, where Foundation's
    /// pretty printer would write `[`, a blank line and `]`.
    static func json<T: Encodable>(_ items: [T]) throws {
        guard !items.isEmpty else { return print("[]") }
        print(try CandorJSON.string(items), terminator: "")
    }

    /// A calendar day in this machine's zone, e.g. `2026-03-14`.
    static func day(_ date: Date) -> String {
        String(LocalTime.format(date, in: .current).prefix(10))
    }

    /// An interview's start in the zone it was entered in, which is where it happens.
    static func start(of interview: Interview) -> String {
        LocalTime.display(interview.startsAt, in: TimeZone(identifier: interview.timeZone) ?? .current)
    }

    /// `1 interview`, `3 interviews`: nouns whose plural takes an `s`.
    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// Names of the panel, in panel order.
    static func panel(of interview: Interview) -> String {
        interview.participants.map(\.name).joined(separator: ", ")
    }
}

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
        Swift.print(terminalSafeJSON(try CandorJSON.string(value)), terminator: "")
    }

    /// Prints a list as JSON; an empty one as `[]`, which scripts test for, where Foundation's
    /// pretty printer would write `[`, a blank line and `]`.
    static func json<T: Encodable>(_ items: [T]) throws {
        guard !items.isEmpty else { return Swift.print("[]") }
        Swift.print(terminalSafeJSON(try CandorJSON.string(items)), terminator: "")
    }

    /// JSON with the control characters its encoder leaves raw (DEL and the C1 range, which
    /// some terminals obey) written as `\u` escapes: the same data for a program, inert on a terminal.
    static func terminalSafeJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isControl) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if isControl(scalar) {
                result.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// A calendar day in this machine's zone, e.g. `2026-03-14`.
    static func day(_ date: Date) -> String {
        LocalTime.day(date, in: .current)
    }

    /// An interview's start in the zone it was entered in, which is where it happens.
    static func start(of interview: Interview) -> String {
        LocalTime.display(interview.startsAt, in: TimeZone(identifier: interview.timeZone) ?? .current)
    }

    /// `1 interview`, `3 interviews`: nouns whose plural takes an `s`.
    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// The start of a text on one line, cut at a word and ended with `…` when longer than
    /// `maxLength` characters: `"What do you love most about working…"`.
    static func opening(_ text: String, maxLength: Int = 40) -> String {
        let line = printable(text.split(whereSeparator: \.isNewline).joined(separator: " "))
        guard line.count > maxLength else { return line }
        var cut = String(line.prefix(maxLength))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= maxLength / 2 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, last.isWhitespace || ",;:".contains(last) { cut.removeLast() }
        return cut + "…"
    }

    /// Text as it may go to a terminal: control characters other than tabs and line breaks
    /// (an escape sequence pasted into an answer, say) are shown as `�` instead of being obeyed.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isControl(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control && !["\t", "\n", "\r"].contains(scalar)
    }

    /// A count with thousands separated by commas, whatever the machine's locale: `20,000`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (number < 0 ? "-" : "") + grouped
    }

    /// Names of the panel, in panel order.
    static func panel(of interview: Interview) -> String {
        interview.participants.map(\.name).joined(separator: ", ")
    }
}

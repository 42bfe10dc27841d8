import Foundation

enum CSVBankReader {
    struct Record {
        var line: Int
        var fields: [String]
    }

    static let columns = ["text", "category", "audiences", "contexts", "themes", "minutes", "purpose"]
    /// Singular spellings people type, read as the plural column.
    static let aliases = ["audience": "audiences", "context": "contexts", "theme": "themes"]

    static func read(_ text: String) throws -> ParsedImport {
        var rows = try records(text)[...]
        while let first = rows.first, isBlank(first) { rows.removeFirst() }
        guard let header = rows.popFirst() else { return ParsedImport() }

        var index: [String: Int] = [:]
        for (position, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            guard let column = columns.contains(name) ? name : aliases[name] else { continue }
            guard index[column] == nil else {
                throw CandorError.invalidImport(line: header.line, reason: "the header names the '\(column)' column twice")
            }
            index[column] = position
        }
        guard index["text"] != nil else {
            var reason = "the header row has no 'text' column; the first row must name the columns, e.g. \(columns.joined(separator: ","))"
            if header.fields.count == 1, header.fields[0].contains(";") || header.fields[0].contains("\t") {
                reason += " (columns must be separated by commas)"
            }
            throw CandorError.invalidImport(line: header.line, reason: reason)
        }

        var result = ParsedImport()
        for record in rows where !isBlank(record) {
            let place = BankImport.Place.line(record.line)
            func field(_ name: String) -> String {
                guard let position = index[name], position < record.fields.count else { return "" }
                return Self.unprotected(record.fields[position])
            }
            func list(_ name: String) -> [String] {
                field(name).split(separator: ";").compactMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmedOrNil }
            }
            var draft = QuestionDraft(text: field("text"), category: field("category"))
            draft.audiences = try BankImport.choices(list("audiences"), as: Audience.self, singular: "audience", plural: "audiences", at: place)
            draft.contexts = try BankImport.choices(list("contexts"), as: CompanyContext.self, singular: "context", plural: "contexts", at: place)
            draft.themes = try BankImport.choices(list("themes"), as: Theme.self, singular: "theme", plural: "themes", at: place)
            draft.purpose = field("purpose")
            do {
                draft.minutes = try FieldCheck.parseNumber(field("minutes"), field: "minutes", in: QuestionDraft.minutesRange) ?? 2
            } catch {
                result.rejections.append(ImportRejection(line: record.line, reason: BankImport.reason(error)))
                continue
            }
            BankImport.file(draft, line: record.line, retired: false, into: &result)
        }
        return result
    }

    /// A cell as it was before `BankExport.spreadsheetSafe` protected it from spreadsheets.
    static func unprotected(_ cell: String) -> String {
        guard cell.unicodeScalars.first == "'", BankExport.startsLikeFormula(cell) else { return cell }
        return String(String.UnicodeScalarView(cell.unicodeScalars.dropFirst()))
    }

    private static func isBlank(_ record: Record) -> Bool {
        record.fields.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// RFC 4180 records, each with the physical line it starts on. CRLF, LF and lone CR end records.
    static func records(_ text: String) throws -> [Record] {
        let scalars = Array(text.unicodeScalars)
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var fieldQuoted = false
        var recordLine = 1
        var line = 1
        var index = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldQuoted = false
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\"" where !fieldQuoted && field.allSatisfy({ $0 == " " || $0 == "\t" }):
                // A quoted field (spaces before the opening quote are forgiven).
                let startLine = line
                field = String.UnicodeScalarView()
                fieldQuoted = true
                index += 1
                while true {
                    guard index < scalars.count else {
                        throw CandorError.invalidImport(
                            line: startLine, reason: "a quoted field starts here but its closing quote (\") is missing")
                    }
                    let inner = scalars[index]
                    if inner == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            field.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if inner == "\n" || (inner == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n")) {
                        line += 1
                    }
                    field.append(inner)
                    index += 1
                }
            case ",":
                endField()
                index += 1
            case "\r", "\n":
                endField()
                records.append(Record(line: recordLine, fields: fields))
                fields = []
                index += (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n") ? 2 : 1
                line += 1
                recordLine = line
            default:
                field.append(scalar)
                index += 1
            }
        }
        if !fields.isEmpty || !field.isEmpty || fieldQuoted {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}

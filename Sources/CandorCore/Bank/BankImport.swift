import Foundation

/// Reads a question bank from a Markdown, CSV or JSON file.
///
/// A file that cannot be used at all throws ``CandorError/invalidImport(line:reason:)`` (nothing is
/// imported); a single row or list item that is wrong goes to ``ParsedImport/rejections`` with its line
/// and the rest still imports. Every returned draft has passed ``QuestionDraft/validated()``.
///
/// - Markdown: list items that look like questions, categorised by the heading above them; Candor's
///   own export carries each question's details in a trailing `<!-- candor {json} -->` comment.
/// - CSV: RFC 4180 with a header row naming at least a `text` column.
/// - JSON: Candor's versioned `candor-questions` file (see ``BankExport``).
public enum BankImport {
    public static let maxBytes = 5 * 1024 * 1024

    public static func parse(_ data: Data, format: BankFormat) throws -> ParsedImport {
        let text = try decodeText(data)
        let parsed: ParsedImport
        switch format {
        case .markdown:
            var reader = MarkdownBankReader(text: text)
            parsed = try reader.read()
        case .csv:
            parsed = try CSVBankReader.read(text)
        case .json:
            parsed = try JSONBankReader.read(text)
        }
        guard !parsed.questions.isEmpty || !parsed.rejections.isEmpty else {
            let hint = switch format {
            case .markdown: "in Markdown, questions are list items such as '- What does a normal week look like?'"
            case .csv: "a CSV file needs a header row with a 'text' column, then one question per row"
            case .json: "the \"questions\" list is empty"
            }
            throw CandorError.invalidImport(line: nil, reason: "no questions found; \(hint)")
        }
        return parsed
    }

    /// The file as text: refuses empty, oversized, binary and non-UTF-8 files; drops a UTF-8 BOM.
    static func decodeText(_ data: Data) throws -> String {
        guard !data.isEmpty else { throw CandorError.invalidImport(line: nil, reason: "the file is empty") }
        guard data.count <= maxBytes else {
            throw CandorError.invalidImport(line: nil, reason: "the file is larger than \(maxBytes / 1024 / 1024) MB")
        }
        var bytes = [UInt8](data)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw CandorError.invalidImport(line: nil, reason: "the file is UTF-16 text; save it as UTF-8 and try again")
        }
        guard !bytes.contains(0) else {
            throw CandorError.invalidImport(line: nil, reason: "the file looks binary, not text")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidUTF8Offset(bytes) {
            var line = 1
            for byte in bytes[..<offset] where byte == 0x0A { line += 1 }
            throw CandorError.invalidImport(line: line, reason: "the file is not UTF-8 text; save it as UTF-8 and try again")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else {
            throw CandorError.invalidImport(line: nil, reason: "the file is empty (only blank lines and spaces)")
        }
        return text
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    // MARK: Shared by the readers

    /// Where a question came from, for messages: a line (Markdown, CSV) or an index (JSON).
    enum Place {
        case line(Int)
        case question(Int)

        var number: Int {
            switch self {
            case let .line(number), let .question(number): number
            }
        }

        func fatal(_ reason: String) -> CandorError {
            switch self {
            case let .line(number): .invalidImport(line: number, reason: reason)
            case let .question(number): .invalidImport(line: nil, reason: "question \(number): \(reason)")
            }
        }
    }

    /// Parses vocabulary ids; an unknown one makes the whole file unusable, naming the field and the valid ids.
    static func choices<T: Choice>(_ values: [String], as _: T.Type, singular: String, plural: String, at place: Place) throws -> [T] {
        try values.map { value in
            do {
                return try T.parse(value, field: plural)
            } catch {
                let valid = T.allCases.map(\.rawValue).joined(separator: ", ")
                throw place.fatal("unknown \(singular) '\(value.trimmingCharacters(in: .whitespaces))'; valid \(plural): \(valid)")
            }
        }
    }

    /// Validates `draft` and files it as a question, or as a rejection with validation's own words.
    static func file(_ draft: QuestionDraft, line: Int, retired: Bool, into result: inout ParsedImport) {
        do {
            result.questions.append(ImportedQuestion(line: line, draft: try draft.validated(), retired: retired))
        } catch {
            result.rejections.append(ImportRejection(line: line, reason: reason(error)))
        }
    }

    static func reason(_ error: Error) -> String {
        (error as? LocalizedError)?.errorDescription ?? String(describing: error)
    }
}

// MARK: - JSON values

/// Any JSON value, keeping whole numbers apart from fractions and booleans apart from numbers.
enum BankJSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([BankJSONValue])
    case object([String: BankJSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([BankJSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: BankJSONValue].self))
        }
    }

    static func parse(_ text: some Collection<UInt8>) -> BankJSONValue? {
        try? JSONDecoder().decode(BankJSONValue.self, from: Data(text))
    }
}

/// The question fields of Candor's JSON (a question in the JSON file, or a Markdown `candor` comment).
enum BankJSONFields {
    /// A field of the wrong kind (`shape`), or a value the row cannot use (`reject`).
    enum Problem: Error {
        case shape(String)
        case reject(String)
    }

    /// Copies the fields present in `object` onto `draft`; returns whether the question is retired.
    ///
    /// Throws ``CandorError`` for unknown vocabulary ids (fatal) and ``Problem`` otherwise.
    static func apply(_ object: [String: BankJSONValue], to draft: inout QuestionDraft, at place: BankImport.Place) throws -> Bool {
        func string(_ key: String) throws -> String? {
            switch object[key] {
            case nil, .null?: return nil
            case let .string(value)?: return value
            default: throw Problem.shape("\"\(key)\" must be text")
            }
        }
        func strings(_ key: String) throws -> [String]? {
            switch object[key] {
            case nil, .null?: return nil
            case let .array(values)?:
                return try values.map {
                    guard case let .string(value) = $0 else { throw Problem.shape("\"\(key)\" must be a list of ids") }
                    return value
                }
            default: throw Problem.shape("\"\(key)\" must be a list of ids")
            }
        }
        func bool(_ key: String) throws -> Bool? {
            switch object[key] {
            case nil, .null?: return nil
            case let .bool(value)?: return value
            default: throw Problem.shape("\"\(key)\" must be true or false")
            }
        }

        if let text = try string("text") { draft.text = text }
        if let category = try string("category") { draft.category = category }
        if let values = try strings("audiences") {
            draft.audiences = try BankImport.choices(values, as: Audience.self, singular: "audience", plural: "audiences", at: place)
        }
        if let values = try strings("contexts") {
            draft.contexts = try BankImport.choices(values, as: CompanyContext.self, singular: "context", plural: "contexts", at: place)
        }
        if let values = try strings("themes") {
            draft.themes = try BankImport.choices(values, as: Theme.self, singular: "theme", plural: "themes", at: place)
        }
        if let purpose = try string("purpose") { draft.purpose = purpose }
        if let askEveryone = try bool("askEveryone") { draft.askEveryone = askEveryone }
        let retired = try bool("retired") ?? false
        switch object["minutes"] {
        case nil, .null?: break
        case let .int(minutes)?: draft.minutes = minutes
        case let .double(minutes)?:
            guard minutes.rounded() == minutes, let whole = Int(exactly: minutes) else {
                throw Problem.reject("minutes: \(minutes) is not a whole number")
            }
            draft.minutes = whole
        default: throw Problem.shape("\"minutes\" must be a whole number")
        }
        return retired
    }
}

// MARK: - JSON

enum JSONBankReader {
    static func read(_ text: String) throws -> ParsedImport {
        func fail(_ reason: String) -> CandorError { .invalidImport(line: nil, reason: reason) }
        guard let root = BankJSONValue.parse(Array(text.utf8)) else { throw fail("the file is not valid JSON") }
        guard case let .object(top) = root else {
            throw fail("it is not a Candor question file (expected an object with \"format\": \"\(BankExport.jsonFormatName)\")")
        }
        guard case .string(BankExport.jsonFormatName)? = top["format"] else {
            if case .string("candor-backup")? = top["format"] {
                throw fail("this is a Candor backup, not a question file; restore it instead of importing it")
            }
            throw fail("it is not a Candor question file (it does not say \"format\": \"\(BankExport.jsonFormatName)\")")
        }
        guard let versionValue = top["version"], versionValue != .null else { throw fail("it has no version number") }
        guard case let .int(version) = versionValue, version >= 1 else {
            throw fail("its version must be a whole number from 1, not \(describe(versionValue))")
        }
        guard version <= BankExport.jsonVersion else {
            throw fail("it was made by a newer Candor (version \(version)); update Candor first")
        }
        guard case let .array(items)? = top["questions"] else { throw fail("it has no \"questions\" list") }

        var result = ParsedImport()
        for (index, item) in items.enumerated() {
            let place = BankImport.Place.question(index + 1)
            guard case let .object(object) = item else {
                throw place.fatal("expected an object with a \"text\", not \(describe(item))")
            }
            var draft = QuestionDraft(text: "")
            let retired: Bool
            do {
                retired = try BankJSONFields.apply(object, to: &draft, at: place)
            } catch let BankJSONFields.Problem.shape(reason) {
                throw place.fatal(reason)
            } catch let BankJSONFields.Problem.reject(reason) {
                result.rejections.append(ImportRejection(line: place.number, reason: reason))
                continue
            }
            BankImport.file(draft, line: place.number, retired: retired, into: &result)
        }
        return result
    }

    private static func describe(_ value: BankJSONValue) -> String {
        switch value {
        case .null: "null"
        case let .bool(flag): "\(flag)"
        case let .int(number): "\(number)"
        case let .double(number): "\(number)"
        case let .string(text): "\"\(text.prefix(40))\""
        case .array: "a list"
        case .object: "an object"
        }
    }
}

// MARK: - CSV

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
                return record.fields[position]
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

// MARK: - Markdown

/// Reads questions from Markdown: list items (at any depth) that look like questions, under the
/// category of the nearest heading above. A CommonMark-flavoured line scanner, not a full parser:
/// it knows just enough block structure to skip code, quotes, tables, HTML and front matter.
struct MarkdownBankReader {
    typealias Line = [Unicode.Scalar]

    private enum Mode: Equatable {
        case normal
        case fence(Unicode.Scalar, Int)
        case comment
        case htmlBlock
        case quote
        case table
    }

    private let lines: [Line]
    private var result = ParsedImport()
    private var category = QuestionDraft.defaultCategory
    /// The list item being read: its first line number and its lines so far.
    private var item: (line: Int, parts: [Line])?
    /// The prose paragraph being read (it may turn out to be a setext heading).
    private var paragraph: [Line] = []
    /// Content indents of the open list items, outermost first.
    private var listIndents: [Int] = []

    init(text: String) {
        lines = Self.splitLines(text)
    }

    mutating func read() throws -> ParsedImport {
        var mode = Mode.normal
        var previousBlank = true
        var index = frontMatterEnd()
        while index < lines.count {
            defer { index += 1 }
            let line = Self.expandLeadingTabs(lines[index])
            let indent = line.prefix(while: { $0 == " " }).count
            let rest = Array(line[indent...])
            let blank = rest.allSatisfy { $0 == " " || $0 == "\t" }
            let wasBlank = previousBlank
            previousBlank = blank

            switch mode {
            case .normal:
                break
            case let .fence(marker, length):
                if Self.closesFence(rest, marker: marker, length: length) { mode = .normal }
                continue
            case .comment:
                if Self.find(Array("-->".unicodeScalars), in: rest) != nil { mode = .normal }
                continue
            case .htmlBlock:
                if blank { mode = .normal }
                continue
            case .quote, .table:
                if blank {
                    mode = .normal
                } else if mode == .quote, rest.first == ">" {
                    continue
                } else if Self.startsBlock(rest) {
                    mode = .normal
                } else {
                    continue  // a lazy line of the quote, or a table row
                }
            }

            if blank {
                try finishItem()
                paragraph = []
                continue
            }
            let base = listIndents.last(where: { $0 <= indent }) ?? 0
            if indent - base >= 4 {
                // Too indented to start anything: continues what is open, else code (ignored).
                if item != nil {
                    item?.parts.append(rest)
                } else if !paragraph.isEmpty {
                    paragraph.append(rest)
                }
                continue
            }
            if let fence = Self.opensFence(rest) {
                try closeBlock(at: indent)
                mode = .fence(fence.marker, fence.length)
                continue
            }
            if let heading = Self.atxHeading(rest) {
                try closeBlock(at: indent)
                category = MarkdownInline.clean(heading)
                continue
            }
            if item == nil, !paragraph.isEmpty, Self.isSetextUnderline(rest) {
                category = MarkdownInline.clean(Array(paragraph.joined(separator: ["\n"])))
                paragraph = []
                continue
            }
            if Self.isThematicBreak(rest) {
                try closeBlock(at: indent)
                continue
            }
            if rest.first == ">" {
                try closeBlock(at: indent)
                mode = .quote
                continue
            }
            if let marker = Self.listMarker(rest, indent: indent), !(marker.content.isEmpty && item == nil && !paragraph.isEmpty) {
                try closeBlock(at: indent)
                listIndents.append(marker.contentIndent)
                item = (index + 1, [marker.content])
                continue
            }
            if rest.starts(with: "<!--".unicodeScalars) {
                if item != nil, Self.candorComment(rest) != nil {
                    item?.parts.append(rest)
                    continue
                }
                try closeBlock(at: indent)
                if Self.find(Array("-->".unicodeScalars), in: Array(rest.dropFirst(4))) == nil { mode = .comment }
                continue
            }
            if Self.opensHTMLBlock(rest) {
                if !Self.isBlockTag(rest) {
                    if item != nil {
                        item?.parts.append(rest)
                        continue
                    }
                    if !paragraph.isEmpty {
                        paragraph.append(rest)
                        continue
                    }
                }
                try closeBlock(at: indent)
                mode = .htmlBlock
                continue
            }
            if rest.contains("|"), index + 1 < lines.count, Self.isTableDelimiter(lines[index + 1]) {
                try closeBlock(at: indent)
                mode = .table
                continue
            }
            if item != nil {
                item?.parts.append(rest)
                continue
            }
            if wasBlank { listIndents.removeAll { $0 > indent } }
            paragraph.append(rest)
        }
        try finishItem()
        return result
    }

    /// Ends the open item and paragraph, and the lists this line is not inside.
    private mutating func closeBlock(at indent: Int) throws {
        try finishItem()
        paragraph = []
        listIndents.removeAll { $0 > indent }
    }

    private mutating func finishItem() throws {
        guard let open = item else { return }
        item = nil
        var raw = Array(open.parts.joined(separator: ["\n"]))
        raw = Array(raw.drop(while: \.properties.isWhitespace))
        // A task-list box: "[ ] ", "[x] ".
        if raw.count >= 3, raw[0] == "[", raw[1] == " " || raw[1] == "x" || raw[1] == "X", raw[2] == "]",
           raw.count == 3 || raw[3].properties.isWhitespace {
            raw = Array(raw.dropFirst(3).drop(while: \.properties.isWhitespace))
        }
        var metadata: [Unicode.Scalar]?
        if let comment = Self.candorComment(raw) {
            metadata = comment.json
            raw = Array(raw[..<comment.start])
        }
        if metadata == nil, MarkdownInline.isOnlyLink(raw) { return }
        let text = MarkdownInline.clean(raw)
        guard metadata != nil || Self.looksLikeQuestion(text) else { return }

        var draft = QuestionDraft(text: text, category: category)
        var retired = false
        if let metadata {
            let json = String(String.UnicodeScalarView(metadata))
            let object: [String: BankJSONValue]
            if json.trimmingCharacters(in: .whitespaces).isEmpty {
                object = [:]
            } else if case let .object(parsed)? = BankJSONValue.parse(Array(json.utf8)) {
                object = parsed
            } else {
                result.rejections.append(ImportRejection(line: open.line, reason: "the candor comment is not a JSON object"))
                return
            }
            do {
                var details = object
                details["text"] = nil
                details["category"] = nil
                retired = try BankJSONFields.apply(details, to: &draft, at: .line(open.line))
            } catch let BankJSONFields.Problem.shape(reason) {
                result.rejections.append(ImportRejection(line: open.line, reason: "candor comment: \(reason)"))
                return
            } catch let BankJSONFields.Problem.reject(reason) {
                result.rejections.append(ImportRejection(line: open.line, reason: reason))
                return
            }
        }
        BankImport.file(draft, line: open.line, retired: retired, into: &result)
    }

    // MARK: Questions

    static let questionWords: Set<String> = [
        "what", "how", "why", "when", "where", "who", "whom", "which", "whose", "is", "are", "was", "were", "do",
        "does", "did", "can", "could", "would", "will", "should", "have", "has", "may", "tell", "walk", "describe",
        "explain", "share", "show", "talk", "give", "and",
    ]

    /// A question mark (also the full-width and Arabic ones), or a question word first.
    static func looksLikeQuestion(_ text: String) -> Bool {
        if text.unicodeScalars.contains(where: { $0 == "?" || $0 == "\u{FF1F}" || $0 == "\u{061F}" }) { return true }
        let word = text.unicodeScalars
            .drop(while: { !$0.properties.isAlphabetic })
            .prefix(while: { $0.properties.isAlphabetic })
        return questionWords.contains(String(String.UnicodeScalarView(word)).lowercased())
    }

    /// A trailing `<!-- candor {json} -->`: where it starts and the JSON inside.
    static func candorComment(_ raw: [Unicode.Scalar]) -> (start: Int, json: [Unicode.Scalar])? {
        var end = raw.count
        while end > 0, raw[end - 1].properties.isWhitespace { end -= 1 }
        guard end >= 7, raw[end - 3] == "-", raw[end - 2] == "-", raw[end - 1] == ">" else { return nil }
        var start = end - 7
        while start >= 0 {
            if raw[start] == "<", raw[start + 1] == "!", raw[start + 2] == "-", raw[start + 3] == "-" { break }
            start -= 1
        }
        guard start >= 0 else { return nil }
        var backslashes = 0
        while start - backslashes - 1 >= 0, raw[start - backslashes - 1] == "\\" { backslashes += 1 }
        guard backslashes % 2 == 0 else { return nil }
        var cursor = start + 4
        while cursor < end - 3, raw[cursor].properties.isWhitespace { cursor += 1 }
        let keyword = Array("candor".unicodeScalars)
        guard cursor + keyword.count <= end - 3, Array(raw[cursor..<(cursor + keyword.count)]) == keyword else { return nil }
        cursor += keyword.count
        guard cursor == end - 3 || raw[cursor].properties.isWhitespace || raw[cursor] == "{" else { return nil }
        let json = Array(raw[cursor..<(end - 3)])
        guard find(Array("-->".unicodeScalars), in: json) == nil else { return nil }
        return (start, json)
    }

    // MARK: Block syntax

    static func splitLines(_ text: String) -> [Line] {
        var lines: [Line] = [[]]
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            if scalar == "\n" && afterCR { continue }
            if scalar == "\n" || scalar == "\r" {
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
        }
        return lines
    }

    static func expandLeadingTabs(_ line: Line) -> Line {
        guard line.first == "\t" || line.first == " " else { return line }
        var out: Line = []
        var index = 0
        while index < line.count, line[index] == " " || line[index] == "\t" {
            if line[index] == "\t" {
                repeat { out.append(" ") } while out.count % 4 != 0
            } else {
                out.append(" ")
            }
            index += 1
        }
        return out + line[index...]
    }

    private static func trimmed(_ line: Line) -> Line {
        Array(line.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }

    /// The index of the first line after YAML front matter (`---` … `---` or `...` at the very top).
    private func frontMatterEnd() -> Int {
        guard let first = lines.first, Self.trimmed(first) == Array("---".unicodeScalars) else { return 0 }
        for index in 1..<lines.count {
            let line = Self.trimmed(lines[index])
            if line == Array("---".unicodeScalars) || line == Array("...".unicodeScalars) { return index + 1 }
        }
        return 0
    }

    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }

    private static func opensFence(_ rest: Line) -> (marker: Unicode.Scalar, length: Int)? {
        guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
        let length = rest.prefix(while: { $0 == marker }).count
        guard length >= 3 else { return nil }
        if marker == "`", rest.dropFirst(length).contains("`") { return nil }
        return (marker, length)
    }

    private static func closesFence(_ rest: Line, marker: Unicode.Scalar, length: Int) -> Bool {
        let run = rest.prefix(while: { $0 == marker }).count
        return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The text of an ATX heading (`#` … `######`), closing hashes removed.
    private static func atxHeading(_ rest: Line) -> Line? {
        let level = rest.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level), level == rest.count || rest[level] == " " || rest[level] == "\t" else { return nil }
        var text = trimmed(Array(rest.dropFirst(level)))
        let closing = text.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0 {
            let before = text.count - closing - 1
            if before < 0 {
                text = []
            } else if text[before] == " " || text[before] == "\t" {
                text = trimmed(Array(text[..<before]))
            }
        }
        return text
    }

    private static func isSetextUnderline(_ rest: Line) -> Bool {
        let line = trimmed(rest)
        guard let first = line.first, first == "=" || first == "-" else { return false }
        return line.allSatisfy { $0 == first }
    }

    private static func isThematicBreak(_ rest: Line) -> Bool {
        guard let first = rest.first, first == "-" || first == "*" || first == "_" else { return false }
        var count = 0
        for scalar in rest {
            if scalar == first {
                count += 1
            } else if scalar != " " && scalar != "\t" {
                return false
            }
        }
        return count >= 3
    }

    /// A bullet (`-`, `*`, `+`) or ordered (`1.`, `1)`) list marker and the item's first line.
    private static func listMarker(_ rest: Line, indent: Int) -> (content: Line, contentIndent: Int)? {
        var width = 0
        if let first = rest.first, first == "-" || first == "*" || first == "+" {
            width = 1
        } else {
            let digits = rest.prefix(while: { ("0"..."9").contains($0) }).count
            guard (1...9).contains(digits), digits < rest.count, rest[digits] == "." || rest[digits] == ")" else { return nil }
            width = digits + 1
        }
        guard width == rest.count || rest[width] == " " || rest[width] == "\t" else { return nil }
        let spaces = rest.dropFirst(width).prefix(while: { $0 == " " || $0 == "\t" }).count
        let content = trimmed(Array(rest.dropFirst(width)))
        if content.isEmpty || spaces > 4 { return (content, indent + width + 1) }
        return (content, indent + width + spaces)
    }

    private static func opensHTMLBlock(_ rest: Line) -> Bool {
        guard rest.count >= 2, rest[0] == "<" else { return false }
        let next = rest[1]
        return next.properties.isAlphabetic && next.isASCII || next == "/" || next == "?" || next == "!"
    }

    private static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "details", "dialog", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hr", "html", "iframe", "li", "main", "menu", "nav", "ol", "p", "pre", "script", "section", "style", "summary",
        "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "ul",
    ]

    private static func isBlockTag(_ rest: Line) -> Bool {
        var name = rest.dropFirst()
        if name.first == "/" { name = name.dropFirst() }
        if name.first == "!" || name.first == "?" { return true }
        let tag = name.prefix(while: { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        return blockTags.contains(String(String.UnicodeScalarView(tag)).lowercased())
    }

    /// A GFM table delimiter row such as `|---|:---:|`.
    private static func isTableDelimiter(_ raw: Line) -> Bool {
        let line = trimmed(raw)
        guard line.contains("|"), line.contains("-") else { return false }
        return line.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " || $0 == "\t" }
    }

    /// Whether a line ends a blockquote's or table's lazy lines.
    private static func startsBlock(_ rest: Line) -> Bool {
        if let marker = listMarker(rest, indent: 0), !marker.content.isEmpty { return true }
        return atxHeading(rest) != nil || opensFence(rest) != nil || isThematicBreak(rest) || rest.first == "<"
    }
}

// MARK: - Markdown inline text

/// Turns Markdown inline markup into the plain text a person reads.
///
/// Every step is linear in the length of the text (matching brackets, backtick runs and comment ends
/// are found up front), so a hostile 5 MB file cannot make an import take quadratic time.
enum MarkdownInline {
    /// Characters of output; `protected` ones came from escapes, entities or code and are never collapsed.
    typealias Emitted = [(Unicode.Scalar, Bool)]

    private struct Delimiter {
        var scalar: Unicode.Scalar
        var count: Int
        let original: Int
        let canOpen: Bool
        let canClose: Bool
    }

    private enum Piece {
        case text(Emitted)
        case delimiter(Delimiter)
    }

    /// The plain text, runs of source white space collapsed to one space, trimmed.
    static func clean(_ raw: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for (scalar, protected) in render(raw) {
            if !protected, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                pendingSpace = true
                continue
            }
            if pendingSpace, !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether the item is nothing but a link (a table of contents entry or a list of resources).
    static func isOnlyLink(_ raw: [Unicode.Scalar]) -> Bool {
        var text = raw
        while let last = text.last, last.properties.isWhitespace { text.removeLast() }
        guard let first = text.first else { return false }
        let scanner = Scanner(text)
        if first == "[", let end = scanner.linkEnd(at: 0) { return end == text.count }
        if first == "<", let end = scanner.autolinkEnd(at: 0) { return end == text.count }
        let prefixes = ["http://", "https://"].map { Array($0.unicodeScalars) }
        return prefixes.contains(where: { text.starts(with: $0) }) && !text.contains(where: \.properties.isWhitespace)
    }

    /// Lookup tables for one text: matching brackets and parentheses, and where closers are.
    private struct Scanner {
        let s: [Unicode.Scalar]
        /// For each unescaped `[` or `(`, the index of its matching `]` or `)`.
        private(set) var closing: [Int: Int] = [:]
        /// Start indices of maximal backtick runs, by run length.
        private(set) var backtickRuns: [Int: [Int]] = [:]
        private(set) var commentEnds: [Int] = []  // indices of "-->"
        private(set) var instructionEnds: [Int] = []  // indices of "?>"
        private(set) var greaterThans: [Int] = []  // indices of ">"

        init(_ s: [Unicode.Scalar]) {
            self.s = s
            var brackets: [Int] = []
            var parens: [Int] = []
            var index = 0
            while index < s.count {
                let scalar = s[index]
                switch scalar {
                case "\\" where index + 1 < s.count && MarkdownInline.isASCIIPunctuation(s[index + 1]):
                    index += 1
                case "[": brackets.append(index)
                case "]": if let open = brackets.popLast() { closing[open] = index }
                case "(": parens.append(index)
                case ")": if let open = parens.popLast() { closing[open] = index }
                default: break
                }
                index += 1
            }
            index = 0
            while index < s.count {
                let scalar = s[index]
                if scalar == "`" {
                    let length = s[index...].prefix(while: { $0 == "`" }).count
                    backtickRuns[length, default: []].append(index)
                    index += length
                    continue
                }
                if scalar == ">" {
                    greaterThans.append(index)
                    if index >= 2, s[index - 1] == "-", s[index - 2] == "-" { commentEnds.append(index - 2) }
                    if index >= 1, s[index - 1] == "?" { instructionEnds.append(index - 1) }
                }
                index += 1
            }
        }

        /// The index after `[text](destination)`, `[text][ref]` or `[text][]` starting at `start`.
        func linkEnd(at start: Int) -> Int? {
            linkParts(at: start)?.end
        }

        /// Where the link text closes and where the whole link ends.
        func linkParts(at start: Int) -> (close: Int, end: Int)? {
            guard let close = closing[start], close + 1 < s.count else { return nil }
            let next = s[close + 1]
            guard next == "(" || next == "[", let end = closing[close + 1] else { return nil }
            return (close, end + 1)
        }

        /// The index after `<scheme:…>` or `<name@host>` starting at `start`.
        func autolinkEnd(at start: Int) -> Int? {
            var index = start + 1
            var schemeLength = 0
            var sawColon = false
            var sawAt = false
            while index < s.count {
                let scalar = s[index]
                if scalar == ">" { break }
                if scalar == "<" || scalar.properties.isWhitespace || scalar.value < 0x20 { return nil }
                if scalar == ":", !sawColon {
                    sawColon = (2...32).contains(schemeLength)
                } else if !sawColon && !sawAt {
                    schemeLength += 1
                }
                if scalar == "@" { sawAt = true }
                index += 1
            }
            guard index < s.count, index > start + 1, sawColon || sawAt else { return nil }
            if sawColon, !(s[start + 1].isASCII && s[start + 1].properties.isAlphabetic) { return nil }
            return index + 1
        }

        /// The index after an HTML tag, comment, processing instruction or declaration at `start`.
        func htmlEnd(at start: Int) -> Int? {
            guard start + 1 < s.count else { return nil }
            func first(_ positions: [Int], from offset: Int) -> Int? {
                var low = 0
                var high = positions.count
                while low < high {
                    let middle = (low + high) / 2
                    if positions[middle] < offset { low = middle + 1 } else { high = middle }
                }
                return low < positions.count ? positions[low] : nil
            }
            if start + 3 < s.count, s[start + 1] == "!", s[start + 2] == "-", s[start + 3] == "-" {
                return first(commentEnds, from: start + 4).map { $0 + 3 }
            }
            if s[start + 1] == "?" { return first(instructionEnds, from: start + 2).map { $0 + 2 } }
            if s[start + 1] == "!", start + 2 < s.count, s[start + 2].isASCII, s[start + 2].properties.isAlphabetic {
                return first(greaterThans, from: start + 2).map { $0 + 1 }
            }
            var index = start + 1
            if s[index] == "/" { index += 1 }
            guard index < s.count, s[index].isASCII, s[index].properties.isAlphabetic else { return nil }
            while index < s.count, s[index].isASCII, s[index].properties.isAlphabetic || ("0"..."9").contains(s[index]) || s[index] == "-" {
                index += 1
            }
            guard index < s.count, s[index] == ">" || s[index] == "/" || s[index].properties.isWhitespace else { return nil }
            // Attributes up to `>`; a `<` (even quoted) means this is not a tag, which keeps the scan linear.
            var quote: Unicode.Scalar?
            while index < s.count {
                let scalar = s[index]
                if scalar == "<" { return nil }
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == ">" {
                    return index + 1
                }
                index += 1
            }
            return nil
        }
    }

    private static func render(_ s: [Unicode.Scalar]) -> Emitted {
        let scanner = Scanner(s)
        var pieces: [Piece] = []
        /// Link texts being read: where each one's `]` is, and where its destination ends.
        var linkJumps: [Int: Int] = [:]
        /// For each backtick run length, the first run not yet passed.
        var runCursor: [Int: Int] = [:]
        var index = 0
        var text: Emitted = []  // literal text since the last delimiter
        func literal(_ scalars: some Sequence<Unicode.Scalar>, protected: Bool = false) {
            for scalar in scalars { text.append((scalar, protected)) }
        }
        while index < s.count {
            if let end = linkJumps.removeValue(forKey: index) {
                index = end  // the end of a link's text: skip its destination
                continue
            }
            let scalar = s[index]
            switch scalar {
            case "\\":
                if index + 1 < s.count, isASCIIPunctuation(s[index + 1]) {
                    literal([s[index + 1]], protected: true)
                    index += 2
                } else if index + 1 < s.count, s[index + 1] == "\n" {
                    literal([" "])
                    index += 2
                } else {
                    literal(["\\"])
                    index += 1
                }
            case "`":
                let length = s[index...].prefix(while: { $0 == "`" }).count
                let runs = scanner.backtickRuns[length] ?? []
                var cursor = runCursor[length] ?? 0
                while cursor < runs.count, runs[cursor] < index + length { cursor += 1 }
                runCursor[length] = cursor
                if cursor < runs.count {
                    let close = runs[cursor]
                    var code = s[(index + length)..<close].map { $0 == "\n" ? " " : $0 }
                    if code.count >= 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) {
                        code = Array(code.dropFirst().dropLast())
                    }
                    literal(code, protected: true)
                    index = close + length
                } else {
                    literal(s[index..<(index + length)])
                    index += length
                }
            case "<":
                if let end = scanner.autolinkEnd(at: index) ?? scanner.htmlEnd(at: index) {
                    index = end  // autolinks, tags and comments are dropped
                } else {
                    literal(["<"])
                    index += 1
                }
            case "&":
                if let (decoded, end) = entity(s, at: index) {
                    literal([decoded], protected: true)
                    index = end
                } else {
                    literal(["&"])
                    index += 1
                }
            case "!" where index + 1 < s.count && s[index + 1] == "[":
                if let end = scanner.linkEnd(at: index + 1) {
                    index = end  // images are dropped, alt text and all
                } else {
                    literal(["!"])
                    index += 1
                }
            case "[":
                if let link = scanner.linkParts(at: index) {
                    linkJumps[link.close] = link.end  // keep the text, drop the destination
                } else {
                    literal(["["])
                }
                index += 1
            case "*", "_", "~":
                let length = s[index...].prefix(while: { $0 == scalar }).count
                let before: Unicode.Scalar = index > 0 ? s[index - 1] : " "
                let after: Unicode.Scalar = index + length < s.count ? s[index + length] : " "
                let left = !after.properties.isWhitespace
                    && (!isPunctuation(after) || before.properties.isWhitespace || isPunctuation(before))
                let right = !before.properties.isWhitespace
                    && (!isPunctuation(before) || after.properties.isWhitespace || isPunctuation(after))
                let canOpen = scalar == "_" ? left && (!right || isPunctuation(before)) : left
                let canClose = scalar == "_" ? right && (!left || isPunctuation(after)) : right
                if !text.isEmpty {
                    pieces.append(.text(text))
                    text = []
                }
                pieces.append(.delimiter(Delimiter(scalar: scalar, count: length, original: length, canOpen: canOpen, canClose: canClose)))
                index += length
            default:
                literal([scalar])
                index += 1
            }
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        resolveEmphasis(&pieces)
        return pieces.flatMap { piece -> Emitted in
            switch piece {
            case let .text(emitted): emitted
            case let .delimiter(delimiter): Array(repeating: (delimiter.scalar, false), count: delimiter.count)
            }
        }
    }

    private struct CloserKind: Hashable {
        let scalar: Unicode.Scalar
        let canOpen: Bool
        let lengthModulo: Int
        let length: Int
    }

    /// Pairs emphasis and strikethrough delimiters (CommonMark's algorithm, with its "openers bottom"
    /// so it stays linear); what pairs disappears, the rest stays as literal characters.
    private static func resolveEmphasis(_ pieces: inout [Piece]) {
        var openers: [Int] = []
        var bottoms: [CloserKind: Int] = [:]
        for index in pieces.indices {
            guard case var .delimiter(closer) = pieces[index] else { continue }
            if closer.canClose {
                let kind = CloserKind(scalar: closer.scalar, canOpen: closer.canOpen, lengthModulo: closer.original % 3,
                                      length: closer.scalar == "~" ? closer.original : 0)
                var candidate = openers.count - 1
                while closer.count > 0, candidate >= min(bottoms[kind] ?? 0, openers.count) {
                    guard case var .delimiter(opener) = pieces[openers[candidate]], opener.scalar == closer.scalar,
                          opener.count > 0, compatible(opener, closer)
                    else {
                        candidate -= 1
                        continue
                    }
                    let used = closer.scalar == "~" ? closer.count : (opener.count >= 2 && closer.count >= 2 ? 2 : 1)
                    opener.count -= used
                    closer.count -= used
                    pieces[openers[candidate]] = .delimiter(opener)
                    openers.removeSubrange((candidate + 1)...)
                    if opener.count == 0 { openers.removeLast() }
                    candidate = openers.count - 1
                }
                if closer.count > 0 { bottoms[kind] = openers.count }
                pieces[index] = .delimiter(closer)
            }
            if closer.count > 0, closer.canOpen { openers.append(index) }
        }
    }

    private static func compatible(_ opener: Delimiter, _ closer: Delimiter) -> Bool {
        if opener.scalar == "~" { return opener.count == closer.count && closer.count <= 2 }
        if opener.canClose || closer.canOpen, (opener.original + closer.original) % 3 == 0,
           !(opener.original % 3 == 0 && closer.original % 3 == 0) {
            return false
        }
        return true
    }

    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "copy": "\u{00A9}",
        "reg": "\u{00AE}", "trade": "\u{2122}", "hellip": "\u{2026}", "mdash": "\u{2014}", "ndash": "\u{2013}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "laquo": "\u{00AB}",
        "raquo": "\u{00BB}", "middot": "\u{00B7}", "bull": "\u{2022}", "times": "\u{00D7}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "deg": "\u{00B0}",
    ]

    /// `&name;`, `&#123;` or `&#x1F600;`; returns the character and the index after `;`.
    private static func entity(_ s: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        if index < s.count, s[index] == "#" {
            index += 1
            var radix = 10
            if index < s.count, s[index] == "x" || s[index] == "X" {
                radix = 16
                index += 1
            }
            let digits = s[index...].prefix(8).prefix(while: { $0.isASCII && (radix == 16 ? Character($0).isHexDigit : ("0"..."9").contains($0)) })
            guard (1...(radix == 16 ? 6 : 7)).contains(digits.count), index + digits.count < s.count,
                  s[index + digits.count] == ";",
                  let value = UInt32(String(String.UnicodeScalarView(digits)), radix: radix)
            else { return nil }
            let scalar: Unicode.Scalar = value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}"
            return (scalar, index + digits.count + 1)
        }
        let name = s[index...].prefix(33).prefix(while: { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        guard !name.isEmpty, index + name.count < s.count, s[index + name.count] == ";",
              let scalar = namedEntities[String(String.UnicodeScalarView(name))]
        else { return nil }
        return (scalar, index + name.count + 1)
    }

    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if isASCIIPunctuation(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}

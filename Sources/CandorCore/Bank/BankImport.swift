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

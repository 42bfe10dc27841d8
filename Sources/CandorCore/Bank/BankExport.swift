import Foundation

/// Writes a question bank as Markdown, CSV or JSON; ``BankImport`` reads each back to the same drafts.
///
/// Output is deterministic: the same questions in the same order give the same bytes.
public enum BankExport {
    /// The `format` value of Candor's JSON question file.
    public static let jsonFormatName = "candor-questions"
    /// The JSON question file's version; readers refuse newer versions.
    public static let jsonVersion = 1
    /// The CSV header, in the order the columns are written.
    public static let csvHeader = "text,category,audiences,contexts,themes,minutes,purpose"

    public static func render(_ questions: [Question], format: BankFormat) -> Data {
        switch format {
        case .markdown: Data(markdown(questions).utf8)
        case .csv: Data(csv(questions).utf8)
        case .json: json(questions)
        }
    }

    // MARK: Markdown

    /// The details a Markdown list item carries in its trailing `<!-- candor {json} -->` comment.
    private struct MarkdownDetails: Encodable {
        var audiences: [Audience]
        var contexts: [CompanyContext]
        var themes: [Theme]
        var minutes: Int
        var purpose: String?
        var askEveryone: Bool
        var retired: Bool
    }

    private static func markdown(_ questions: [Question]) -> String {
        var categories: [String] = []
        var byCategory: [String: [Question]] = [:]
        for question in questions {
            if byCategory[question.category] == nil { categories.append(question.category) }
            byCategory[question.category, default: []].append(question)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]

        var out = "# Interview questions\n\n"
        out += "Each question ends with a hidden comment holding Candor's details (audiences, themes, minutes); keep it to import the file back into Candor.\n"
        for category in categories {
            let heading = markdownEscaped(category.trimmingCharacters(in: .whitespacesAndNewlines), inHeading: true)
            out += "\n##\(heading.isEmpty ? "" : " " + heading)\n\n"
            for question in byCategory[category] ?? [] {
                let details = MarkdownDetails(
                    audiences: question.audiences, contexts: question.contexts, themes: question.themes,
                    minutes: question.minutes, purpose: question.purpose, askEveryone: question.askEveryone,
                    retired: question.retired)
                let json = commentSafe(String(decoding: (try? encoder.encode(details)) ?? Data("{}".utf8), as: UTF8.self))
                let text = markdownEscaped(question.text.trimmingCharacters(in: .whitespacesAndNewlines), inHeading: false)
                out += "- \(text) <!-- candor \(json) -->\n"
            }
        }
        return out
    }

    /// JSON with `<` and `>` written as `\u003c` and `\u003e` (they only occur inside strings), so that
    /// `-->` or `--!>` in a purpose can never end the HTML comment early.
    private static func commentSafe(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out.append(contentsOf: "\\u003c".unicodeScalars)
            case ">": out.append(contentsOf: "\\u003e".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` escaped so that Markdown shows it literally and ``BankImport`` reads back exactly `text`.
    ///
    /// Inline markup characters are backslash-escaped everywhere; list and heading markers only at the
    /// start (in a heading every `#`, so no closing sequence is lost). A space after another space, tabs
    /// and control characters become numeric entities, because readers collapse white space.
    static func markdownEscaped(_ text: String, inHeading: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        let digits = scalars.prefix(while: { ("0"..."9").contains($0) }).count
        let orderedMarker = digits > 0 && digits < scalars.count && (scalars[digits] == "." || scalars[digits] == ")")
            ? digits : nil
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "_", "~", "[", "]", "<", ">", "&":
                out.append("\\")
                out.append(scalar)
            case "#" where inHeading || index == 0, "-" where index == 0, "+" where index == 0,
                 "." where index == orderedMarker, ")" where index == orderedMarker:
                out.append("\\")
                out.append(scalar)
            case " " where index > 0 && (scalars[index - 1] == " " || scalars[index - 1] == "\t"):
                out.append(contentsOf: "&#32;".unicodeScalars)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out.append(contentsOf: "&#\(scalar.value);".unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    // MARK: CSV

    private static func csv(_ questions: [Question]) -> String {
        var out = csvHeader + "\r\n"
        for question in questions {
            let fields = [
                spreadsheetSafe(question.text), spreadsheetSafe(question.category),
                question.audiences.map(\.rawValue).joined(separator: ";"),
                question.contexts.map(\.rawValue).joined(separator: ";"),
                question.themes.map(\.rawValue).joined(separator: ";"),
                String(question.minutes), spreadsheetSafe(question.purpose ?? ""),
            ]
            out += fields.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// The characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection").
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A text cell that a spreadsheet shows as text: one that would start a formula
    /// (`=HYPERLINK(…)`) gets a leading `'`, which spreadsheets hide and `CSVBankReader` removes.
    /// A text that already starts with apostrophes before such a character gets one more, so
    /// that removing one always gives the text back.
    static func spreadsheetSafe(_ text: String) -> String {
        startsLikeFormula(text) ? "'" + text : text
    }

    /// Whether `text` is any number of `'` followed by a character that starts a formula.
    static func startsLikeFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0 != "'" }) else { return false }
        return formulaStarts.contains(first)
    }

    /// RFC 4180 quoting: quoted when the field holds a comma, quote, CR or LF, or starts or ends with white space.
    static func csvField(_ field: String) -> String {
        let scalars = field.unicodeScalars
        let needsQuotes = scalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || scalars.first?.properties.isWhitespace == true || scalars.last?.properties.isWhitespace == true
        guard needsQuotes else { return field }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in scalars {
            if scalar == "\"" { out.append("\"") }
            out.append(scalar)
        }
        out.append("\"")
        return String(out)
    }

    // MARK: JSON

    private struct QuestionFile: Encodable {
        var format = BankExport.jsonFormatName
        var version = BankExport.jsonVersion
        var questions: [Entry]
    }

    private struct Entry: Encodable {
        var question: Question

        enum CodingKeys: String, CodingKey {
            case text, category, audiences, contexts, themes, minutes, purpose, askEveryone, retired
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(question.text, forKey: .text)
            try container.encode(question.category, forKey: .category)
            try container.encode(question.audiences, forKey: .audiences)
            try container.encode(question.contexts, forKey: .contexts)
            try container.encode(question.themes, forKey: .themes)
            try container.encode(question.minutes, forKey: .minutes)
            try container.encode(question.purpose, forKey: .purpose)  // null when there is none
            try container.encode(question.askEveryone, forKey: .askEveryone)
            try container.encode(question.retired, forKey: .retired)
        }
    }

    private static func json(_ questions: [Question]) -> Data {
        let file = QuestionFile(questions: questions.map(Entry.init))
        // Encoding plain strings, numbers and booleans cannot fail.
        var data = (try? CandorJSON.encoder().encode(file)) ?? Data()
        data.append(0x0A)
        return data
    }
}

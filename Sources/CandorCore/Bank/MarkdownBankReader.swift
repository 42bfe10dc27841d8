import Foundation

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

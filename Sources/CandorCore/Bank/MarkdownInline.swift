import Foundation

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

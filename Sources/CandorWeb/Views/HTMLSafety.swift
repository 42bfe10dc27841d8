import Plot

extension String {
    /// The text with every character that means something in HTML replaced by an entity.
    ///
    /// Plot leaves attribute values as they are and lets entity-like text such as `&amp;`
    /// through unchanged, so Candor escapes all user text itself: what a person typed is
    /// shown exactly as typed, and never read as markup.
    ///
    /// Works on UTF-8 bytes: the five characters are ASCII, and no byte of a multi-byte UTF-8
    /// sequence is ASCII. Going by `Character` was both slow (grapheme breaking, a seventh of
    /// the insight page's time) and wrong: a quote followed by a combining mark is one
    /// `Character` that is not `"`, so it was left unescaped inside an attribute.
    var htmlEscaped: String {
        let utf8 = self.utf8
        guard utf8.contains(where: Self.isEscaped) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
            case UInt8(ascii: "'"): bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }
}

extension Node {
    /// User text, escaped. Use this, never `.text`, for anything a person or the database supplied.
    static func safe(_ text: String) -> Node { .raw(text.htmlEscaped) }
}

extension Attribute {
    /// An attribute whose value is escaped. Use this for every value that is not a literal.
    static func safe(_ name: String, _ value: String) -> Attribute {
        Attribute(name: name, value: value.htmlEscaped, ignoreIfValueIsEmpty: false)
    }
}

import Plot

extension String {
    /// The text with every character that means something in HTML replaced by an entity.
    ///
    /// Plot leaves attribute values as they are and lets entity-like text such as `&amp;`
    /// through unchanged, so Candor escapes all user text itself: what a person typed is
    /// shown exactly as typed, and never read as markup.
    var htmlEscaped: String {
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
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

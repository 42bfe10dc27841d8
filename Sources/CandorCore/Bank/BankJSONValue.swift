import Foundation

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

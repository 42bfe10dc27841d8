import CandorCore
import CandorStore
import Vapor

/// A refused form, placed next to the field it names: the store's rules speak of fields by
/// their labels ("start", "duration (minutes)"); each form says which of its inputs a label is.
/// A refusal no input matches stays a banner at the top, as before.
struct FormError {
    /// The banner at the top: the whole message, or a pointer to the field below.
    var summary: String
    /// Input name → why its value was refused, as a sentence.
    var fields: [String: String] = [:]

    init?(_ error: any Error, input: (String) -> String?) {
        guard let message = Request.message(for: error) else { return nil }
        let placed: (field: String, reason: String)? = switch StoreError.translated(error) {
        case let .invalidField(field, reason)?: (field, reason)
        case let .invalidChoice(field, value, allowed)?: (field, "'\(value)' is not one of \(allowed.joined(separator: ", "))")
        default: nil
        }
        guard let placed, let name = input(placed.field) else {
            summary = message
            return
        }
        fields[name] = Self.sentence(placed.reason)
        summary = "Not saved: check the field marked below (\(placed.field))."
    }

    /// "that date does not exist: …" → "That date does not exist: ….".
    static func sentence(_ reason: String) -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespaces)
        let first = trimmed.prefix(1).uppercased() + trimmed.dropFirst()
        return first.hasSuffix(".") ? first : first + "."
    }
}

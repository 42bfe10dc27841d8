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

    /// For a form that knows which input a store's field is, but not its label: the banner then
    /// names no field (the store's name for it is not what the form shows), and the field below
    /// carries the reason under its own label.
    init?(_ error: any Error, input: (String) -> String?) {
        self.init(error, place: { field in input(field).map { FormPlace(input: $0, label: nil) } })
    }

    /// For a form that names a refused field by the label it shows rather than by the store's
    /// name for it ("Minutes to keep for your questions", not "default minutes for questions").
    /// - Parameter place: the store's field name → the input it is and the label the form shows.
    /// - Parameter reword: the store's reason for a field → the same reason in the form's words,
    ///   for a reason that itself uses an internal name (a theme's id rather than its label).
    ///   It translates only: whether the value is refused stays the store's call.
    init?(_ error: any Error, place: (String) -> FormPlace?, reword: (_ field: String, _ reason: String) -> String = { $1 }) {
        guard let message = Request.message(for: error) else { return nil }
        let placed: (field: String, reason: String)? = switch StoreError.translated(error) {
        case let .invalidField(field, reason)?: (field, reason)
        case let .invalidChoice(field, value, allowed)?: (field, "'\(value)' is not one of \(allowed.joined(separator: ", "))")
        default: nil
        }
        guard let placed, let place = place(placed.field) else {
            summary = message
            return
        }
        fields[place.input] = Self.sentence(reword(placed.field, placed.reason))
        summary = place.label.map { "Not saved: check the field marked below (\($0))." }
            ?? "Not saved: check the field marked below."
    }

    /// "that date does not exist: …" → "That date does not exist: ….".
    static func sentence(_ reason: String) -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespaces)
        let first = trimmed.prefix(1).uppercased() + trimmed.dropFirst()
        return first.hasSuffix(".") ? first : first + "."
    }
}

/// Where a form shows a refused field: the input (or group of check boxes) it is, and the
/// label the candidate reads there.
struct FormPlace {
    var input: String
    /// Nil when the form does not say (see `FormError.init(_:input:)`).
    var label: String?
}

/// A form's fields in one table: each input's name, the store's name for its field, and the
/// label the form shows. The view reads its labels here and a refusal is placed from here, so
/// the banner names a field exactly as the form labels it.
struct FormLabels {
    var entries: [(input: String, field: String, label: String)]

    /// The label the input shows; the input's name for one not in the table.
    func label(_ input: String) -> String {
        entries.first { $0.input == input }?.label ?? input
    }

    /// Where the store's field is shown (see `FormError.init(_:place:reword:)`).
    func place(forField field: String) -> FormPlace? {
        entries.first { $0.field == field }.map { FormPlace(input: $0.input, label: $0.label) }
    }

    /// A refused save, placed at its field in this form's words; nil for an error that is not
    /// the candidate's to fix (see `FormError.init(_:place:reword:)` for `reword`).
    func refusal(_ error: any Error, reword: (_ field: String, _ reason: String) -> String = { $1 }) -> FormError? {
        FormError(error, place: place(forField:), reword: reword)
    }
}

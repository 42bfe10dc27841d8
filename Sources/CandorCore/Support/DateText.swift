import Foundation

/// Dates as text, with a `DateFormatter` made once per pattern and zone.
///
/// Making a formatter costs ICU tens of microseconds (locale data, pattern compilation): made
/// afresh for every interview, that was a third of the agenda page's time. The formatters are
/// kept here and used under a lock, since a page may be rendered on any thread.
public enum DateText {
    /// `date` in `zone` with a `DateFormatter` pattern ("EEE d MMM yyyy"), in British English.
    public static func string(_ date: Date, pattern: String, zone: TimeZone) -> String {
        formatters.format(date, key: Key(pattern: pattern, zone: zone.identifier)) {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_GB")
            formatter.timeZone = zone
            formatter.dateFormat = pattern
            return formatter
        }
    }

    struct Key: Hashable {
        var pattern: String
        var zone: String
    }

    /// At most this many formatters are kept; a page uses a handful (one zone, a few patterns).
    static let capacity = 64

    private static let formatters = Formatters()

    private final class Formatters: @unchecked Sendable {
        private let lock = NSLock()
        private var byKey: [Key: DateFormatter] = [:]

        func format(_ date: Date, key: Key, make: () -> DateFormatter) -> String {
            lock.lock()
            defer { lock.unlock() }
            if let formatter = byKey[key] { return formatter.string(from: date) }
            if byKey.count >= DateText.capacity { byKey.removeAll() }
            let formatter = make()
            byKey[key] = formatter
            return formatter.string(from: date)
        }
    }
}

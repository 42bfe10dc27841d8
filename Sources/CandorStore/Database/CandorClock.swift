import CandorCore
import Foundation

/// The time Candor reads: the system clock, or one fixed instant for tests and screenshots.
///
/// Pages, plans and the demo's dates are computed from "now", so a picture of a page taken
/// today differs from one taken tomorrow. Setting `CANDOR_FIXED_NOW` to an ISO 8601 instant
/// (`2031-03-03T09:00:00Z`) makes every `Store` (the command line's and the web app's) read that
/// instant instead, so snapshot and screenshot tests compare like with like. Nothing else
/// changes: the database, the saves and their order are real.
public enum CandorClock {
    /// The name of the environment variable that fixes the clock.
    public static let variable = "CANDOR_FIXED_NOW"

    /// The instant `CANDOR_FIXED_NOW` names, nil when it is unset; a value that is not an
    /// ISO 8601 instant is refused (`invalidField`), so a typo never silently means "now".
    public static func fixedInstant(in environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date? {
        guard let text = environment[variable]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime]
        guard let instant = parser.date(from: text) else {
            throw CandorError.invalidField(
                field: variable, reason: "'\(text)' is not an instant such as 2031-03-03T09:00:00Z")
        }
        return instant
    }

    /// Read once: the clock cannot change under a running process. An invalid value reads as
    /// unset here; the command line refuses it at start (`validateEnvironment`).
    private static let fixed: Date? = try? fixedInstant()

    /// The current instant: the fixed one when set, else the system's.
    public static let now: @Sendable () -> Date = {
        if let fixed { return fixed }
        return Date()
    }
}

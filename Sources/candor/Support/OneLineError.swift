import ArgumentParser
import CandorCore
import CandorStore
import Foundation

/// An error from below the Store (a driver, the file system) reduced to its first line.
///
/// ArgumentParser prints a non-localized error with `String(describing:)`, which for driver
/// errors is a multi-line type dump; a person should see one readable line instead.
struct OneLineError: LocalizedError {
    let errorDescription: String?

    static func wrapping(_ error: any Error) -> any Error {
        if let translated = StoreError.translated(error) { return translated }
        switch error {
        case is CandorError, is ValidationError, is ExitCode, is CleanExit, is OneLineError:
            return error
        default:
            let text = (error as? any LocalizedError)?.errorDescription ?? String(describing: error)
            let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
            return OneLineError(errorDescription: firstLine)
        }
    }
}

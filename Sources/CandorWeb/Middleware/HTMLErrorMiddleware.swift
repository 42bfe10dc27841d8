import CandorCore
import CandorStore
import Vapor

/// Turns every error into an HTML page with the right status and one plain sentence; under
/// `/api/` into JSON `{"error": "<one line>"}` instead, since a script is reading.
/// Unexpected errors are logged in full but shown without internals.
struct HTMLErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, message) = Self.describe(error)
            if status.code >= 500 {
                request.logger.report(error: error)
            }
            if SiteURL.isAPI(request.url.path) {
                return try AnswerAPIController.json(status, AnswerAPIController.Failure(error: message))
            }
            return try await ErrorPageView(status: status, message: message).page().encodeResponse(for: request)
        }
    }

    static func describe(_ error: any Error) -> (HTTPResponseStatus, String) {
        switch error {
        case let error as CandorError:
            switch error {
            case .notFound: return (.notFound, "There is no such page: it may have been removed.")
            case .duplicate: return (.conflict, error.errorDescription ?? "")
            case .invalidField, .invalidChoice, .ambiguous, .notAllowed, .accountNotEmpty, .invalidImport:
                return (.unprocessableEntity, error.errorDescription ?? "")
            case .invalidBackup: return (.badRequest, error.errorDescription ?? "")
            case .notADatabase, .databaseUnavailable, .databaseUnreachable:
                return (.serviceUnavailable, "Not saved: the database is not reachable right now. Try again in a moment.")
            case .diskFull:
                return (.insufficientStorage, "Not saved: the disk is full. Free some space, then try again.")
            }
        case is DecodingError:
            return (.badRequest, unreadable)
        case let abort as any AbortError:
            return (abort.status, plainMessage(for: abort))
        case let error where StoreError.translated(error) != nil:
            return describe(StoreError.translated(error)!)
        default:
            return (.internalServerError, "Something went wrong on our side; it has been logged. Please try again.")
        }
    }

    static let unreadable = "Candor could not read what was sent: a field is missing or not in the form it expects."

    /// Statuses Vapor itself raises carry its internals in their reason (coding paths,
    /// parser states); they get a fixed sentence. Candor's own refusals (403, 421) keep theirs.
    static func plainMessage(for abort: any AbortError) -> String {
        switch abort.status {
        case .notFound, .methodNotAllowed: "There is no such page."
        case .badRequest, .unsupportedMediaType: unreadable
        case .payloadTooLarge: "What was sent is larger than Candor accepts here, so nothing was saved."
        case .forbidden, .misdirectedRequest, .unprocessableEntity, .conflict: abort.reason
        default: abort.status.reasonPhrase
        }
    }
}

import CandorCore
import CandorStore
import Vapor

/// The JSON API interview mode's script saves through (and other tools may use).
///
/// - `PUT /api/asks/:askID/answer` `{"text", "baseVersion"}` → 200 `{"id", "version", "savedAt", "status"}`
///   once the write is committed; 409 `{"id", "version", "text", "updatedAt"}` when the answer
///   changed since `baseVersion` (nothing written); 422 `{"error"}` for an answer over
///   `Ask.maxAnswerLength` characters; 404 `{"error"}` for an unknown question.
/// - `PUT /api/asks/:askID/status` `{"status": "asked|skipped|dodged|planned"}` → 200 `{"id", "version", "status"}`.
///
/// Every error under `/api/` is JSON `{"error": "<one line>"}` (see `HTMLErrorMiddleware`).
/// Posts from other sites are refused like forms (`SameOriginMiddleware`).
enum AnswerAPIController {
    struct AnswerInput: Content { var text: String; var baseVersion: Int }
    struct StatusInput: Content { var status: String }

    struct Saved: Content { var id: String; var version: Int; var savedAt: String; var status: String }
    struct Conflict: Content { var id: String; var version: Int; var text: String; var updatedAt: String }
    struct StatusSaved: Content { var id: String; var version: Int; var status: String }
    struct Failure: Content { var error: String }

    @Sendable static func saveAnswer(req: Request) async throws -> Response {
        let askID = try req.uuid("askID")
        guard let input = try? req.content.decode(AnswerInput.self) else {
            return try json(.badRequest, Failure(error: #"Send JSON like {"text": "…", "baseVersion": 3}."#))
        }
        do {
            switch try await req.store.saveAnswer(askID: askID, text: input.text, baseVersion: input.baseVersion) {
            case let .saved(ask):
                return try json(.ok, Saved(id: ask.id.uuidString, version: ask.version, savedAt: timestamp(ask.updatedAt),
                                           status: ask.status.rawValue))
            case let .conflict(current):
                return try json(.conflict, Conflict(id: current.id.uuidString, version: current.version, text: current.answer ?? "",
                                                    updatedAt: timestamp(current.updatedAt)))
            }
        } catch let error as CandorError {
            switch error {
            case .notFound:
                return try json(.notFound, Failure(error: missing))
            case .invalidField, .invalidChoice:
                return try json(.unprocessableEntity, Failure(error: error.errorDescription ?? "That answer cannot be saved."))
            default:
                throw error
            }
        }
    }

    @Sendable static func setStatus(req: Request) async throws -> Response {
        let askID = try req.uuid("askID")
        guard let input = try? req.content.decode(StatusInput.self) else {
            return try json(.badRequest, Failure(error: #"Send JSON like {"status": "asked"}."#))
        }
        do {
            let ask = try await req.store.setStatus(askID: askID, try AskStatus.parseSettable(input.status))
            return try json(.ok, StatusSaved(id: ask.id.uuidString, version: ask.version, status: ask.status.rawValue))
        } catch CandorError.notFound {
            return try json(.notFound, Failure(error: missing))
        } catch let error as CandorError {
            return try json(.unprocessableEntity, Failure(error: error.errorDescription ?? "That status cannot be set."))
        }
    }

    private static let missing = "There is no such question: it may have been taken out of the plan."

    private static func timestamp(_ date: Date) -> String { date.formatted(.iso8601) }

    static func json(_ status: HTTPResponseStatus, _ body: some Content) throws -> Response {
        let response = Response(status: status)
        try response.content.encode(body, as: .json)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

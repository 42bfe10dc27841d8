import CandorStore
import Vapor

/// Whether a request looks at the demo's sandbox (``DemoSession``) rather than the candidate's
/// own search. The choice lives in a cookie, never in the server's memory, so any instance
/// serves it; a cookie left over after the demo was removed (in another tab, or by a restore)
/// is dropped rather than pointing at an account that no longer exists.
struct DemoMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.cookies[DemoSession.cookieName]?.string == "1" else { return try await next.respond(to: request) }
        if try await request.store(account: AccountID.demo).demoExists() {
            request.storage[DemoSession.Key.self] = true
            return try await next.respond(to: request)
        }
        let response = try await next.respond(to: request)
        if response.cookies[DemoSession.cookieName] == nil { DemoSession.leave(response) }
        return response
    }
}

import Vapor

/// Remembers a zone picked with `?tz=` in the `candor_tz` cookie, so the next pages use it too.
///
/// Only successful HTML pages set it: the calendar feed and other files never set cookies,
/// and an error page is no place to change a preference.
struct ViewerZoneMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if request.method == .GET, response.status == .ok, response.headers.contentType == .html,
           let zone = ViewerZone.fromQuery(request) {
            response.cookies[ViewerZone.cookieName] = ViewerZone.cookie(for: zone)
        }
        return response
    }
}

import Foundation
import Vapor

/// A per-session anti-forgery token (the "double-submit cookie" pattern).
///
/// The first response to a browser sets `candor_csrf`, a random token in an `HttpOnly`,
/// `SameSite=Strict` session cookie; every page carries the same token in its forms
/// (`CSRFField`) and in a `meta` tag the script reads. A change must send the token back,
/// in the form field `_csrf` or the `X-CSRF-Token` header, equal to the cookie. Another site
/// can neither read the page to learn the token nor set Candor's cookie, so a forged request
/// cannot carry a matching pair, whatever its headers. Nothing is kept in memory, so any
/// instance checks any request.
struct CSRFMiddleware: AsyncMiddleware {
    static let cookieName = "candor_csrf"
    static let fieldName = "_csrf"
    static let headerName = "X-CSRF-Token"
    static let refusal = "This page is out of date or was sent from elsewhere, so Candor refused the change. Reload the page and try again."

    private struct TokenKey: StorageKey { typealias Value = String }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let cookie = request.cookies[Self.cookieName].map(\.string).flatMap { Self.isWellFormed($0) ? $0 : nil }
        request.storage[TokenKey.self] = cookie ?? Self.newToken()
        if !request.method.isSafe {
            guard let cookie, let sent = try await Self.sentToken(request), Self.same(sent, cookie) else {
                throw Abort(.forbidden, reason: Self.refusal)
            }
        }
        let response = try await next.respond(to: request)
        // Pages carry the token; files such as the calendar feed or an export set no cookie.
        if cookie == nil, response.headers.contentType == .html, let token = request.storage[TokenKey.self] {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: token, path: "/", isSecure: false, isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }

    /// The token this request's page shows (empty outside the middleware, e.g. in tests of views).
    static func token(of request: Request) -> String {
        request.storage[TokenKey.self] ?? ""
    }

    /// The token the request sent: the header for scripts, else the form field. A form's body
    /// is collected here, within the limit its route allows, to read the field.
    private static func sentToken(_ request: Request) async throws -> String? {
        if let header = request.headers.first(name: headerName) { return header }
        guard let type = request.headers.contentType,
              type == .urlEncodedForm || (type.type == "multipart" && type.subType == "form-data")
        else { return nil }
        if request.body.data == nil {
            _ = try await request.body.collect(max: BodyLimit.bytes(for: request)).get()
        }
        return try? request.content.get(String.self, at: fieldName)
    }

    private static func newToken() -> String {
        Data([UInt8].random(count: 32)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    private static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 43 && token.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }

    /// Compares in time that does not depend on where the two differ.
    private static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// The largest body each route accepts, recorded on the route so that a middleware that
/// must read a body (`CSRFMiddleware`) keeps the route's own limit.
enum BodyLimit {
    static let key = "candor.bodyLimit"

    static func bytes(for request: Request) -> Int {
        (request.route?.userInfo[key] as? Int) ?? request.application.routes.defaultMaxBodySize.value
    }
}

extension RoutesBuilder {
    /// A POST route whose body may be larger than the default limit. The limit is also
    /// recorded on the route (see `BodyLimit`), so that it is the same wherever the body is read.
    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ url: SiteURL, maxBody: ByteCount, use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        let route = on(.POST, url.pathComponents, body: .collect(maxSize: maxBody), use: handler)
        route.userInfo[BodyLimit.key] = maxBody.value
        return route
    }
}

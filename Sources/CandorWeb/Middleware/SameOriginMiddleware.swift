import Vapor

/// Refuses changes sent from other web sites.
///
/// Candor has no sign-in when run locally, so any page open in the same browser could
/// otherwise post to it (cross-site request forgery). A change is accepted only when the
/// browser says it comes from Candor's own pages: `Origin` (or, when a browser leaves it out,
/// `Referer`) must be this server's own origin. `Origin: null` (a sandboxed frame, a
/// `no-referrer` form) and a request naming no origin at all are refused too. The `Host` this
/// is compared with has already been checked by `HostGuardMiddleware`; `CSRFMiddleware` adds a
/// token so the protection does not rest on headers alone.
struct SameOriginMiddleware: AsyncMiddleware {
    static let refusal = "This change was sent from another web site (or did not say where it came from), so Candor refused it."

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard !request.method.isSafe else {
            return try await next.respond(to: request)
        }
        guard request.headers.first(name: "Sec-Fetch-Site") != "cross-site",
              let host = request.headers.first(name: .host)?.lowercased(),
              Self.isOwn(origin: request.headers.first(name: .origin), referer: request.headers.first(name: .referer), host: host)
        else {
            throw Abort(.forbidden, reason: Self.refusal)
        }
        return try await next.respond(to: request)
    }

    /// Local mode serves plain http on this machine, so its own origin is `http://` and the Host.
    static func isOwn(origin: String?, referer: String?, host: String) -> Bool {
        let own = "http://\(host)"
        if let origin {
            return origin.lowercased() == own
        }
        guard let referer = referer?.lowercased() else { return false }
        return referer == own || referer.hasPrefix(own + "/")
    }
}

extension HTTPMethod {
    /// Methods that must not change anything (RFC 9110 §9.2.1).
    var isSafe: Bool { self == .GET || self == .HEAD || self == .OPTIONS }
}

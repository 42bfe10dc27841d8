import Vapor

/// Refuses form posts sent from other web sites.
///
/// Candor has no sign-in when run locally, so any page open in the same browser could
/// otherwise post to it (cross-site request forgery). Browsers say where a post comes from
/// in `Origin` (and `Sec-Fetch-Site`); a post from elsewhere is refused.
struct SameOriginMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method != .GET, request.method != .HEAD else {
            return try await next.respond(to: request)
        }
        if request.headers.first(name: "Sec-Fetch-Site") == "cross-site" {
            throw Abort(.forbidden, reason: "This form was sent from another web site, so Candor refused it.")
        }
        if let origin = request.headers.first(name: .origin), origin != "null",
           let host = request.headers.first(name: .host),
           URLComponents(string: origin).map({ hostAndPort($0) }) != host.lowercased() {
            throw Abort(.forbidden, reason: "This form was sent from another web site, so Candor refused it.")
        }
        return try await next.respond(to: request)
    }

    private func hostAndPort(_ components: URLComponents) -> String {
        let host = (components.host ?? "").lowercased()
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return components.port.map { "\(shownHost):\($0)" } ?? shownHost
    }
}

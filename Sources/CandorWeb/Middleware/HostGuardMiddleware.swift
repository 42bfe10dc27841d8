import Vapor

/// Answers only requests addressed to this server by a name it trusts (see `HostPolicy`),
/// so a web page whose name was re-pointed at 127.0.0.1 (DNS rebinding) reads and changes
/// nothing. Every method and path is guarded, the calendar feed included.
struct HostGuardMiddleware: AsyncMiddleware {
    let policy: HostPolicy

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let host = request.headers.first(name: .host), policy.allows(hostHeader: host) else {
            throw Abort(.misdirectedRequest, reason:
                "Candor answers only at its own address, such as http://127.0.0.1; this request named another host, so it was refused.")
        }
        return try await next.respond(to: request)
    }
}

import CandorStore
import Vapor

/// The demo is a sandbox: an account of its own (`AccountID.demo`) that a browser enters with
/// a cookie and leaves by dropping it. The candidate's search and profile are never touched.
enum DemoSession {
    static let cookieName = "candor_demo"

    struct Key: StorageKey { typealias Value = Bool }

    /// Whether this request looks at the demo (see ``DemoMiddleware``).
    static func isOn(_ request: Request) -> Bool { request.storage[Key.self] ?? false }

    /// The account a request reads and writes.
    static func account(of request: Request) -> UUID { isOn(request) ? AccountID.demo : AccountID.local }

    /// A browser session cookie: it goes when the browser closes, and scripts cannot read it.
    static func enter(_ response: Response) {
        response.cookies[cookieName] = HTTPCookies.Value(string: "1", path: "/", isHTTPOnly: true, sameSite: .lax)
    }

    static func leave(_ response: Response) {
        response.cookies[cookieName] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), path: "/",
                                                          isHTTPOnly: true, sameSite: .lax)
    }
}

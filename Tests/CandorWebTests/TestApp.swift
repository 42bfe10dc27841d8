import CandorStore
@testable import CandorWeb
import Foundation
import Vapor
import VaporTesting

/// Runs `body` against the real app on a fresh SQLite file of its own, reading `clock`
/// (the system's unless a test fixes it).
func withCandorApp(
    clock: @escaping @Sendable () -> Date = CandorClock.now,
    _ body: (Application, Store) async throws -> Void
) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("candor-web-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let location = DatabaseLocation.sqlite(path: folder.appendingPathComponent("candor.sqlite").path)
    try await withApp(configure: { app in
        app.logger.logLevel = .error
        try await configure(app, settings: AppSettings(location: location, clock: clock))
    }) { app in
        try await body(app, Store(db: app.db, now: clock))
    }
}

extension TestingHTTPRequest {
    /// Fills the body as a browser posting a form does.
    mutating func form(_ fields: [String: String]) throws {
        try content.encode(fields, as: .urlEncodedForm)
    }
}

extension TestingHTTPResponse {
    var html: String { body.string }
    var location: String? { headers.first(name: .location) }
}

/// The address the tests pretend the server listens at.
let localHost = "127.0.0.1:8080"
/// A well-formed session token, as `CSRFMiddleware` would have set it in a cookie.
let sessionToken = String(repeating: "t", count: 43)

extension Application {
    /// The app as Candor's own pages reach it in a browser: addressed by a loopback name,
    /// changes sent from its own origin with the session's cookie and token. Headers a test
    /// sets itself win, so a test can play an attacker by overriding one of them.
    func local() throws -> any TestingApplicationTester {
        OwnPages(base: try testing())
    }
}

private struct OwnPages: TestingApplicationTester {
    let base: any TestingApplicationTester

    func performTest(request: TestingHTTPRequest) async throws -> TestingHTTPResponse {
        var request = request
        func add(_ name: String, _ value: String) {
            if !request.headers.contains(name: name) { request.headers.add(name: name, value: value) }
        }
        add("Host", localHost)
        if request.method != .GET, request.method != .HEAD {
            add("Origin", "http://\(localHost)")
            add(CSRFMiddleware.headerName, sessionToken)
        }
        add("Cookie", "\(CSRFMiddleware.cookieName)=\(sessionToken)")
        return try await base.performTest(request: request)
    }
}

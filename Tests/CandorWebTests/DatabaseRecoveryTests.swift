@testable import CandorWeb
import NIOConcurrencyHelpers
import NIOCore
import Testing
import Vapor
import VaporTesting

/// A request whose database call never returns must not take the server down with it.
///
/// The PostgreSQL restart soak found the real case: PostgresNIO writes a query to a connection
/// PostgreSQL has just closed and never completes it, so the request held its place in the
/// concurrency limit forever, and four of them stopped every page. Here a route waits on a
/// promise nobody completes, which is exactly what such a request does.
@Suite("Requests stuck on the database", .timeLimit(.minutes(1)))
struct DatabaseRecoveryTests {
    @Test("a request that never gets its answer is answered 503 at the deadline, and frees its place for the next")
    func stuckRequestIsAbandoned() async throws {
        let never = NIOLockedValueBox<EventLoopPromise<String>?>(nil)
        try await withApp(configure: { app in
            app.logger.logLevel = .critical
            app.middleware = Middlewares()
            // One place only: if the stuck request kept it, the next request could never run.
            app.middleware.use(ConcurrencyLimitMiddleware(limit: 1))
            app.middleware.use(HTMLErrorMiddleware())
            app.middleware.use(DatabaseRecoveryMiddleware(requestDeadline: 0.5))
            app.get("stuck") { request async throws -> String in
                let promise = request.eventLoop.makePromise(of: String.self)
                never.withLockedValue { $0 = promise }
                return try await promise.futureResult.get()
            }
            app.get("quick") { _ in "fine" }
        }) { app in
            let started = ContinuousClock.now
            try await app.testing().test(.GET, "stuck") { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.body.string.contains("Not saved: the database is not reachable right now"))
            }
            let waited = ContinuousClock.now - started
            #expect(waited >= .milliseconds(500), "answered before the deadline: \(waited)")

            try await app.testing().test(.GET, "quick") { response in
                #expect(response.status == .ok)
                #expect(response.body.string == "fine")
            }
        }
        // Complete the abandoned promise, as NIO requires of every promise before it goes away;
        // the abandoned request then finishes on its own and its answer is dropped.
        never.withLockedValue { $0?.succeed("too late") }
    }

    @Test("a request that answers in time is passed through untouched")
    func quickRequestPasses() async throws {
        try await withApp(configure: { app in
            app.logger.logLevel = .critical
            app.middleware = Middlewares()
            app.middleware.use(DatabaseRecoveryMiddleware(requestDeadline: 5))
            app.get("quick") { _ in Response(status: .accepted, body: .init(string: "kept")) }
        }) { app in
            try await app.testing().test(.GET, "quick") { response in
                #expect(response.status == .accepted)
                #expect(response.body.string == "kept")
            }
        }
    }
}

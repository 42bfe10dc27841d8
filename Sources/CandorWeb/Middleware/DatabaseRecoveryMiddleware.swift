import AsyncKit
import CandorCore
import CandorStore
import Fluent
import NIOConcurrencyHelpers
import NIOCore
import Vapor

/// Gets the database back by itself after PostgreSQL restarted or was unreachable for a while.
///
/// Seen in the crash soak (`scripts/soak`): after PostgreSQL is crashed and restarted many
/// times under a running server, the driver's connection pool can end up believing it is full
/// while it holds no connection at all (a connection attempt that failed mid-start-up is never
/// counted back), so every later request waits out the pool's timeout and PostgreSQL is never
/// asked again. When a request times out waiting for a connection, this drops the pool
/// (`Databases.reinitialize`); the next request opens a fresh one. At most once per
/// ``minimumInterval``, so that a pool which is merely busy is not reset over and over.
///
/// The request that timed out gets "not saved" (503) like any other moment the database is
/// away; interview mode keeps the text and sends it again.
///
/// A request may also never finish at all: PostgresNIO (1.33) writes a query to a connection
/// that PostgreSQL has just closed without ever completing it, which happens to the next
/// statement of a transaction (or its `ROLLBACK`) when the server crashes in between. Such a
/// request would hold its place in ``ConcurrencyLimitMiddleware`` forever, and a few of them
/// wedge the whole server (found by the PostgreSQL restart soak). So every request gets
/// ``requestDeadline``: past it, the request is answered "not saved" and abandoned, and the pool,
/// which still counts the lost connection as in use, is replaced.
struct DatabaseRecoveryMiddleware: AsyncMiddleware {
    static let minimumInterval: TimeAmount = .seconds(10)

    /// Far longer than any request takes with a database that answers (a page renders in
    /// milliseconds, an import in seconds), far shorter than a person waits before giving up.
    static let defaultRequestDeadline: Double = 30

    let requestDeadline: Double

    init(requestDeadline: Double = DatabaseRecoveryMiddleware.defaultRequestDeadline) {
        self.requestDeadline = requestDeadline
    }

    /// When the pool was last reset. Process-local, and no user's state: every instance
    /// recovers its own pool.
    private let lastReset = NIOLockedValueBox<NIODeadline?>(nil)

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await withDeadline(seconds: requestDeadline) { try await next.respond(to: request) }
        } catch is ConnectionPoolTimeoutError {
            resetIfDue(request.application, because: "The database connection pool timed out")
            throw CandorError.databaseUnreachable(location: "the database", reason: "no connection came free in time")
        } catch is TimedOut {
            request.logger.warning("\(request.method) \(request.url.path) got no answer from the database in \(Int(requestDeadline)) s; it was abandoned.")
            resetIfDue(request.application, because: "A request waited on the database past its deadline")
            throw CandorError.databaseUnreachable(location: "the database", reason: "no answer in time")
        }
    }

    private func resetIfDue(_ app: Application, because reason: String) {
        let now = NIODeadline.now()
        let due = lastReset.withLockedValue { last -> Bool in
            if let last, now - last < Self.minimumInterval { return false }
            last = now
            return true
        }
        guard due else { return }
        app.logger.warning("\(reason); opening a new pool.")
        // The old pool's shutdown waits on its event loops: never on one of them.
        let databases = app.databases
        DispatchQueue.global().async { databases.reinitialize(.candor) }
    }
}

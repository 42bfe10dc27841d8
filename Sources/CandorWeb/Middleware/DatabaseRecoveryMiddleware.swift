import AsyncKit
import CandorCore
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
struct DatabaseRecoveryMiddleware: AsyncMiddleware {
    static let minimumInterval: TimeAmount = .seconds(10)

    /// When the pool was last reset. Process-local, and no user's state: every instance
    /// recovers its own pool.
    private let lastReset = NIOLockedValueBox<NIODeadline?>(nil)

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let error as ConnectionPoolTimeoutError {
            resetIfDue(request.application, after: error)
            throw CandorError.databaseUnreachable(location: "the database", reason: "no connection came free in time")
        }
    }

    private func resetIfDue(_ app: Application, after error: ConnectionPoolTimeoutError) {
        let now = NIODeadline.now()
        let due = lastReset.withLockedValue { last -> Bool in
            if let last, now - last < Self.minimumInterval { return false }
            last = now
            return true
        }
        guard due else { return }
        app.logger.warning("The database connection pool timed out; opening a new pool.")
        // The old pool's shutdown waits on its event loops: never on one of them.
        let databases = app.databases
        DispatchQueue.global().async { databases.reinitialize(.candor) }
    }
}

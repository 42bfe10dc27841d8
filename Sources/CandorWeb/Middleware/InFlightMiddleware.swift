import Foundation
import Vapor

/// Counts the requests being handled, so that a stopping server lets them finish before it
/// closes the database.
///
/// Stopping the listener does not stop the requests already read: a client that hung up
/// leaves its requests queued (`ConcurrencyLimitMiddleware`), and they run later. Shutting the
/// application down under them made the next one to touch the database crash the process
/// (Fluent's `Request.db` finds no database). `WebServer.run` waits for ``RequestsInFlight``
/// to drain first. Outermost of all middleware, so a request is counted before it queues.
struct InFlightMiddleware: AsyncMiddleware {
    let requests: RequestsInFlight

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        requests.enter()
        defer { requests.leave() }
        return try await next.respond(to: request)
    }
}

/// The number of requests being handled, and a way to wait until there are none.
///
/// A lock rather than an actor: it is touched twice by every request, and an actor hop each
/// time would cost more than the count.
final class RequestsInFlight: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var waiting: [UUID: CheckedContinuation<Void, Never>] = [:]

    func enter() {
        lock.withLock { count += 1 }
    }

    func leave() {
        let done: [CheckedContinuation<Void, Never>] = lock.withLock {
            count -= 1
            guard count == 0 else { return [] }
            defer { waiting = [:] }
            return Array(waiting.values)
        }
        done.forEach { $0.resume() }
    }

    /// Returns once no request is being handled, or after `seconds` at most.
    func drained(within seconds: Double) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.drained() }
            group.addTask { try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000)) }
            await group.next()
            // The group waits for both children: the wait below must end when cancelled.
            group.cancelAll()
        }
    }

    /// Returns once no request is being handled, or when the task is cancelled.
    private func drained() async {
        let id = UUID()
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let waits = lock.withLock {
                    guard count > 0, !Task.isCancelled else { return false }
                    waiting[id] = continuation
                    return true
                }
                if !waits { continuation.resume() }
            }
        } onCancel: {
            lock.withLock { waiting.removeValue(forKey: id) }?.resume()
        }
    }
}

extension Application {
    private struct RequestsInFlightKey: StorageKey { typealias Value = RequestsInFlight }

    /// The requests this application is handling (see ``InFlightMiddleware``).
    var requestsInFlight: RequestsInFlight {
        if let existing = storage[RequestsInFlightKey.self] { return existing }
        let made = RequestsInFlight()
        storage[RequestsInFlightKey.self] = made
        return made
    }
}

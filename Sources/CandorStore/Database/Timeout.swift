import Foundation

/// An operation that did not finish before its deadline.
package struct TimedOut: Error {
    package init() {}
}

/// Runs `operation`, giving up after `seconds`.
///
/// Unlike a task group, this returns at the deadline even when the operation cannot be
/// cancelled: a connection attempt waiting inside the driver, or a query PostgresNIO wrote to a
/// connection that had already closed, whose result never arrives. The operation is told to
/// cancel and left to finish (or not) on its own; its result is dropped. When the operation
/// finishes first, the timer is stopped, so a fast operation leaves nothing sleeping behind.
package func withDeadline<T: Sendable>(
    seconds: Double, _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    let once = ResumeOnce<T>()
    return try await withCheckedThrowingContinuation { continuation in
        once.set(continuation)
        let timer = Task {
            try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
            once.resume(with: .failure(TimedOut()))
        }
        let work = Task {
            let result: Result<T, any Error>
            do { result = .success(try await operation()) } catch { result = .failure(error) }
            timer.cancel()
            once.resume(with: result)
        }
        once.onTimeout = { work.cancel() }
    }
}

/// Resumes a continuation exactly once, whichever side finishes first.
private final class ResumeOnce<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var pending: Result<T, any Error>?
    private var finished = false
    private var _onTimeout: (@Sendable () -> Void)?

    /// Called once if the deadline wins (set after both tasks started, so it may come late).
    var onTimeout: (@Sendable () -> Void)? {
        get { lock.withLock { _onTimeout } }
        set {
            let timedOutAlready = lock.withLock { () -> Bool in
                _onTimeout = newValue
                if case .failure(let error)? = pending, error is TimedOut { return true }
                return false
            }
            if timedOutAlready { newValue?() }
        }
    }

    func set(_ continuation: CheckedContinuation<T, any Error>) {
        lock.lock()
        if let pending {
            lock.unlock()
            continuation.resume(with: pending)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    func resume(with result: Result<T, any Error>) {
        lock.lock()
        guard !finished else {
            lock.unlock()
            return
        }
        finished = true
        pending = result
        let continuation = self.continuation
        self.continuation = nil
        let onTimeout = _onTimeout
        lock.unlock()
        continuation?.resume(with: result)
        if case .failure(let error) = result, error is TimedOut { onTimeout?() }
    }
}

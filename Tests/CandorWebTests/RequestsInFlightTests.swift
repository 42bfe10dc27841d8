@testable import CandorWeb
import Foundation
import Testing

/// What a stopping server waits on (`WebServer.run`); the whole stop, with a real server and
/// requests left queued by a client that hung up, is Tests/browser/test_shutdown.py.
@Suite("Requests in flight")
struct RequestsInFlightTests {
    // The times below are far apart on purpose: in the full suite other tests can keep Swift's
    // thread pool busy for a minute (seen in CI), so only "long before the limit" is checked.

    @Test("with nothing in flight, draining returns without waiting for its limit")
    func idle() async {
        let requests = RequestsInFlight()
        let start = ContinuousClock.now
        await requests.drained(within: 1_200)
        #expect(ContinuousClock.now - start < .seconds(600))
    }

    @Test("draining waits for the last request to leave, not for the first")
    func waitsForTheLast() async {
        let requests = RequestsInFlight()
        requests.enter()
        requests.enter()
        let left = Flag()
        async let drained: Void = {
            await requests.drained(within: 30)
            #expect(left.isSet, "returned before the last request left")
        }()
        try? await Task.sleep(nanoseconds: 100_000_000)
        requests.leave()
        try? await Task.sleep(nanoseconds: 100_000_000)
        left.set()
        requests.leave()
        await drained
    }

    @Test("draining gives up after its time even when a request never leaves")
    func timesOut() async {
        let requests = RequestsInFlight()
        requests.enter()
        let start = ContinuousClock.now
        await requests.drained(within: 0.2)
        #expect(ContinuousClock.now - start < .seconds(600), "it waited for the request instead of its limit")
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

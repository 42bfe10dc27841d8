@testable import CandorWeb
import Foundation
import Testing

/// What a stopping server waits on (`WebServer.run`); the whole stop, with a real server and
/// requests left queued by a client that hung up, is Tests/browser/test_shutdown.py.
@Suite("Requests in flight")
struct RequestsInFlightTests {
    @Test("with nothing in flight, draining returns at once")
    func idle() async {
        let requests = RequestsInFlight()
        let start = ContinuousClock.now
        await requests.drained(within: 30)
        #expect(ContinuousClock.now - start < .seconds(5))
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
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

import Foundation
import Vapor
#if canImport(Glibc)
import Glibc
#endif

/// Lets a few requests work at a time and queues the rest in the order they came.
///
/// Without it, 500 connections start 500 page renders at once on two cores: every one of them
/// finishes late (about the same time as the last), each holds memory meanwhile, and their
/// queries queue on the database pool until its timeout fails them (the load test,
/// `scripts/load`, showed both). With it, a page takes its usual time once its turn comes,
/// the pool is never waited on for long, and memory stays near what a few renders need.
/// `/healthz` skips the queue, so a load balancer sees the process alive while it is busy.
///
/// When the last request in progress finishes, the memory allocator is asked to give free
/// memory back to the system (glibc keeps it in per-thread arenas otherwise), so the server
/// returns near its idle size after a burst.
struct ConcurrencyLimitMiddleware: AsyncMiddleware {
    let gate: RequestGate

    init(limit: Int = ConcurrencyLimitMiddleware.defaultLimit) {
        gate = RequestGate(limit: limit)
    }

    /// Two requests per core: one can wait on the disk while the other computes.
    static var defaultLimit: Int { max(2, ProcessInfo.processInfo.activeProcessorCount * 2) }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.url.path == SiteURL.healthz.path { return try await next.respond(to: request) }
        await gate.enter()
        do {
            let response = try await next.respond(to: request)
            await gate.leave()
            return response
        } catch {
            await gate.leave()
            throw error
        }
    }
}

/// A first-come, first-served gate with `limit` places.
actor RequestGate {
    private let limit: Int
    private var inside = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var waitingStart = 0

    init(limit: Int) { self.limit = limit }

    func enter() async {
        if inside < limit {
            inside += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waitingStart < waiting.count {
            // The place passes straight to the next in line.
            let next = waiting[waitingStart]
            waitingStart += 1
            if waitingStart > 1024, waitingStart * 2 > waiting.count {
                waiting.removeFirst(waitingStart)
                waitingStart = 0
            }
            next.resume()
            return
        }
        waiting.removeAll(keepingCapacity: false)
        waitingStart = 0
        inside -= 1
        if inside == 0 { returnFreeMemory() }
    }

    private var lastTrim = ContinuousClock.now

    /// At most every two seconds, and off the request's path: a trim walks the allocator's arenas.
    private func returnFreeMemory() {
        let now = ContinuousClock.now
        guard now - lastTrim > .seconds(2), let trim = Self.mallocTrim else { return }
        lastTrim = now
        Task.detached(priority: .background) { _ = trim(0) }
    }

    /// glibc's `malloc_trim`, which Swift's Glibc module does not export; nil elsewhere.
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()
}

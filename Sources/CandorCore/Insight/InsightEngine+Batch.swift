import Dispatch
import Foundation

extension InsightEngine {
    /// Every company's insight, analysed in parallel across the machine's cores.
    ///
    /// Companies are independent, so they are split into one chunk per core, each with its own
    /// stem cache (a cache is a value, never shared between threads). The result is in the order
    /// given and identical to analysing the companies one by one.
    public static func analyze(companies inputs: [InsightInput]) -> [CompanyInsight] {
        guard inputs.count > 1 else { return inputs.map { analyze($0) } }
        let chunks = min(inputs.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let results = ResultSlots<CompanyInsight>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var cache = StemCache()
            // Interleaved (0, chunks, 2·chunks, …) so large and small companies spread evenly.
            for index in stride(from: chunk, to: inputs.count, by: chunks) {
                results.set(index, analyze(inputs[index], cache: &cache))
            }
        }
        return results.values()
    }
}

/// Slots written from several threads, each slot by exactly one of them.
///
/// A lock guards the array: the work per slot (a whole company's analysis) dwarfs the cost of
/// taking it, and it keeps the type honest under Swift 6's concurrency checks.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}

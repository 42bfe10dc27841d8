import CandorCore
import Dispatch
import Foundation

// MARK: - Every call into the analysis API (StemCache, ThemeDetector, AnswerClustering, InsightEngine)
//
// Kept in this one file so that, while those APIs change, only this file needs adapting.

enum AnalysisCalls {
    static func newCache() -> StemCache { StemCache() }

    /// Reads every answer's themes with one shared cache; returns how many touch a theme.
    static func readThemes(_ texts: [String], sides: [AnswerSide], cache: inout StemCache) -> Int {
        var themed = 0
        for (text, side) in zip(texts, sides) where !ThemeDetector.read(text, side: side, cache: &cache).mentions.isEmpty {
            themed += 1
        }
        return themed
    }

    static func cluster(_ texts: [String], cache: inout StemCache) -> [AnswerCluster] {
        AnswerClustering.cluster(texts, cache: &cache)
    }

    /// Every company's insight, companies in parallel; returns the number of answer groups found.
    static func analyzeCompanies(_ inputs: [InsightInput]) -> Int? {
        InsightEngine.analyze(companies: inputs).reduce(0) { $0 + $1.groups.count }
    }

    /// The whole analysis as Candor would run it over a large account: the clustering of every
    /// answer and every company's insight, side by side on the machine's cores (they share nothing).
    static func wholeAnalysis(_ texts: [String], _ inputs: [InsightInput]) -> (clusters: [AnswerCluster], groups: Int?) {
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                var cache = StemCache()
                results.set(clusters: AnswerClustering.cluster(texts, cache: &cache))
            } else {
                results.set(groups: analyzeCompanies(inputs))
            }
        }
        return results.get()
    }

    /// The two halves' results, written from two threads.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var clusters: [AnswerCluster] = []
        private var groups: Int?

        func set(clusters: [AnswerCluster]) { lock.lock(); self.clusters = clusters; lock.unlock() }
        func set(groups: Int?) { lock.lock(); self.groups = groups; lock.unlock() }
        func get() -> (clusters: [AnswerCluster], groups: Int?) {
            lock.lock(); defer { lock.unlock() }
            return (clusters, groups)
        }
    }

    /// One company's insight from scratch, as a page visit computes it; `nil` without the engine.
    static func reanalyze(_ input: InsightInput) -> Int? {
        InsightEngine.analyze(input).answersRead
    }
}

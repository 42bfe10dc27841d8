import CandorCore
import Foundation

/// Times the analysis of a set of answers, after they have been read and converted.
struct BenchRun {
    let answers: [BenchAnswer]
    /// How many times one company is re-analysed for the median.
    let runs: Int
    /// How many times the whole analysis runs for its median.
    var wholeRuns = 3

    /// The figures, and the clusters found over all answers.
    func measure() -> (BenchReport, [AnswerCluster]) {
        // Everything the store would hand over is built first: only the analysis is timed.
        let texts = answers.map(\.text)
        let sides = answers.map { AnswerSide(rawValue: $0.side) ?? .other }
        let inputs = CompanyInputs.make(answers)
        let clock = ContinuousClock()

        // The timed analysis: the baseline's job (TF-IDF clustering of every answer) and every
        // company's insight, which reads each answer's themes and builds boards, flags and groups.
        // A warm-up on a small slice first (one-time set-up such as compiling the lexicons is not
        // the analysis), then the median of a few full runs, as baseline.py does.
        _ = AnalysisCalls.wholeAnalysis(Array(texts.prefix(2_000)), Array(inputs.prefix(2)))
        var wholeTimes: [Duration] = []
        var clusters: [AnswerCluster] = []
        var insights: Int?
        for _ in 0..<max(1, wholeRuns) {
            let start = clock.now
            (clusters, insights) = AnalysisCalls.wholeAnalysis(texts, inputs)
            wholeTimes.append(clock.now - start)
        }
        wholeTimes.sort()

        // The parts on their own, for the breakdown only.
        var cache = AnalysisCalls.newCache()
        let clusteringStart = clock.now
        _ = AnalysisCalls.cluster(texts, cache: &cache)
        let clusteringEnd = clock.now
        _ = AnalysisCalls.analyzeCompanies(inputs)
        let companiesEnd = clock.now
        var themeCache = AnalysisCalls.newCache()
        let themed = AnalysisCalls.readThemes(texts, sides: sides, cache: &themeCache)
        let themeEnd = clock.now

        var companyTimes: [Duration] = []
        if let company = inputs.first, let _ = AnalysisCalls.reanalyze(company) {  // the first run warms up
            for _ in 0..<max(1, runs) {
                let before = clock.now
                _ = AnalysisCalls.reanalyze(company)
                companyTimes.append(clock.now - before)
            }
        }
        companyTimes.sort()

        let report = BenchReport(
            answers: texts.count, companies: inputs.count,
            analysisSeconds: wholeTimes[wholeTimes.count / 2].seconds,
            analysisRuns: wholeTimes.count,
            themeSeconds: (themeEnd - companiesEnd).seconds,
            clusteringSeconds: (clusteringEnd - clusteringStart).seconds,
            engineSeconds: insights == nil ? nil : (companiesEnd - clusteringEnd).seconds,
            clusters: clusters.count, clusteredAnswers: clusters.reduce(0) { $0 + $1.members.count },
            themedAnswers: themed, insightGroups: insights,
            companyAnswers: inputs.first?.answers.count,
            companyMilliseconds: companyTimes.isEmpty ? nil : companyTimes[companyTimes.count / 2].seconds * 1000,
            runs: companyTimes.count,
            largestClusters: clusters.prefix(5).map { "\($0.name) (\($0.members.count))" })
        return (report, clusters)
    }
}

/// The figures of one run, printed as plain lines or as JSON for Benchmarks/run.
struct BenchReport: Codable {
    var answers: Int
    var companies: Int
    /// (a): theme reading + clustering of all answers + every company's insight, in seconds.
    var analysisSeconds: Double
    /// How many full runs `analysisSeconds` is the median of.
    var analysisRuns: Int
    var themeSeconds: Double
    var clusteringSeconds: Double
    /// `nil` when the per-company analysis is not available to the bench.
    var engineSeconds: Double?
    var clusters: Int
    var clusteredAnswers: Int
    var themedAnswers: Int
    /// Groups of theme-less answers found across all companies' insights.
    var insightGroups: Int?
    /// (b): the median time to re-analyse the first company.
    var companyAnswers: Int?
    var companyMilliseconds: Double?
    var runs: Int
    var largestClusters: [String]

    var text: String {
        var lines = [
            "candor: \(answers) answers analysed in \(format(analysisSeconds)) s "
                + "(median of \(analysisRuns) runs; clusters: \(clusters))",
            "  in parallel: clustering of all answers (alone: \(format(clusteringSeconds)) s, "
                + "\(clusteredAnswers) answers in clusters) and",
        ]
        if let engineSeconds {
            lines.append("  per-company insight for \(companies) companies (alone: \(format(engineSeconds)) s, "
                         + "of which reading every answer's themes takes \(format(themeSeconds)) s; "
                         + "\(themedAnswers) answers touch a theme)")
        } else {
            lines.append("  per-company insight: not available in this build")
        }
        lines.append("  largest clusters: " + largestClusters.joined(separator: "; "))
        if let companyAnswers, let companyMilliseconds {
            lines.append("candor: one company, \(companyAnswers) answers, re-analysed in "
                         + "\(format(companyMilliseconds)) ms (median of \(runs))")
        }
        return lines.joined(separator: "\n")
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// Two significant decimals below 10, one above: "0.84", "7.9", "123.4".
    private func format(_ value: Double) -> String {
        String(format: value < 10 ? "%.2f" : "%.1f", value)
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}

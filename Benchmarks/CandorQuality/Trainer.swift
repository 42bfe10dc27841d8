import CandorCore
import Foundation

/// Trains `ThemeModel` from the development side of the corpus: one L2-regularised logistic
/// regression per theme, by full-batch gradient descent with AdaGrad steps, in a fixed order
/// and without randomness, so the same corpus always gives the same weights.
///
/// The regularisation, the thresholds and whether the rules' side is trusted are chosen by
/// five-fold cross-validation over companies of the development side; the test split is
/// never read.
struct Trainer {
    struct Sample {
        var features: [Int]
        var labels: Set<Int>
    }

    struct Config: CustomStringConvertible {
        var l2: Double
        var threshold: Double
        var fallback: Double
        var dealbreaker: Double
        var trustsRuleSide: Bool
        var description: String {
            String(format: "l2 %.2f, threshold %.2f, fallback %.2f, dealbreaker %.2f, %@", l2, threshold, fallback, dealbreaker,
                   trustsRuleSide ? "rules' side" : "question's side")
        }
    }

    static let epochs = 600
    static let minimumCount = 2

    let companies: [CorpusCompany]
    let trainedOn: String

    /// The feature names of every labelled answer of `companies`.
    static func featureNames(_ companies: [CorpusCompany]) -> [[String]] {
        var cache = StemCache()
        var result: [[String]] = []
        for company in companies {
            for answer in company.answers {
                let side: AnswerSide = answer.question == .love ? .love : answer.question == .improve ? .improve : .other
                let rules = ThemeDetector.readWithStems(answer.text, side: side, cache: &cache, model: nil).reading
                result.append(ThemeFeatures.names(ThemeFeatures.tokens(answer.text, cache: &cache), rules: rules))
            }
        }
        return result
    }

    static func labels(_ companies: [CorpusCompany]) -> [Set<Int>] {
        companies.flatMap { company in
            company.answers.map { answer in Set(answer.labels.map { Theme.allCases.firstIndex(of: $0.theme)! }) }
        }
    }

    /// Weights for `companies` with regularisation `l2`: (bias, weights by feature name).
    static func fit(names: [[String]], labels: [Set<Int>], l2: Double) -> (bias: [Double], weights: [String: [Double]]) {
        var counts: [String: Int] = [:]
        for answer in names { for name in answer { counts[name, default: 0] += 1 } }
        let vocabulary = counts.filter { $0.value >= minimumCount }.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        let samples = zip(names, labels).map { Sample(features: $0.compactMap { index[$0] }, labels: $1) }
        let themes = Theme.allCases.count
        var weights = [Double](repeating: 0, count: vocabulary.count * themes)
        var bias = [Double](repeating: 0, count: themes)
        var squares = [Double](repeating: 1e-8, count: weights.count)
        var biasSquares = [Double](repeating: 1e-8, count: themes)
        let rate = 0.5
        let n = Double(samples.count)
        for _ in 0..<epochs {
            var gradient = [Double](repeating: 0, count: weights.count)
            var biasGradient = [Double](repeating: 0, count: themes)
            for sample in samples {
                for theme in 0..<themes {
                    var sum = bias[theme]
                    for feature in sample.features { sum += weights[feature * themes + theme] }
                    let error = 1 / (1 + exp(-sum)) - (sample.labels.contains(theme) ? 1 : 0)
                    biasGradient[theme] += error
                    for feature in sample.features { gradient[feature * themes + theme] += error }
                }
            }
            for i in weights.indices {
                let g = gradient[i] / n + l2 * weights[i] / n
                squares[i] += g * g
                weights[i] -= rate * g / squares[i].squareRoot()
            }
            for t in 0..<themes {
                let g = biasGradient[t] / n
                biasSquares[t] += g * g
                bias[t] -= rate * g / biasSquares[t].squareRoot()
            }
        }
        var byName: [String: [Double]] = [:]
        for (position, name) in vocabulary.enumerated() {
            byName[name] = Array(weights[(position * themes)..<((position + 1) * themes)])
        }
        return (bias, byName)
    }

    static func stored(bias: [Double], weights: [String: [Double]], config: Config, trainedOn: String) -> ThemeModel.Stored {
        var sparse: [String: String] = [:]
        for (name, row) in weights {
            let pairs = row.enumerated().compactMap { theme, weight -> String? in
                abs(weight) >= 0.005 ? "\(theme):\((weight * 10_000).rounded() / 10_000)" : nil
            }
            if !pairs.isEmpty { sparse[name] = pairs.joined(separator: " ") }
        }
        return ThemeModel.Stored(
            version: 1, trainedOn: trainedOn, threshold: config.threshold, fallbackThreshold: config.fallback,
            dealbreakerThreshold: config.dealbreaker,
            trustsRuleSide: config.trustsRuleSide, themes: Theme.allCases.map(\.rawValue),
            bias: bias.map { ($0 * 10_000).rounded() / 10_000 }, weights: sparse)
    }

    /// Cross-validates the settings, trains on everything with the best, and returns the model.
    func train(log: (String) -> Void) -> ThemeModel.Stored {
        let folds = 5
        let byFold = (0..<folds).map { fold in companies.enumerated().filter { $0.offset % folds == fold }.map(\.element) }
        var candidates: [Config] = []
        for l2 in [3.0] {
            for threshold in [0.15, 0.2, 0.25, 0.3] {
                for fallback in [0.05, 0.1] {
                    for dealbreaker in [0.03, 0.05, 0.08, 0.12] {
                        for rules in [false, true] {
                            candidates.append(Config(l2: l2, threshold: threshold, fallback: fallback, dealbreaker: dealbreaker, trustsRuleSide: rules))
                        }
                    }
                }
            }
        }
        var scores = [QualityReport](repeating: QualityReport(), count: candidates.count)
        for l2 in Set(candidates.map(\.l2)).sorted() {
            for fold in 0..<folds {
                let training = byFold.enumerated().filter { $0.offset != fold }.flatMap(\.element)
                let (bias, weights) = Self.fit(names: Self.featureNames(training), labels: Self.labels(training), l2: l2)
                for (position, config) in candidates.enumerated() where config.l2 == l2 {
                    let model = ThemeModel(Self.stored(bias: bias, weights: weights, config: config, trainedOn: ""))
                    scores[position].merge(Scoring.score(byFold[fold], reader: TextReader(model: model), keepMistakes: false))
                }
                log("  fold \(fold + 1) of \(folds), l2 \(l2) done")
            }
        }
        let ranked = zip(candidates, scores).sorted { Self.objective($0.1) > Self.objective($1.1) }
        for (config, report) in ranked.prefix(5) {
            log(String(format: "  %@: micro F1 %.3f, conclusions %.1f%%, missed dealbreakers %d, false red flags at %d companies",
                       config.description, report.micro.f1, report.conclusionShare * 100, report.missedDealbreakers.count,
                       report.companiesWithFalseRedFlags))
        }
        let best = ranked[0].0
        log("chosen: \(best); cross-validated by theme (precision, recall):")
        let perTheme = ranked[0].1.perTheme
        log("  " + Theme.allCases.map { theme in
            let tally = perTheme[theme.rawValue] ?? Tally()
            return String(format: "%@ %.2f/%.2f", theme.rawValue, tally.precision, tally.recall)
        }.joined(separator: ", "))
        let (bias, weights) = Self.fit(names: Self.featureNames(companies), labels: Self.labels(companies), l2: best.l2)
        return Self.stored(bias: bias, weights: weights, config: best, trainedOn: trainedOn)
    }

    /// What cross-validation maximises: the answers' micro F1, with each missed dealbreaker and
    /// each company given a false red flag counted against it.
    static func objective(_ report: QualityReport) -> Double {
        report.micro.f1 + 0.5 * report.conclusionShare
            - 0.01 * Double(report.missedDealbreakers.count) - 0.005 * Double(report.companiesWithFalseRedFlags)
    }
}

extension QualityReport {
    /// Adds another fold's counts to these.
    mutating func merge(_ other: QualityReport) {
        micro = micro + other.micro
        for (key, tally) in other.perTheme { perTheme[key] = (perTheme[key] ?? Tally()) + tally }
        for (key, tally) in other.perStyle { perStyle[key] = (perStyle[key] ?? Tally()) + tally }
        closingAnswers += other.closingAnswers
        whyAnswers += other.whyAnswers
        whyRight += other.whyRight
        companies += other.companies
        conclusionsExpected += other.conclusionsExpected
        conclusionsReached += other.conclusionsReached
        conclusionsExtra += other.conclusionsExtra
        dealbreakersRaised += other.dealbreakersRaised
        missedDealbreakers += other.missedDealbreakers
        falseRedFlags += other.falseRedFlags
        companiesWithFalseRedFlags += other.companiesWithFalseRedFlags
    }
}

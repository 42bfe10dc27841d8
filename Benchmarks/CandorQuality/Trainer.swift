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
        /// Whether the side of each theme comes from the trained ``SideModel``.
        var sideModel: Bool
        var description: String {
            String(format: "l2 %.2f, threshold %.2f, fallback %.2f, dealbreaker %.2f, %@", l2, threshold, fallback, dealbreaker,
                   sideModel ? "side model" : trustsRuleSide ? "rules' side" : "question's side")
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
                let side = AnswerSide(special: answer.special)
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

    /// The side model's training samples: each labelled theme of each closing answer, with the
    /// words that carried it under `model` (trained on the same answers).
    static func sideSamples(_ companies: [CorpusCompany], model: ThemeModel) -> (names: [[String]], problem: [Bool]) {
        var cache = StemCache()
        var names: [[String]] = []
        var problem: [Bool] = []
        for company in companies {
            for answer in company.answers where answer.question == .love || answer.question == .improve {
                let side = AnswerSide(special: answer.special)
                names += SideModel.features(of: answer.labels.map(\.theme), in: answer.text, side: side, model: model, cache: &cache)
                problem += answer.labels.map { $0.side == .problem }
            }
        }
        return (names, problem)
    }

    /// One L2-regularised logistic regression for P(problem), fitted like the themes' (AdaGrad,
    /// full batch, fixed order).
    static func fitSide(names: [[String]], problem: [Bool], l2: Double = 1.0) -> SideModel.Stored {
        var counts: [String: Int] = [:]
        for sample in names { for name in sample { counts[name, default: 0] += 1 } }
        let vocabulary = counts.filter { $0.value >= minimumCount }.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        let samples = names.map { $0.compactMap { index[$0] } }
        var weights = [Double](repeating: 0, count: vocabulary.count)
        var bias = 0.0
        var squares = [Double](repeating: 1e-8, count: weights.count)
        var biasSquare = 1e-8
        let n = Double(samples.count)
        for _ in 0..<sideEpochs {
            var gradient = [Double](repeating: 0, count: weights.count)
            var biasGradient = 0.0
            for (features, isProblem) in zip(samples, problem) {
                var sum = bias
                for feature in features { sum += weights[feature] }
                let error = 1 / (1 + exp(-sum)) - (isProblem ? 1 : 0)
                biasGradient += error
                for feature in features { gradient[feature] += error }
            }
            for i in weights.indices {
                let g = gradient[i] / n + l2 * weights[i] / n
                squares[i] += g * g
                weights[i] -= 0.5 * g / squares[i].squareRoot()
            }
            let g = biasGradient / n
            biasSquare += g * g
            bias -= 0.5 * g / biasSquare.squareRoot()
        }
        var stored: [String: Double] = [:]
        for (position, name) in vocabulary.enumerated() where abs(weights[position]) >= 0.005 {
            stored[name] = (weights[position] * 10_000).rounded() / 10_000
        }
        return SideModel.Stored(bias: (bias * 10_000).rounded() / 10_000, weights: stored)
    }

    static let sideEpochs = 400

    static func stored(bias: [Double], weights: [String: [Double]], config: Config, trainedOn: String,
                       side: SideModel.Stored? = nil) -> ThemeModel.Stored {
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
            bias: bias.map { ($0 * 10_000).rounded() / 10_000 }, weights: sparse, side: config.sideModel ? side : nil)
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
                        for (rules, side) in [(false, false), (true, false), (false, true)] {
                            candidates.append(Config(l2: l2, threshold: threshold, fallback: fallback, dealbreaker: dealbreaker,
                                                     trustsRuleSide: rules, sideModel: side))
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
                let themesOnly = ThemeModel(Self.stored(bias: bias, weights: weights, config: candidates[0], trainedOn: ""))
                let (sideNames, problem) = Self.sideSamples(training, model: themesOnly)
                let side = Self.fitSide(names: sideNames, problem: problem)
                for (position, config) in candidates.enumerated() where config.l2 == l2 {
                    let model = ThemeModel(Self.stored(bias: bias, weights: weights, config: config, trainedOn: "", side: side))
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
        // How the dealbreaker threshold trades missed dealbreakers for false red flags.
        for dealbreaker in Set(candidates.map(\.dealbreaker)).sorted() {
            if let (config, report) = ranked.first(where: { $0.0.dealbreaker == dealbreaker }) {
                log(String(format: "  best at dealbreaker %.2f: micro F1 %.3f, conclusions %.1f%%, missed dealbreakers %d of %d, false red flags at %d companies (%@)",
                           dealbreaker, report.micro.f1, report.conclusionShare * 100, report.missedDealbreakers.count,
                           report.dealbreakersRaised, report.companiesWithFalseRedFlags, config.description))
            }
        }
        for sideModel in [false, true] {
            if let (config, report) = ranked.first(where: { $0.0.sideModel == sideModel }) {
                log(String(format: "  best %@: micro F1 %.3f, conclusions %.1f%%, missed dealbreakers %d, false red flags at %d companies",
                           sideModel ? "with the side model" : "without it", report.micro.f1, report.conclusionShare * 100,
                           report.missedDealbreakers.count, report.companiesWithFalseRedFlags))
                _ = config
            }
        }
        let (bias, weights) = Self.fit(names: Self.featureNames(companies), labels: Self.labels(companies), l2: best.l2)
        var side: SideModel.Stored?
        if best.sideModel {
            let themesOnly = ThemeModel(Self.stored(bias: bias, weights: weights, config: best, trainedOn: ""))
            let (sideNames, problem) = Self.sideSamples(companies, model: themesOnly)
            side = Self.fitSide(names: sideNames, problem: problem)
        }
        return Self.stored(bias: bias, weights: weights, config: best, trainedOn: trainedOn, side: side)
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

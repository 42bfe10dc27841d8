import Foundation

/// Which side a theme read in an answer is on, loved or a problem: a logistic regression over
/// the words of the clauses that carried the theme, the question they answered, and the side
/// the rules' cues gave it. Trained with ``ThemeModel`` by `candor-quality train`.
///
/// The question alone is right most of the time, but not when a love answer slips in a
/// complaint ("I love the product, though we're stretched thin") or an improve answer praises
/// on the way ("review is thorough, which I love, but it takes three days"): the words around
/// the theme decide those.
public struct SideModel: Sendable {
    /// The weights as the model file stores them.
    public struct Stored: Codable, Sendable, Equatable {
        public var bias: Double
        /// Feature name → weight towards "problem".
        public var weights: [String: Double]

        public init(bias: Double, weights: [String: Double]) {
            self.bias = bias
            self.weights = weights
        }
    }

    let bias: Double
    let weights: [UInt64: Double]

    public init(_ stored: Stored) {
        bias = stored.bias
        var weights: [UInt64: Double] = [:]
        for (name, weight) in stored.weights { weights[FeatureHash.of(name), default: 0] += weight }
        self.weights = weights
    }

    /// The probability that the theme is raised as a problem.
    public func problemProbability(_ names: [String]) -> Double {
        var sum = bias
        for name in names { sum += weights[FeatureHash.of(name)] ?? 0 }
        return 1 / (1 + exp(-sum))
    }

    /// The side read for a theme: a problem from one half up.
    func polarity(_ names: [String]) -> Polarity {
        problemProbability(names) >= 0.5 ? .negative : .positive
    }

    /// The features of each of `themes` in an answer, as the reader would make them with
    /// `model`'s carriers: the trainer's samples.
    public static func features(
        of themes: [Theme], in text: String, side: AnswerSide, model: ThemeModel, cache: inout StemCache
    ) -> [[String]] {
        let (rules, tokens) = ThemeDetector.readByRules(text, side: side, cache: &cache)
        let answer = ThemeFeatures.answer(tokens, rules: rules)
        return themes.map { theme in
            features(theme: theme, side: side, tokens: tokens, carriers: model.carrierTokens(of: theme, in: answer),
                     ruled: rules.mentions.first { $0.theme == theme })
        }
    }

    /// The features of one theme in one answer (the same for the trainer and the reader).
    ///
    /// - Parameters:
    ///   - carriers: the words (token positions) that carried the theme; their clauses are read.
    ///     None: every clause is.
    ///   - ruled: what the rules read of this theme, if they did.
    public static func features(
        theme: Theme, side: AnswerSide, tokens: [ThemeFeatures.Token], carriers: [Int], ruled: ThemeMention?
    ) -> [String] {
        let question = side.rawValue
        var names = ["q:" + question, "t:" + theme.rawValue + "|" + question]
        if let ruled {
            names.append("r:" + ruled.polarity.rawValue + "|" + question)
            if let cue = ruled.cue, ThemeModel.lackCues.contains(where: { cue.hasPrefix($0) }) { names.append("lack|" + question) }
        }
        let clauses = Set(carriers.compactMap { tokens.indices.contains($0) ? tokens[$0].clause : nil })
        let firstClause = tokens.first?.clause ?? 0
        if let earliest = clauses.min(), earliest > firstClause { names.append("later|" + question) }
        var seen = Set(names)
        func add(_ name: String) { if seen.insert(name).inserted { names.append(name) } }
        for (index, token) in tokens.enumerated() where clauses.isEmpty || clauses.contains(token.clause) {
            if token.opensClause { add("open:" + token.stem + "|" + question) }
            guard token.counts else { continue }
            add("w:" + token.stem)
            add("w:" + token.stem + "|" + question)
            if index + 1 < tokens.count, tokens[index + 1].clause == token.clause {
                add("p:" + token.stem + " " + tokens[index + 1].stem)
            }
        }
        return names
    }
}

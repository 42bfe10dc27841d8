import Foundation

/// A trained reading of themes: one logistic regression per theme over an answer's words, word
/// pairs and what the hand-written rules found, learnt from the development split of the
/// labelled corpus (`candor-quality train`), shipped as `Resources/theme-model.json` and loaded
/// once.
///
/// The rules (``ThemeLexicon``, `TextCues`) know the obvious words for each theme; the model
/// learns from people's real answers which of those words mislead ("calls with customers") and
/// which indirect wordings carry a theme ("the one person who knows billing"). Pure arithmetic
/// over fixed weights: the same text always gets the same reading, on any machine.
public struct ThemeModel: Sendable {
    /// The stored form, as the trainer writes it.
    public struct Stored: Codable, Sendable {
        public var version: Int
        /// How the weights were made, for people reading the file.
        public var trainedOn: String
        /// A theme is read when its probability reaches this.
        public var threshold: Double
        /// An answer in which no theme reaches `threshold` still gets its likeliest theme when
        /// that one reaches this: almost every answer to a closing question is about something.
        public var fallbackThreshold: Double
        /// A candidate's dealbreaker is raised from this probability on (see `ThemeReading.possible`).
        public var dealbreakerThreshold: Double
        /// Whether a theme the rules read keeps the side their cues gave it ("not enough
        /// mentoring" in a love answer is a problem), or takes the question's side.
        public var trustsRuleSide: Bool
        /// Theme ids, in the order of the weights.
        public var themes: [String]
        public var bias: [Double]
        /// Per feature name, the non-zero weights as (theme index, weight) pairs.
        public var weights: [String: [[Double]]]

        public init(version: Int, trainedOn: String, threshold: Double, fallbackThreshold: Double, dealbreakerThreshold: Double,
                    trustsRuleSide: Bool,
                    themes: [String], bias: [Double], weights: [String: [[Double]]]) {
            self.version = version
            self.trainedOn = trainedOn
            self.threshold = threshold
            self.fallbackThreshold = fallbackThreshold
            self.dealbreakerThreshold = dealbreakerThreshold
            self.trustsRuleSide = trustsRuleSide
            self.themes = themes
            self.bias = bias
            self.weights = weights
        }
    }

    let threshold: Double
    let fallbackThreshold: Double
    let dealbreakerThreshold: Double
    let trustsRuleSide: Bool
    let themes: [Theme]
    let bias: [Double]
    let weights: [String: [(theme: Int, weight: Double)]]

    public init(_ stored: Stored) {
        threshold = stored.threshold
        fallbackThreshold = stored.fallbackThreshold
        dealbreakerThreshold = stored.dealbreakerThreshold
        trustsRuleSide = stored.trustsRuleSide
        themes = stored.themes.map { Theme(rawValue: $0) ?? .people }
        bias = stored.bias
        weights = stored.weights.mapValues { pairs in pairs.map { (Int($0[0]), $0[1]) } }
    }

    /// The model shipped with Candor, or nil when its file is missing or unreadable (then the
    /// rules alone read answers).
    public static let shipped: ThemeModel? = {
        guard let url = Bundle.module.url(forResource: "theme-model", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let stored = try? JSONDecoder().decode(Stored.self, from: data)
        else { return nil }
        return ThemeModel(stored)
    }()

    /// The side of a theme the rules also read: theirs when the model trusts the rules' cues
    /// (`trustsRuleSide`), else the question's.
    ///
    /// Even when it does not, an explicit lack or excess on the love side ("not enough
    /// mentoring", "too many meetings", "lack of") keeps the rules' side: said of a theme in a
    /// love answer, it is still a problem.
    func polarity(ruled: Polarity, cue: String?, side: AnswerSide) -> Polarity {
        if trustsRuleSide || side == .other { return ruled }
        if side == .love, ruled == .negative, let cue, Self.lackCues.contains(where: { cue.hasPrefix($0) }) { return ruled }
        return side.defaultPolarity
    }

    /// The beginnings of the rules' cues that name a lack or an excess.
    static let lackCues = ["not enough", "lack", "too many", "too much", "too ", "no time", "not much", "not a lot"]

    /// The probability of each theme (in `Theme.allCases` order) for an answer with these features.
    public func probabilities(_ features: [String]) -> [Double] {
        var sums = [Double](repeating: 0, count: Theme.allCases.count)
        for (index, theme) in themes.enumerated() { sums[theme.index] = bias[index] }
        for feature in features {
            guard let pairs = weights[feature] else { continue }
            for (theme, weight) in pairs { sums[themes[theme].index] += weight }
        }
        return sums.map { 1 / (1 + exp(-$0)) }
    }

    /// The themes to read, given each theme's probability. The fallback to the likeliest theme
    /// needs an answer of a few words: "It's fine." is about nothing in particular.
    public func chosen(_ probabilities: [Double], contentWords: Int = Self.fallbackWords) -> [Theme] {
        let read = Theme.allCases.filter { probabilities[$0.index] >= threshold }
        if !read.isEmpty { return read }
        guard contentWords >= Self.fallbackWords,
              let best = Theme.allCases.max(by: { probabilities[$0.index] < probabilities[$1.index] }),
              probabilities[best.index] >= fallbackThreshold
        else { return [] }
        return [best]
    }

    /// The fewest words other than stop words an answer needs for the fallback.
    public static let fallbackWords = 3

    /// Themes short of `threshold` but at or above `dealbreakerThreshold`: possible, and
    /// worth raising when they are one of the candidate's dealbreakers.
    public func possible(_ probabilities: [Double], besides chosen: [Theme]) -> [Theme] {
        Theme.allCases.filter { !chosen.contains($0) && probabilities[$0.index] >= dealbreakerThreshold }
    }

    /// The words of the answer that weighed most towards `theme`: what "carried" it.
    func carriers(of theme: Theme, in features: [(name: String, words: String)], limit: Int = 3) -> [String] {
        guard let column = themes.firstIndex(of: theme) else { return [] }
        // Only the answer's own words: what the rules found is shown as the words that made it.
        let scored = features.compactMap { feature -> (String, Double)? in
            guard feature.name.hasPrefix("u:") || feature.name.hasPrefix("b:"),
                  let weight = weights[feature.name]?.first(where: { $0.theme == column })?.weight, weight > 0
            else { return nil }
            return (feature.words, weight)
        }
        var carriers: [String] = []
        for (words, weight) in scored.sorted(by: { ($0.1, $1.0) > ($1.1, $0.0) }) where carriers.count < limit {
            // Words that barely weighed are no explanation; the strongest one always is.
            if !carriers.isEmpty, weight < 0.25 { break }
            // "on call" already says what "call" would.
            if carriers.contains(where: { $0.contains(words) || words.contains($0) }) { continue }
            carriers.append(words)
        }
        return carriers
    }
}

/// The features the model reads in an answer, shared by the trainer and the reader.
public enum ThemeFeatures {
    /// Function words kept as features because they turn meaning ("not", "too", "enough").
    static let kept: Set<String> = ["not", "no", "never", "too", "enough", "more", "less", "only", "nobody", "nothing", "without",
                                    "lack", "few", "many", "much", "always", "every", "all", "don't", "can't", "isn't", "won't"]

    /// The feature names of an answer, each with the words it came from.
    ///
    /// - `u:` a word's stem (stop words left out, negations and words of degree kept);
    /// - `b:` two neighbouring words' stems, stop words included ("on call", "pay back");
    /// - `r:` a theme the rules read, with its side (`r:on-call/negative`).
    public static func extract(tokens: [(word: String, stem: String)], rules: ThemeReading) -> [(name: String, words: String)] {
        var features: [(name: String, words: String)] = []
        var seen: Set<String> = []
        func add(_ name: String, _ words: String) {
            if seen.insert(name).inserted { features.append((name, words)) }
        }
        for (index, token) in tokens.enumerated() {
            if !StopWords.contains(token.word) || kept.contains(token.word) {
                add("u:" + token.stem, token.word)
            }
            if index + 1 < tokens.count {
                let next = tokens[index + 1]
                add("b:" + token.stem + " " + next.stem, token.word + " " + next.word)
            }
        }
        for mention in rules.mentions {
            add("r:" + mention.theme.rawValue + "/" + mention.polarity.rawValue, mention.matched.first ?? mention.theme.rawValue)
        }
        return features
    }
}

extension Theme {
    private static let positions = Dictionary(uniqueKeysWithValues: Theme.allCases.enumerated().map { ($1, $0) })

    /// The theme's position in `Theme.allCases`.
    var index: Int { Self.positions[self]! }
}

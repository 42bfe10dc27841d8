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
        /// Per feature name, its non-zero weights as `theme:weight` pairs apart by spaces
        /// (`"3:0.1234 17:-0.05"`, the theme by its place in `themes`): one string per
        /// feature loads far faster than nested JSON arrays of numbers.
        public var weights: [String: String]
        /// The side of each theme read in a love or improve answer, when trained with one;
        /// without it, `trustsRuleSide` and the question decide.
        public var side: SideModel.Stored?

        public init(version: Int, trainedOn: String, threshold: Double, fallbackThreshold: Double, dealbreakerThreshold: Double,
                    trustsRuleSide: Bool,
                    themes: [String], bias: [Double], weights: [String: String], side: SideModel.Stored? = nil) {
            self.version = version
            self.trainedOn = trainedOn
            self.threshold = threshold
            self.fallbackThreshold = fallbackThreshold
            self.dealbreakerThreshold = dealbreakerThreshold
            self.trustsRuleSide = trustsRuleSide
            self.themes = themes
            self.bias = bias
            self.weights = weights
            self.side = side
        }
    }

    let threshold: Double
    let fallbackThreshold: Double
    let dealbreakerThreshold: Double
    let trustsRuleSide: Bool
    let side: SideModel?
    let themes: [Theme]
    let bias: [Double]
    /// Each feature's row of weights, found by the hash of its name (`FeatureHash`): the
    /// reader hashes an answer's words without building a string per feature.
    let rows: WeightRows

    public init(_ stored: Stored) {
        threshold = stored.threshold
        fallbackThreshold = stored.fallbackThreshold
        dealbreakerThreshold = stored.dealbreakerThreshold
        trustsRuleSide = stored.trustsRuleSide
        side = stored.side.map(SideModel.init)
        themes = stored.themes.map { Theme(rawValue: $0) ?? .people }
        bias = stored.bias
        // The file's theme columns, as places in `Theme.allCases`.
        let columns = stored.themes.map { Theme(rawValue: $0)?.index ?? 0 }
        var rows = WeightRows.Builder(features: stored.weights.count)
        for (name, pairs) in stored.weights {
            rows.add(FeatureHash.of(name), pairs: pairs, columns: columns)
        }
        self.rows = rows.build()
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
    static let lackCues = ["not enough", "lack", "too ", "no time", "not much", "not a lot"]

    /// The probability of each theme (in `Theme.allCases` order) for an answer with these features.
    public func probabilities(_ features: [String]) -> [Double] {
        probabilities(hashes: features.map(FeatureHash.of))
    }

    func probabilities(hashes: [UInt64]) -> [Double] {
        var sums = [Double](repeating: 0, count: Theme.allCases.count)
        for (index, theme) in themes.enumerated() { sums[theme.index] = bias[index] }
        for hash in hashes {
            rows.forEach(of: hash) { theme, weight in sums[theme] += weight }
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
    func carriers(of theme: Theme, in answer: AnswerFeatures, limit: Int = 3) -> [String] {
        carrierFeatures(of: theme, in: answer, limit: limit).map { answer.words(of: answer.features[$0]) }
    }

    /// Where in the answer (token positions) the words that carried `theme` are.
    func carrierTokens(of theme: Theme, in answer: AnswerFeatures) -> [Int] {
        carrierFeatures(of: theme, in: answer, limit: 3).flatMap { position -> [Int] in
            let feature = answer.features[position]
            return feature.kind == .pair ? [feature.token, feature.token + 1] : [feature.token]
        }
    }

    /// The positions in `answer.features` of the features that carried `theme`, strongest first.
    func carrierFeatures(of theme: Theme, in answer: AnswerFeatures, limit: Int) -> [Int] {
        let column = theme.index
        // Only the answer's own words: what the rules found is shown as the words that made it.
        var scored: [(feature: Int, weight: Double)] = []
        for (position, feature) in answer.features.enumerated() where feature.kind != .rule {
            guard let weight = rows.weight(of: feature.hash, theme: column), weight > 0 else { continue }
            scored.append((position, weight))
        }
        scored.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.feature < $1.feature }
        var carriers: [String] = []
        var positions: [Int] = []
        for (position, weight) in scored where carriers.count < limit {
            // Words that barely weighed are no explanation; the strongest one always is.
            if !carriers.isEmpty, weight < 0.25 { break }
            let words = answer.words(of: answer.features[position])
            // "on call" already says what "call" would.
            if carriers.contains(where: { $0.contains(words) || words.contains($0) }) { continue }
            carriers.append(words)
            positions.append(position)
        }
        return positions
    }

    /// The side of `theme` in an answer to a question on `side`: the side model's, when there
    /// is one and the question was a closing one; else as ``polarity(ruled:cue:side:)`` says.
    /// Either way a lack or an excess the rules saw ("not enough mentoring") is a problem.
    func sidePolarity(of theme: Theme, side: AnswerSide, ruled: ThemeMention?, in answer: AnswerFeatures) -> Polarity {
        if let ruled, ruled.polarity == .negative, let cue = ruled.cue, Self.lackCues.contains(where: { cue.hasPrefix($0) }) {
            return .negative
        }
        if let model = self.side, side != .other {
            let names = SideModel.features(theme: theme, side: side, tokens: answer.tokens,
                                           carriers: carrierTokens(of: theme, in: answer), ruled: ruled)
            return model.polarity(names)
        }
        return ruled.map { polarity(ruled: $0.polarity, cue: $0.cue, side: side) } ?? side.defaultPolarity
    }
}

/// The features the model reads in an answer, shared by the trainer and the reader.
///
/// - `u:` a word's stem (stop words left out; negations and words of degree are not stop words);
/// - `b:` two neighbouring words' stems, stop words included ("on call", "pay back");
/// - `r:` a theme the rules read, with its side (`r:on-call/negative`).
///
/// The trainer needs the names, the reader only their hashes (`FeatureHash`), which it makes
/// from the words' bytes without building the names: the same features either way.
public enum ThemeFeatures {
    /// One word of an answer, as the model sees it.
    public struct Token: Sendable {
        public var word: String
        public var stem: String
        /// Whether the word is a feature on its own (not a stop word).
        public var counts: Bool
        /// The number of the clause it is in (sentence ends and contrast words start a new one).
        public var clause: Int = 0
        /// Whether it is the contrast word ("but", "though") that opens its clause.
        public var opensClause: Bool = false
    }

    /// The words of an answer as the rules' clause splitter reads them (one pass for both).
    public static func tokens(_ text: String, cache: inout StemCache) -> [Token] {
        ClauseSplitter.split(text, cache: &cache).tokens
    }

    /// The feature names of an answer, in order, each once (for the trainer).
    public static func names(_ tokens: [Token], rules: ThemeReading) -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        func add(_ name: String) { if seen.insert(name).inserted { names.append(name) } }
        for (index, token) in tokens.enumerated() {
            if token.counts { add("u:" + token.stem) }
            if index + 1 < tokens.count { add("b:" + token.stem + " " + tokens[index + 1].stem) }
        }
        for mention in rules.mentions { add(ruleName(mention)) }
        return names
    }

    /// The same features as ``names(_:rules:)``, as hashes with where each came from.
    static func answer(_ tokens: [Token], rules: ThemeReading) -> AnswerFeatures {
        var answer = AnswerFeatures(tokens: tokens)
        var seen: Set<UInt64> = []
        seen.reserveCapacity(tokens.count * 2)
        func add(_ hash: UInt64, _ kind: AnswerFeatures.Kind, _ token: Int) {
            if seen.insert(hash).inserted { answer.features.append(.init(hash: hash, kind: kind, token: token)) }
        }
        for (index, token) in tokens.enumerated() {
            if token.counts {
                var hash = FeatureHash.start("u:")
                hash.add(token.stem)
                add(hash.value, .word, index)
            }
            if index + 1 < tokens.count {
                var hash = FeatureHash.start("b:")
                hash.add(token.stem)
                hash.add(" ")
                hash.add(tokens[index + 1].stem)
                add(hash.value, .pair, index)
            }
        }
        for mention in rules.mentions { add(FeatureHash.of(ruleName(mention)), .rule, -1) }
        return answer
    }

    static func ruleName(_ mention: ThemeMention) -> String {
        "r:" + mention.theme.rawValue + "/" + mention.polarity.rawValue
    }
}

/// An answer's features as the reader holds them.
struct AnswerFeatures {
    enum Kind { case word, pair, rule }
    struct Feature {
        var hash: UInt64
        var kind: Kind
        /// The (first) word it came from.
        var token: Int
    }

    var tokens: [ThemeFeatures.Token]
    var features: [Feature] = []

    var hashes: [UInt64] { features.map(\.hash) }
    var wordCount: Int { features.filter { $0.kind == .word }.count }

    /// The words of the answer a feature came from, as written.
    func words(of feature: Feature) -> String {
        switch feature.kind {
        case .word: tokens[feature.token].word
        case .pair: tokens[feature.token].word + " " + tokens[feature.token + 1].word
        case .rule: ""
        }
    }
}

/// FNV-1a, 64 bits, over a feature name's UTF-8 bytes: fast, stable across runs and machines
/// (unlike `Hasher`), and with 64 bits no two of the model's few thousand names collide.
struct FeatureHash {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    static func start(_ prefix: String) -> FeatureHash {
        var hash = FeatureHash()
        hash.add(prefix)
        return hash
    }

    static func of(_ name: String) -> UInt64 { start(name).value }

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
    }
}

extension Theme {
    private static let positions = Dictionary(uniqueKeysWithValues: Theme.allCases.enumerated().map { ($1, $0) })

    /// The theme's position in `Theme.allCases`.
    var index: Int { Self.positions[self]! }
}

import Foundation

/// What a person narrows the bank down to. Every part is optional.
public struct QuestionFilter: Equatable, Sendable {
    public var category: String?
    /// Questions suited to this audience, including those meant for anyone.
    public var audience: Audience?
    /// Questions written for this kind of company (those that fit every company are left out,
    /// or the filter would show almost the whole bank).
    public var context: CompanyContext?
    public var theme: Theme?
    public var origin: QuestionOrigin?
    /// Free text; see ``QuestionSearch``.
    public var search: String?
    public var includeRetired: Bool

    public init(
        category: String? = nil, audience: Audience? = nil, context: CompanyContext? = nil, theme: Theme? = nil,
        origin: QuestionOrigin? = nil, search: String? = nil, includeRetired: Bool = false
    ) {
        self.category = category
        self.audience = audience
        self.context = context
        self.theme = theme
        self.origin = origin
        self.search = search
        self.includeRetired = includeRetired
    }

    /// The questions that pass, in bank order, or best match first when searching.
    public func apply(to questions: [Question]) -> [Question] {
        let category = category.trimmedOrNil?.matchKey
        let kept = questions.filter { question in
            (includeRetired || !question.retired)
                && (category == nil || question.category.matchKey == category)
                && (audience.map { question.audiences.contains($0) || question.audiences.contains(.any) } ?? true)
                && (context.map { question.contexts.contains($0) } ?? true)
                && (theme.map { question.themes.contains($0) } ?? true)
                && (origin.map { question.origin == $0 } ?? true)
        }
        guard let search = search.trimmedOrNil else { return kept }
        return QuestionSearch(search).rank(kept)
    }
}

/// Finds questions by meaning rather than exact spelling.
///
/// Case, accents and word forms do not matter ("deploy" finds "deployments", "equipe" finds
/// "équipe"): both sides go through the tokenizer and the Porter2 stemmer. A question must
/// share at least one word with the query; more shared words rank first, then words in the
/// question itself over words in its purpose, then the query as an exact phrase. A query that
/// names a theme ("on-call", "Pay and benefits") also finds the questions probing it.
public struct QuestionSearch: Sendable {
    private let stems: [String]
    private let phrase: String
    private let theme: Theme?

    public init(_ query: String) {
        let meaningful = Tokenizer.stems(query)
        // A query of only common words ("how do you") still searches for them.
        stems = (meaningful.isEmpty ? Tokenizer.stems(query, droppingStopWords: false) : meaningful).uniqued()
        phrase = Tokenizer.words(query).joined(separator: " ")
        theme = Theme.allCases.first { $0.rawValue == query.matchKey || $0.label.matchKey == query.matchKey }
    }

    /// The matching questions, best first; equally good ones keep their order.
    public func rank(_ questions: [Question]) -> [Question] {
        guard !stems.isEmpty || theme != nil else { return questions }
        // Questions share most of their words: one cache stems each distinct word once. Without
        // it, searching a bank of 1,000 questions took over 100 ms of every plan or bank page.
        var cache = StemCache()
        let scored = questions.enumerated().compactMap { index, question -> (Question, Int, Double, Int)? in
            let (matched, score) = self.score(question, cache: &cache)
            return matched == 0 ? nil : (question, matched, score, index)
        }
        return scored
            .sorted { ($0.1, $0.2, -$0.3) > ($1.1, $1.2, -$1.3) }
            .map(\.0)
    }

    /// How many query words the question has, and a score weighing where they were found.
    func score(_ question: Question, cache: inout StemCache) -> (matched: Int, score: Double) {
        let textSet = Set(cache.stems(question.text, droppingStopWords: false))
        let purposeSet = Set(cache.stems(question.purpose ?? "", droppingStopWords: false))
        var matched = 0
        var score = 0.0
        for stem in stems {
            if textSet.contains(stem) {
                matched += 1
                score += 3
            } else if purposeSet.contains(stem) {
                matched += 1
                score += 1
            } else if stem.count >= 3, textSet.contains(where: { $0.hasPrefix(stem) }) {
                // A word still being typed ("deplo") counts, a little less than a whole one.
                matched += 1
                score += 2
            } else if stem.count >= 3, purposeSet.contains(where: { $0.hasPrefix(stem) }) {
                matched += 1
                score += 0.5
            }
        }
        // Whole words only: "on call" must not match inside "upon calling".
        if phrase.contains(" "), " \(cache.tokens(question.text).map(\.word).joined(separator: " ")) ".contains(" \(phrase) ") {
            score += 4
        }
        if let theme, question.themes.contains(theme) {
            matched = max(matched, 1)
            score += 2
        }
        return (matched, score)
    }
}

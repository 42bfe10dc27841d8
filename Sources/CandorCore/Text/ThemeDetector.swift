import Foundation

/// Reads which workplace themes an answer touches, and whether each was praised or raised as a
/// problem.
///
/// The answer is cut into clauses at sentence punctuation, semicolons and contrast words ("but",
/// "though", "however", "except", …), so "I love the people but there are too many meetings"
/// praises the people and faults the process. Within a clause, theme words come from
/// ``ThemeLexicon`` and cues from `TextCues`; each cue counts for the theme word nearest to it,
/// and a theme no cue is nearest to takes the clause as a whole.
///
/// Polarity of a theme:
/// - on the **love** side it is loved, unless its cues weigh towards a problem ("There is not
///   enough mentoring" is a problem even when asked what they love);
/// - on the **improve** side it needs improving, unless praised outright in its clause ("the
///   pay is great, but …");
/// - on the **other** side its cues decide: problem cues make it a problem, praise makes it
///   loved, none leave it merely mentioned.
///
/// Negation is a rule rather than a phrase list: a negator ("not", "no", "never", "isn't",
/// "few", "low", …) turns the cue or theme word just after it around, so "not great" is a
/// problem, "no complaints" and "not a problem" are praise, "not enough" and "no mentoring" are a
/// lack, and "few meetings" is praise. A problem anywhere in the answer outweighs praise of the
/// same theme elsewhere.
public enum ThemeDetector {
    /// Reads one answer given to a question on `side`; `model: nil` reads by the rules alone.
    public static func read(_ text: String, side: AnswerSide, model: ThemeModel? = ThemeModel.shipped) -> ThemeReading {
        var cache = StemCache()
        return read(text, side: side, cache: &cache, model: model)
    }

    /// Reads one answer, stemming through `cache`; use one cache for many answers.
    public static func read(
        _ text: String, side: AnswerSide, cache: inout StemCache, model: ThemeModel? = ThemeModel.shipped
    ) -> ThemeReading {
        readWithStems(text, side: side, cache: &cache, model: model).reading
    }

    /// The reading, and the stems of all the answer's words (stop words included) from the same
    /// pass, so the insight can match the candidate's own phrases without reading the text again.
    ///
    /// The rules read first; `model` (the shipped ``ThemeModel`` unless told otherwise) then
    /// decides which themes the answer raises, from its words and what the rules found, and
    /// (``SideModel``) on which side each is, from the words of the clauses that carried it.
    public static func readWithStems(
        _ text: String, side: AnswerSide, cache: inout StemCache, model: ThemeModel? = ThemeModel.shipped
    ) -> (reading: ThemeReading, stems: [String]) {
        let (rules, tokens) = readByRules(text, side: side, cache: &cache)
        let stems = tokens.map(\.stem)
        guard let model else { return (rules, stems) }
        let features = ThemeFeatures.answer(tokens, rules: rules)
        let probabilities = model.probabilities(hashes: features.hashes)
        // Only a closing question's answer is nearly always about something: the fallback to the
        // likeliest theme is for those (an answer on how big a standard is may be about nothing).
        let themes = model.chosen(probabilities, contentWords: side == .other ? 0 : features.wordCount)
        func mention(_ theme: Theme) -> ThemeMention {
            let ruled = rules.mentions.first { $0.theme == theme }
            let polarity = model.sidePolarity(of: theme, side: side, ruled: ruled, in: features)
            return ThemeMention(theme: theme, polarity: polarity, matched: model.carriers(of: theme, in: features), cue: ruled?.cue,
                                confidence: (probabilities[theme.index] * 100).rounded() / 100)
        }
        let mentions = themes.map(mention)
        let possible = model.possible(probabilities, besides: themes).map(mention)
        let reading = ThemeReading(side: side, polarity: overall(side: side, mentions: mentions, clauseSigns: []), mentions: mentions,
                                   possible: possible)
        return (reading, stems)
    }

    /// What the hand-written rules alone read (``ThemeLexicon`` and the clause cues).
    static func readByRules(_ text: String, side: AnswerSide, cache: inout StemCache) -> (reading: ThemeReading, tokens: [ThemeFeatures.Token]) {
        let (clauses, tokens) = ClauseSplitter.split(text, cache: &cache)
        var tallies = [ThemeTally](repeating: ThemeTally(), count: Theme.allCases.count)
        var clauseSigns: [Int] = []
        for clause in clauses {
            let reading = ClauseReading(clause)
            clauseSigns.append(reading.totalScore.signum())
            for verdict in reading.verdicts(side: side) {
                tallies[verdict.themeIndex].add(verdict)
            }
        }

        var mentions: [ThemeMention] = []
        for (index, tally) in tallies.enumerated() where !tally.matched.isEmpty {
            let (polarity, cue) = tally.outcome
            mentions.append(ThemeMention(theme: Theme.allCases[index], polarity: polarity, matched: tally.matched, cue: cue))
        }
        let reading = ThemeReading(side: side, polarity: overall(side: side, mentions: mentions, clauseSigns: clauseSigns), mentions: mentions)
        return (reading, tokens)
    }

    /// The answer's polarity: set by the side, or on the other side the majority of the themes'
    /// polarities (of the clauses' cues when no theme was touched); a tie is neutral.
    static func overall(side: AnswerSide, mentions: [ThemeMention], clauseSigns: [Int]) -> Polarity {
        switch side {
        case .love: return .positive
        case .improve: return .negative
        case .other:
            let signs = mentions.isEmpty
                ? clauseSigns
                : mentions.map { $0.polarity == .positive ? 1 : $0.polarity == .negative ? -1 : 0 }
            let positives = signs.filter { $0 > 0 }.count
            let negatives = signs.filter { $0 < 0 }.count
            return positives > negatives ? .positive : negatives > positives ? .negative : .neutral
        }
    }
}

// MARK: - Combining clauses

/// What the clauses said about one theme.
struct ThemeTally {
    var matched: [String] = []
    var firstNegative: String??
    var firstPositive: String??

    mutating func add(_ verdict: ClauseVerdict) {
        for key in verdict.matched where !matched.contains(key) { matched.append(key) }
        switch verdict.polarity {
        case .negative where firstNegative == nil: firstNegative = .some(verdict.cue)
        case .positive where firstPositive == nil: firstPositive = .some(verdict.cue)
        default: break
        }
    }

    /// A problem raised anywhere outweighs praise elsewhere: worth the candidate's attention.
    var outcome: (Polarity, String?) {
        if let cue = firstNegative { return (.negative, cue) }
        if let cue = firstPositive { return (.positive, cue) }
        return (.neutral, nil)
    }
}

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
    /// Reads one answer given to a question on `side`.
    public static func read(_ text: String, side: AnswerSide) -> ThemeReading {
        var cache = StemCache()
        return read(text, side: side, cache: &cache)
    }

    /// Reads one answer, stemming through `cache`; use one cache for many answers.
    public static func read(_ text: String, side: AnswerSide, cache: inout StemCache) -> ThemeReading {
        let clauses = ClauseSplitter.clauses(of: text, cache: &cache)
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
        return ThemeReading(side: side, polarity: overall(side: side, mentions: mentions, clauseSigns: clauseSigns), mentions: mentions)
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

// MARK: - Clauses

/// One word of an answer: as written (lowercased, accents folded), what is known about it, and
/// the stretch between commas or other light punctuation it sits in, past which negation does
/// not reach.
struct TextToken {
    var word: String
    var roles: WordFacts.Roles
    var cueNumber: Int32
    var themeNumber: Int32
    var segment: Int
}

/// A run of words read on its own, and the contrast word that opened it, if any.
struct Clause {
    var tokens: [TextToken] = []
    var opener: String?
}

/// Cuts an answer into clauses and words in one pass over its characters.
struct ClauseSplitter {
    private var clauses: [Clause] = []
    private var current = Clause()
    private var segment = 0

    static func clauses(of text: String, cache: inout StemCache) -> [Clause] {
        var splitter = ClauseSplitter()
        if StemCache.isASCII(text) {
            cache.scanASCII(
                text,
                word: { splitter.add($0) },
                separator: { splitter.cut(breakKind(Unicode.Scalar($0))) })
        } else {
            // Other scripts: cut at the break characters, then split each piece with the tokenizer.
            let scalars = text.unicodeScalars
            var pieceStart = scalars.startIndex
            var index = pieceStart
            while index < scalars.endIndex {
                let kind = breakKind(scalars[index])
                if kind != .none {
                    for word in Tokenizer.words(String(Substring(scalars[pieceStart..<index]))) {
                        splitter.add(cache.facts(word))
                    }
                    splitter.cut(kind)
                    pieceStart = scalars.index(after: index)
                }
                index = scalars.index(after: index)
            }
            for word in Tokenizer.words(String(Substring(scalars[pieceStart..<scalars.endIndex]))) {
                splitter.add(cache.facts(word))
            }
        }
        splitter.cut(.clause)
        return splitter.clauses
    }

    private mutating func add(_ facts: WordFacts) {
        if facts.roles.contains(.contrast) {
            cut(.clause)
            current.opener = facts.word
        } else {
            current.tokens.append(TextToken(
                word: facts.word, roles: facts.roles, cueNumber: facts.cueNumber, themeNumber: facts.themeNumber,
                segment: segment))
        }
    }

    private mutating func cut(_ kind: Break) {
        guard kind != .none else { return }
        segment += 1
        guard kind == .clause else { return }
        if !current.tokens.isEmpty { clauses.append(current) }
        current = Clause()
    }

    enum Break { case none, segment, clause }

    /// Sentence ends (in several scripts), semicolons and line breaks end a clause; commas,
    /// colons, brackets, dashes and quotes only end a segment. Hyphens and apostrophes are
    /// inside words.
    static func breakKind(_ scalar: Unicode.Scalar) -> Break {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x0A, 0x0D, 0x2026, 0x2028, 0x2029, 0x3002, 0xFF01, 0xFF1F, 0xFF1B,
             0x061F, 0x06D4, 0x061B, 0x0964:
            return .clause
        case 0x2C, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x22, 0x2013, 0x2014, 0x201C, 0x201D, 0x3001, 0xFF0C, 0x060C:
            return .segment
        default:
            return .none
        }
    }
}

// MARK: - Reading a clause

/// A cue or theme entry found in a clause, and whether a negator turned it around.
private struct Found {
    enum Kind: Equatable {
        case cue(CueKind)
        /// An index into `ThemeLexicon.compiled`.
        case entry(Int)
    }

    var range: Range<Int>
    var kind: Kind
    /// Whether a negator can reach it. Theme words that only name their theme are passed over,
    /// so in "I don't think leadership listens" the negation reaches "listens".
    var isTarget: Bool
    /// A problem of its own, which an amount word lets a negator reach ("not much trouble").
    var isNegative: Bool
    /// Where the negator that turned this around stands (before the words, or after for "rare").
    var negatedAt: Int?
    /// A negating problem ("never") used up negating something else.
    var spent = false

    init(cue kind: CueKind, range: Range<Int>) {
        self.range = range
        self.kind = .cue(kind)
        isTarget = kind != .blocker && kind != .negatingProblem
        isNegative = kind == .problem || kind == .flaw
    }

    init(entry index: Int, range: Range<Int>) {
        self.range = range
        kind = .entry(index)
        isTarget = ThemeLexicon.compiled.opinionated[index]
        isNegative = ThemeLexicon.compiled.senses[index].contains { $0.valence == .undesirable || $0.valence == .cost }
    }
}

/// A weighed reason to read a clause one way: −2 a plain problem, −1 a flaw, +1 praise.
struct Evidence {
    var weight: Int
    /// The words the reason is about, for finding the nearest theme word.
    var range: Range<Int>
    /// The wording, negator included ("not enough", "no complaints").
    var text: String
    /// The theme (as its index) it belongs to when it came from a theme word itself; `nil` for a cue.
    var themeIndex: Int?
    /// Praise said outright ("great", "love"), not a problem negated ("fewer meetings", "no
    /// reorgs"), which on the improve side is usually what is wished for.
    var isOutrightPraise = false
}

/// One theme's reading in one clause.
struct ClauseVerdict {
    var themeIndex: Int
    var polarity: Polarity
    var cue: String?
    var matched: [String]
}

/// The cues, theme words and evidence of one clause.
struct ClauseReading {
    let tokens: [TextToken]
    private var cues: [Found] = []
    private var entries: [Found] = []
    private(set) var evidence: [Evidence] = []

    init(_ clause: Clause) {
        tokens = clause.tokens
        findCues()
        findWishes()
        findEntries()
        applyNegation()
        weigh(opener: clause.opener)
    }

    /// The sum of all the clause's evidence.
    var totalScore: Int { evidence.reduce(0) { $0 + $1.weight } }

    // MARK: Finding

    private mutating func findCues() {
        let compiled = TextCues.compiled
        let numbers = tokens.map(\.cueNumber)
        var i = 0
        while i < tokens.count {
            // "too" and the word after it ("too slow", "too many") is an excess; "me too" is not.
            if tokens[i].word == "too", i + 1 < tokens.count, tokens[i + 1].segment == tokens[i].segment,
               !tokens[i + 1].roles.contains(.stopWord) {
                cues.append(Found(cue: .problem, range: i..<i + 2))
                i += 2
            } else if tokens[i].roles.contains(.negatingProblem) {
                cues.append(Found(cue: .negatingProblem, range: i..<i + 1))
                i += 1
            } else if let phrase = compiled.matcher.longestMatch(at: i, in: numbers) {
                let end = i + compiled.matcher.lengths[phrase]
                cues.append(Found(cue: compiled.kinds[phrase], range: i..<end))
                i = end
            } else {
                i += 1
            }
        }
    }

    /// "I wish there were more …", "we need better …", "I'd like fewer …": a wish for change is a
    /// problem, whatever words it spans.
    private mutating func findWishes() {
        var found = false
        var i = 0
        while i < tokens.count {
            let word = tokens[i].word
            let previous = i > 0 ? tokens[i - 1].word : ""
            var start: Int?
            if tokens[i].roles.contains(.wishStart) {
                start = i
            } else if word == "like" && (previous == "would" || previous.hasSuffix("'d")) {
                start = i - 1
            } else if word == "use" && previous == "could" {
                start = i - 1
            }
            let last = min(i + 4, tokens.count - 1)
            guard let start, i < last,
                  let end = (i + 1...last).first(where: {
                      tokens[$0].segment == tokens[i].segment && tokens[$0].roles.contains(.wishEnd)
                  })
            else {
                i += 1
                continue
            }
            let range = start..<end + 1
            cues.removeAll { $0.range.overlaps(range) }
            cues.append(Found(cue: .problem, range: range))
            found = true
            i = end + 1
        }
        if found { cues.sort { $0.range.lowerBound < $1.range.lowerBound } }
    }

    private mutating func findEntries() {
        let compiled = ThemeLexicon.compiled
        for match in compiled.matcher.longestMatches(in: tokens.map(\.themeNumber))
        where !compiled.senses[match.phrase].isEmpty {
            entries.append(Found(entry: match.phrase, range: match.range))
        }
    }

    // MARK: Negation

    private enum Ref: Equatable {
        case cue(Int), entry(Int)
    }

    private func found(_ ref: Ref) -> Found {
        switch ref {
        case .cue(let i): cues[i]
        case .entry(let i): entries[i]
        }
    }

    private mutating func markNegated(_ ref: Ref, at position: Int) {
        switch ref {
        case .cue(let i): cues[i].negatedAt = position
        case .entry(let i): entries[i].negatedAt = position
        }
    }

    /// The cues and entries a negator could still turn around.
    private var targets: [Ref] {
        cues.indices.filter { cues[$0].isTarget && cues[$0].negatedAt == nil }.map(Ref.cue)
            + entries.indices.filter { entries[$0].isTarget && entries[$0].negatedAt == nil }.map(Ref.entry)
    }

    /// Each negator turns around the first cue or theme word in the four words after it (and what
    /// an "or" joins to it); a small-amount adjective after a linking word ("incidents are rare")
    /// turns around what came just before.
    private mutating func applyNegation() {
        for position in tokens.indices where tokens[position].roles.contains(.negator) {
            // A negator inside a fixed phrase ("not only", "no time for", "a few") is part of it.
            let ownCue = cues.firstIndex { $0.range.contains(position) }
            if let ownCue, cues[ownCue].kind != .cue(.negatingProblem) { continue }
            if entries.contains(where: { $0.range.contains(position) }) { continue }

            let roles = tokens[position].roles
            let afterLinkingWord = position > 0 && tokens[position - 1].segment == tokens[position].segment
                && tokens[position - 1].roles.contains(.linking)
            let trailingFirst = roles.contains(.trailingAdjective) && afterLinkingWord
            var negated = trailingFirst ? negateBefore(position) : []
            if negated.isEmpty { negated = negateAfter(position) }
            if negated.isEmpty && !trailingFirst && roles.contains(.trailingDiminisher) {
                negated = negateBefore(position)
            }
            if let ownCue, !negated.isEmpty { cues[ownCue].spent = true }
        }
    }

    /// Negates the first targets in the four words after `position`.
    private mutating func negateAfter(_ position: Int) -> [Ref] {
        let segment = tokens[position].segment
        let candidates = targets.filter {
            let start = found($0).range.lowerBound
            return start > position && start <= position + 4 && tokens[start].segment == segment
        }
        guard let first = candidates.map({ found($0).range.lowerBound }).min() else { return [] }
        var chosen = candidates.filter { found($0).range.lowerBound == first }
        // "not much trouble": past an amount word, a negator reaches the problem it measures.
        if chosen.count == 1, found(chosen[0]).kind == .cue(.quantity), tokens[first].word != "enough" {
            let end = found(chosen[0]).range.upperBound
            if let problem = targets.first(where: {
                let f = found($0)
                return f.isNegative && f.range.lowerBound >= end && f.range.lowerBound <= end + 2
                    && tokens[f.range.lowerBound].segment == segment
            }) {
                chosen = [problem]
            }
        }
        // "no meetings or approvals": the negation carries over an "or".
        let end = chosen.map { found($0).range.upperBound }.max() ?? first
        if end < tokens.count, tokens[end].word == "or" || tokens[end].word == "nor" {
            chosen += targets.filter {
                let start = found($0).range.lowerBound
                return start > end && start <= end + 2 && tokens[start].segment == segment && !chosen.contains($0)
            }
        }
        for ref in chosen { markNegated(ref, at: position) }
        return chosen
    }

    /// Negates the target ending within two words before `position` ("incidents are rare").
    private mutating func negateBefore(_ position: Int) -> [Ref] {
        let segment = tokens[position].segment
        let candidates = targets.filter {
            let range = found($0).range
            return range.upperBound <= position && range.upperBound >= position - 2
                && tokens[range.lowerBound].segment == segment
        }
        guard let last = candidates.map({ found($0).range.upperBound }).max() else { return [] }
        let chosen = candidates.filter { found($0).range.upperBound == last }
        for ref in chosen { markNegated(ref, at: position) }
        return chosen
    }

    // MARK: Weighing

    /// The words in `range` as written, joined by spaces.
    private func text(_ range: Range<Int>) -> String {
        tokens[range].map(\.word).joined(separator: " ")
    }

    /// The wording of a found item, with its negator when it has one.
    private func wording(_ item: Found) -> String {
        guard let at = item.negatedAt else { return text(item.range) }
        return at < item.range.lowerBound
            ? text(at..<item.range.upperBound)
            : text(item.range.lowerBound..<at + 1)
    }

    private mutating func weigh(opener: String?) {
        for cue in cues {
            guard case .cue(let kind) = cue.kind else { continue }
            let negated = cue.negatedAt != nil
            let weight: Int
            switch kind {
            case .blocker: continue
            case .negatingProblem:
                if cue.spent { continue }
                weight = -2
            case .problem: weight = negated ? 1 : -2
            case .flaw: weight = negated ? 1 : -1
            case .praise: weight = negated ? -2 : 1
            case .quantity:
                if !negated { continue }
                weight = -2
            }
            evidence.append(Evidence(weight: weight, range: cue.range, text: wording(cue), themeIndex: nil,
                                     isOutrightPraise: kind == .praise && !negated))
        }
        let senses = ThemeLexicon.compiled.senses
        for entry in entries where entry.isTarget {
            guard case .entry(let index) = entry.kind else { continue }
            // A word read as a cue already ("unclear", "slow") is not counted twice.
            if cues.contains(where: { $0.isTarget && $0.range.overlaps(entry.range) }) { continue }
            let negated = entry.negatedAt != nil
            for sense in senses[index] {
                let weight: Int
                switch sense.valence {
                case .neutral: continue
                case .desirable:
                    guard negated else { continue }
                    weight = -2
                case .praise: weight = negated ? -2 : 1
                case .undesirable: weight = negated ? 1 : -1
                case .cost:
                    guard negated else { continue }
                    weight = 1
                }
                evidence.append(Evidence(weight: weight, range: entry.range, text: wording(entry),
                                         themeIndex: sense.themeIndex,
                                         isOutrightPraise: sense.valence == .praise && !negated))
            }
        }
        // "Everything is great except the on-call": what "except" sets apart is the problem.
        if opener == "except", !evidence.contains(where: { $0.weight > 0 }) {
            evidence.append(Evidence(weight: -1, range: 0..<0, text: "except", themeIndex: nil))
        }
    }

    // MARK: Verdicts

    /// Each theme touched in the clause, with its polarity on `side`.
    func verdicts(side: AnswerSide) -> [ClauseVerdict] {
        guard !entries.isEmpty else { return [] }
        let compiled = ThemeLexicon.compiled
        // Few themes per clause: parallel arrays searched in order beat dictionaries here.
        var themes: [Int] = []
        var matched: [[String]] = []
        for entry in entries {
            guard case .entry(let index) = entry.kind else { continue }
            for sense in compiled.senses[index] {
                if let slot = themes.firstIndex(of: sense.themeIndex) {
                    matched[slot].append(compiled.keys[index])
                } else {
                    themes.append(sense.themeIndex)
                    matched.append([compiled.keys[index]])
                }
            }
        }
        var assigned = [[Evidence]](repeating: [], count: themes.count)
        for item in evidence {
            if let theme = item.themeIndex {
                if let slot = themes.firstIndex(of: theme) { assigned[slot].append(item) }
            } else if let nearest = nearestEntry(to: item.range) {
                for sense in compiled.senses[nearest] {
                    if let slot = themes.firstIndex(of: sense.themeIndex) { assigned[slot].append(item) }
                }
            }
        }
        return themes.indices.map { slot in
            // A theme no cue is nearest to takes the clause as a whole ("not enough mentoring or time off").
            let own = assigned[slot].isEmpty ? evidence : assigned[slot]
            let (polarity, cue) = Self.decide(own, side: side)
            return ClauseVerdict(themeIndex: themes[slot], polarity: polarity, cue: cue, matched: matched[slot])
        }
    }

    /// The lexicon index of the entry nearest to `range`; the earlier one on a tie.
    private func nearestEntry(to range: Range<Int>) -> Int? {
        var best: (distance: Int, index: Int)?
        for entry in entries {
            guard case .entry(let index) = entry.kind else { continue }
            let distance = range.upperBound <= entry.range.lowerBound
                ? entry.range.lowerBound - range.upperBound
                : entry.range.upperBound <= range.lowerBound ? range.lowerBound - entry.range.upperBound : 0
            if best.map({ distance < $0.distance }) ?? true { best = (distance, index) }
        }
        return best?.index
    }

    /// A theme's polarity from the evidence that counts for it, and the cue that decided it
    /// when the side alone did not.
    static func decide(_ evidence: [Evidence], side: AnswerSide) -> (Polarity, String?) {
        let score = evidence.reduce(0) { $0 + $1.weight }
        let problem = evidence.first { $0.weight <= -2 } ?? evidence.first { $0.weight < 0 }
        switch side {
        case .improve:
            // "The pay is great, but …" said when asked what could be better still praises the pay.
            if score > 0, let outright = evidence.first(where: \.isOutrightPraise) { return (.positive, outright.text) }
            return (.negative, nil)
        case .love:
            return score < 0 ? (.negative, problem?.text) : (.positive, nil)
        case .other:
            if score < 0 { return (.negative, problem?.text) }
            if score > 0 { return (.positive, evidence.first { $0.weight > 0 }?.text) }
            return (.neutral, nil)
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

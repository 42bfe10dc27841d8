import Foundation

/// A cue or theme entry found in a clause, and whether a negator turned it around.
struct Found {
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

/// The cues, theme words and evidence of one clause.
struct ClauseReading {
    let tokens: [TextToken]
    private var cues: [Found] = []
    private(set) var entries: [Found] = []
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
}

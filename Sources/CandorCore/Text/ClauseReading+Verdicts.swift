import Foundation

/// One theme's reading in one clause.
struct ClauseVerdict {
    var themeIndex: Int
    var polarity: Polarity
    var cue: String?
    var matched: [String]
}

extension ClauseReading {
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

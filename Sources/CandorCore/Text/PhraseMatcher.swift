import Foundation

/// Finds free phrases ("ad tech", "on-call", "lack of") in text, whatever the word forms.
///
/// Each phrase is split into words and stemmed, stop words kept (so "lack of" stays two words),
/// and found wherever the same stems follow one another: "on-call" matches "on call" and
/// "On-Call", "mentoring" matches "mentors". Phrases are indexed by their first stem, so a text
/// is read once whatever the number of phrases.
public struct PhraseMatcher: Sendable {
    /// The phrases as given (blank ones and repeats left out), in order.
    public let phrases: [String]
    /// The number of words in each phrase.
    let lengths: [Int]
    /// Every stem used by some phrase, numbered; a text's stems are compared as these numbers.
    let vocabulary: [String: Int32]
    /// Each phrase as vocabulary numbers.
    private let sequences: [[Int32]]
    /// For each vocabulary number, the phrases starting with it, longest first.
    private let byFirstStem: [[Int]]

    /// The number given to a stem no phrase uses.
    static let unknown: Int32 = -1

    /// A matcher for these phrases, typed by a person in any form.
    public init(phrases: [String]) {
        var kept: [String] = []
        var sequences: [[String]] = []
        var seen: Set<String> = []
        for phrase in phrases {
            let stems = Tokenizer.stems(phrase, droppingStopWords: false)
            guard !stems.isEmpty, seen.insert(phrase).inserted else { continue }
            kept.append(phrase)
            sequences.append(stems)
        }
        self.init(phrases: kept, sequences: sequences)
    }

    /// A matcher over sequences already stemmed (none empty); `phrases[i]` names `sequences[i]`.
    init(phrases: [String], sequences stemSequences: [[String]]) {
        precondition(phrases.count == stemSequences.count)
        var vocabulary: [String: Int32] = [:]
        let sequences = stemSequences.map { stems in
            stems.map { stem in
                if let number = vocabulary[stem] { return number }
                let number = Int32(vocabulary.count)
                vocabulary[stem] = number
                return number
            }
        }
        var byFirstStem = [[Int]](repeating: [], count: vocabulary.count)
        for (phrase, sequence) in sequences.enumerated() {
            byFirstStem[Int(sequence[0])].append(phrase)
        }
        // Longest first, so the leftmost-longest search can stop at the first fit.
        for first in byFirstStem.indices where byFirstStem[first].count > 1 {
            byFirstStem[first].sort { (sequences[$0].count, -$0) > (sequences[$1].count, -$1) }
        }
        self.phrases = phrases
        self.lengths = sequences.map(\.count)
        self.vocabulary = vocabulary
        self.sequences = sequences
        self.byFirstStem = byFirstStem
    }

    /// The phrases found in `text`, in phrase order, each once.
    public func matches(in text: String) -> [String] {
        matches(stems: StemCache.words(text).map(Porter2.stem))
    }

    /// The phrases found in `text`, stemming through `cache`.
    public func matches(in text: String, cache: inout StemCache) -> [String] {
        matches(stems: cache.stems(text, droppingStopWords: false))
    }

    /// The phrases found in a stemmed text, in phrase order, each once.
    ///
    /// The stems must keep stop words (`droppingStopWords: false`), as the phrases do; otherwise
    /// "lack of" could never match. Phrases may overlap: "ad tech" and "tech" are both found in
    /// "ad tech".
    public func matches(stems: [String]) -> [String] {
        let numbers = numbers(stems)
        var found = [Bool](repeating: false, count: phrases.count)
        for position in numbers.indices where numbers[position] != Self.unknown {
            for phrase in byFirstStem[Int(numbers[position])]
            where !found[phrase] && fits(phrase, at: position, in: numbers) {
                found[phrase] = true
            }
        }
        return phrases.indices.filter { found[$0] }.map { phrases[$0] }
    }

    /// The vocabulary number of each stem (`unknown` for stems no phrase uses).
    func numbers(_ stems: [String]) -> [Int32] {
        stems.map { vocabulary[$0] ?? Self.unknown }
    }

    /// Every place a phrase is found, scanning left to right and taking the longest phrase that
    /// starts at each place; the words it covers start no other match. "people leaving" is then
    /// one match, not also "people".
    func longestMatches(in numbers: [Int32]) -> [(phrase: Int, range: Range<Int>)] {
        var result: [(phrase: Int, range: Range<Int>)] = []
        var position = 0
        while position < numbers.count {
            if let phrase = longestMatch(at: position, in: numbers) {
                let end = position + lengths[phrase]
                result.append((phrase, position..<end))
                position = end
            } else {
                position += 1
            }
        }
        return result
    }

    /// The longest phrase found in `numbers` starting exactly at `position`, if any.
    func longestMatch(at position: Int, in numbers: [Int32]) -> Int? {
        let first = numbers[position]
        guard first != Self.unknown else { return nil }
        for phrase in byFirstStem[Int(first)] where fits(phrase, at: position, in: numbers) {
            return phrase
        }
        return nil
    }

    /// Whether phrase `phrase` is found in `numbers` starting at `position`.
    @inline(__always)
    private func fits(_ phrase: Int, at position: Int, in numbers: [Int32]) -> Bool {
        let sequence = sequences[phrase]
        guard position + sequence.count <= numbers.count else { return false }
        var offset = 1
        while offset < sequence.count {
            if numbers[position + offset] != sequence[offset] { return false }
            offset += 1
        }
        return true
    }
}

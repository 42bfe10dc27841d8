@testable import CandorCore
import Foundation

// Fuzz target `text`: the text pipeline (CandorCore/Text) on an answer as typed.
//
// Input: one byte (the question's side), then the answer's text.
//
// Invariants:
// - Tokenizer: words are non-empty letters and digits, with an apostrophe only between two of them;
//   the stemmer never returns an empty stem for one of them;
// - the quick paths give what the plain ones give: StemCache's ASCII splitter the Tokenizer's
//   words, StemCache.stems Tokenizer.stems, and the clause splitter (ASCII or not) every word once;
// - ThemeDetector, by the rules alone and with the trained model: each theme once and in theme
//   order, the question's side kept, confidences between 0 and 1 (model only), possible themes
//   apart from the ones read, love answers positive and improve answers negative;
// - a StemCache kept warm across runs (it grows, rehashes and starts afresh at its capacity) reads
//   exactly as a fresh one;
// - Concreteness: signals once each, under six words is vague.
// The stemmer and the inline splitters also get the raw input as one "word", which must not trap.
nonisolated(unsafe) private var warmCache = StemCache()

/// Loads the trained model once before fuzzing: reading its 4 MB of weights takes longer than the
/// 1 s a single input may, and a missing model would silently fuzz the rules twice.
@_cdecl("LLVMFuzzerInitialize")
public func textInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    require(ThemeModel.shipped != nil, "ThemeModel.shipped is nil: Bundle.module does not find theme-model.json")
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func textTarget(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    var input = FuzzReader(UnsafeBufferPointer(start: start, count: count))
    let side = input.pick(AnswerSide.allCases)
    let answer = input.rest()

    let words = Tokenizer.words(answer)
    for word in words {
        let characters = Array(word)
        require(!characters.isEmpty, "an empty word")
        for (index, character) in characters.enumerated() where !(character.isLetter || character.isNumber) {
            require(character == "'" && index > 0 && index < characters.count - 1 && characters[index - 1] != "'",
                    "word \(show(word)) holds \(show(character))")
        }
        require(!Porter2.stem(word).isEmpty, "empty stem for \(show(word))")
    }
    if StemCache.isASCII(answer) {
        require(StemCache.words(answer) == words, "ASCII splitter \(show(StemCache.words(answer))) ≠ Tokenizer \(show(words))")
    }
    var fresh = StemCache()
    for dropping in [true, false] {
        let quick = fresh.stems(answer, droppingStopWords: dropping)
        let plain = Tokenizer.stems(answer, droppingStopWords: dropping)
        require(quick == plain, "StemCache.stems \(show(quick)) ≠ Tokenizer.stems \(show(plain)) (dropping stop words: \(dropping))")
    }
    var splitCache = StemCache()
    let split = ClauseSplitter.split(answer, cache: &splitCache)
    require(split.tokens.map(\.word) == words, "clause splitter words \(show(split.tokens.map(\.word))) ≠ Tokenizer \(show(words))")
    require(split.clauses.map(\.tokens.count).reduce(0, +) <= words.count, "clauses hold more words than the answer")
    require(split.clauses.allSatisfy { !$0.tokens.isEmpty }, "an empty clause")

    for model in [nil, ThemeModel.shipped] {
        var cache = StemCache()
        let reading = ThemeDetector.read(answer, side: side, cache: &cache, model: model)
        check(reading, side: side, model: model != nil)
        let warm = ThemeDetector.read(answer, side: side, cache: &warmCache, model: model)
        require(warm == reading, "a warm StemCache reads differently: \(show(warm)) ≠ \(show(reading))")
    }

    let concreteness = Concreteness.assess(answer)
    require(Set(concreteness.signals).count == concreteness.signals.count, "a concreteness signal twice")
    require(words.count >= 6 || concreteness.isVague, "\(words.count) words, yet not vague")

    _ = Porter2.stem(answer)
    _ = Porter2.stem(answer.lowercased())
    return 0
}

private func check(_ reading: ThemeReading, side: AnswerSide, model: Bool) {
    let label = model ? "model" : "rules"
    require(reading.side == side, "\(label): side \(reading.side) for \(side)")
    let themes = reading.mentions.map(\.theme.index)
    require(themes == themes.sorted() && Set(themes).count == themes.count, "\(label): themes out of order or twice: \(show(themes))")
    switch side {
    case .love: require(reading.polarity == .positive, "\(label): a love answer reads \(reading.polarity)")
    case .improve: require(reading.polarity == .negative, "\(label): an improve answer reads \(reading.polarity)")
    case .other: break
    }
    for mention in reading.mentions + (reading.possible ?? []) {
        require(mention.source == .detected, "\(label): source \(mention.source)")
        if model {
            require(mention.confidence.map { (0...1).contains($0) } == true, "\(label): confidence \(show(mention.confidence as Any))")
        } else {
            require(mention.confidence == nil && !mention.matched.isEmpty, "\(label): \(show(mention))")
        }
    }
    if let possible = reading.possible {
        require(model, "rules: possible themes")
        require(Set(possible.map(\.theme)).isDisjoint(with: reading.mentions.map(\.theme)), "\(label): a theme both read and possible")
    }
}

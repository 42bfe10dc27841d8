import Foundation

/// How the insight reads one answer: which themes it raises on which side, and, for the
/// why-this-role question, whether it was concrete.
///
/// Candor reads with ``TextReader``. The quality benchmark also runs the same analysis with
/// a reader that returns a careful person's labels, so that what Candor concludes and what a
/// careful reader would conclude come from one set of rules.
public protocol AnswerReader {
    /// The themes of `text`, the answer `answer` holds, with the stems of all its words.
    func read(_ answer: InsightAnswer, text: String, cache: inout StemCache) -> (reading: ThemeReading, stems: [String])
    /// Whether a why-this-role answer named the work, an outcome, a time frame or a number.
    func concreteness(_ answer: InsightAnswer, text: String) -> ConcretenessAssessment
}

/// Candor's own reading of answers: ``ThemeDetector`` and ``Concreteness``.
public struct TextReader: AnswerReader {
    /// The trained model the rules are combined with; nil reads by the rules alone.
    public var model: ThemeModel?

    public init(model: ThemeModel? = ThemeModel.shipped) {
        self.model = model
    }

    public func read(_ answer: InsightAnswer, text: String, cache: inout StemCache) -> (reading: ThemeReading, stems: [String]) {
        ThemeDetector.readWithStems(text, side: answer.side, cache: &cache, model: model)
    }

    public func concreteness(_ answer: InsightAnswer, text: String) -> ConcretenessAssessment {
        Concreteness.assess(text)
    }
}

import CandorCore
import Foundation

/// `candor-quality features`: every answer of the development side with the features the model
/// reads in it and its labels, as JSON Lines, so that a change to the features or the learner
/// can be tried out (in a notebook, with scikit-learn) before the trainer is changed. The test
/// split is never written.
enum FeatureDump {
    struct Row: Encodable {
        struct Token: Encodable {
            var word: String
            var stem: String
            var counts: Bool
            var clause: Int
            var opens: Bool
        }

        var company: String
        var question: String
        var style: String
        var text: String
        var features: [String]
        var tokens: [Token]
        /// `theme/side` pairs, as labelled.
        var labels: [String]
    }

    static func write(_ companies: [CorpusCompany], to path: String) throws {
        var cache = StemCache()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var lines: [String] = []
        for company in companies {
            for answer in company.answers {
                let side = AnswerSide(special: answer.special)
                let rules = ThemeDetector.readWithStems(answer.text, side: side, cache: &cache, model: nil).reading
                let tokens = ThemeFeatures.tokens(answer.text, cache: &cache)
                let row = Row(
                    company: company.id, question: answer.question.rawValue, style: answer.style, text: answer.text,
                    features: ThemeFeatures.names(tokens, rules: rules),
                    tokens: tokens.map { .init(word: $0.word, stem: $0.stem, counts: $0.counts, clause: $0.clause, opens: $0.opensClause) },
                    labels: answer.labels.map { "\($0.theme.rawValue)/\($0.side.rawValue)" })
                lines.append(String(decoding: try encoder.encode(row), as: UTF8.self))
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}

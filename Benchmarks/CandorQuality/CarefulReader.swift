import CandorCore
import Foundation

/// Reads each answer as the corpus's careful reader labelled it: the themes and sides of its
/// labels, and its why-this-role verdict. Run through the same `InsightEngine` as Candor's own
/// reading, it gives what a careful reader would conclude about the company, by Candor's rules.
struct CarefulReader: AnswerReader {
    let answers: [UUID: CorpusAnswer]

    func read(_ answer: InsightAnswer, text: String, cache: inout StemCache) -> (reading: ThemeReading, stems: [String]) {
        let labels = answers[answer.askID]?.labels ?? []
        var mentions: [ThemeMention] = []
        for label in labels {
            // A theme labelled on both sides counts as a problem, as Candor's reading does.
            if let index = mentions.firstIndex(where: { $0.theme == label.theme }) {
                if label.side == .problem { mentions[index].polarity = .negative }
            } else {
                mentions.append(ThemeMention(theme: label.theme, polarity: label.side.polarity, source: .confirmed))
            }
        }
        let polarity: Polarity = switch answer.side {
        case .love: .positive
        case .improve: .negative
        case .other: .neutral
        }
        return (ThemeReading(side: answer.side, polarity: polarity, mentions: mentions.sorted { $0.theme < $1.theme }), [])
    }

    func concreteness(_ answer: InsightAnswer, text: String) -> ConcretenessAssessment {
        let vague = answers[answer.askID]?.why == "vague"
        return ConcretenessAssessment(signals: [], isVague: vague)
    }
}

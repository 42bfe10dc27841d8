import CandorCore
import Foundation

/// Counts of hits, false alarms and misses, and the figures made from them.
struct Tally: Codable {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    var f1: Double {
        let (p, r) = (precision, recall)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    mutating func add(predicted: Set<String>, expected: Set<String>) {
        truePositives += predicted.intersection(expected).count
        falsePositives += predicted.subtracting(expected).count
        falseNegatives += expected.subtracting(predicted).count
    }

    static func + (a: Tally, b: Tally) -> Tally {
        Tally(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
              falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}

func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

/// How one reader did on one split of the corpus.
struct QualityReport: Codable {
    /// Theme plus side, over every closing answer.
    var micro = Tally()
    /// Theme plus side, per theme (both sides).
    var perTheme: [String: Tally] = [:]
    /// Theme plus side, per writing style.
    var perStyle: [String: Tally] = [:]
    var closingAnswers = 0
    var whyAnswers = 0
    var whyRight = 0
    var companies = 0
    /// The careful reader's conclusions, and how many of them Candor reached.
    var conclusionsExpected = 0
    var conclusionsReached = 0
    /// Conclusions Candor drew that the careful reader did not.
    var conclusionsExtra = 0
    var dealbreakersRaised = 0
    var missedDealbreakers: [String] = []
    var falseRedFlags: [String] = []
    var companiesWithFalseRedFlags = 0
    /// Per company: what was missed and what was added, for reading the mistakes (dev split only).
    var mistakes: [String] = []

    var macroF1: Double {
        let present = perTheme.values.filter { $0.truePositives + $0.falseNegatives + $0.falsePositives > 0 }
        return present.isEmpty ? 0 : present.map(\.f1).reduce(0, +) / Double(present.count)
    }
    var whyAccuracy: Double { ratio(whyRight, whyAnswers) }
    var conclusionShare: Double { ratio(conclusionsReached, conclusionsExpected) }
    var falseRedFlagCompanyShare: Double { Double(companiesWithFalseRedFlags) / Double(max(companies, 1)) }
}

enum Scoring {
    /// Scores `reader` against the labels of `companies`.
    static func score(_ companies: [CorpusCompany], reader: some AnswerReader, keepMistakes: Bool) -> QualityReport {
        var report = QualityReport()
        var cache = StemCache()
        for company in companies {
            let item = CompanyCase(company)
            // Answer level: every closing answer as Candor reads it, dodged or not.
            for answer in item.input.answers {
                guard let labelled = item.answers[answer.askID], let text = answer.text else { continue }
                if labelled.isClosing {
                    let (reading, _) = reader.read(answer, text: text, cache: &cache)
                    let predicted = Set(reading.mentions.compactMap(key))
                    let expected = Set(labelled.labels.map { "\($0.theme.rawValue)/\($0.side.polarity.rawValue)" })
                    report.closingAnswers += 1
                    report.micro.add(predicted: predicted, expected: expected)
                    report.perStyle[labelled.style, default: Tally()].add(predicted: predicted, expected: expected)
                    for theme in Theme.allCases {
                        let prefix = theme.rawValue + "/"
                        report.perTheme[theme.rawValue, default: Tally()].add(
                            predicted: predicted.filter { $0.hasPrefix(prefix) }, expected: expected.filter { $0.hasPrefix(prefix) })
                    }
                    if keepMistakes, predicted != expected {
                        report.mistakes.append("\(company.id) \(labelled.question.rawValue) [\(labelled.style)] \(text)\n"
                            + "    expected \(expected.sorted()) read \(predicted.sorted())")
                    }
                } else if let verdict = labelled.why {
                    report.whyAnswers += 1
                    let vague = reader.concreteness(answer, text: text).isVague
                    if vague == (verdict == "vague") { report.whyRight += 1 }
                }
            }
            // Company level: the careful reader's conclusions against Candor's.
            let expected = conclusions(InsightEngine.analyze(item.input, reader: CarefulReader(answers: item.answers), cache: &cache))
            let drawn = conclusions(InsightEngine.analyze(item.input, reader: reader, cache: &cache))
            report.companies += 1
            report.conclusionsExpected += expected.count
            report.conclusionsReached += expected.intersection(drawn).count
            report.conclusionsExtra += drawn.subtracting(expected).count
            let expectedRed = expected.filter { $0.hasPrefix("red-flag/") }
            let drawnRed = drawn.filter { $0.hasPrefix("red-flag/") }
            report.dealbreakersRaised += expectedRed.count
            report.missedDealbreakers += expectedRed.subtracting(drawnRed).sorted().map { "\(company.id) \($0)" }
            let falseRed = drawnRed.subtracting(expectedRed)
            report.falseRedFlags += falseRed.sorted().map { "\(company.id) \($0)" }
            if !falseRed.isEmpty { report.companiesWithFalseRedFlags += 1 }
            if keepMistakes, expected != drawn {
                report.mistakes.append("\(company.id) conclusions: missed \(expected.subtracting(drawn).sorted()) extra \(drawn.subtracting(expected).sorted())")
            }
        }
        return report
    }

    private static func key(_ mention: ThemeMention) -> String? {
        mention.polarity == .neutral ? nil : "\(mention.theme.rawValue)/\(mention.polarity.rawValue)"
    }

    /// What a candidate takes away from a company's insight page: agreement on each side, the
    /// flags about themes, "your people", and a vague answer on why the role exists.
    static func conclusions(_ insight: CompanyInsight) -> Set<String> {
        var result = Set(insight.consensus.map { "consensus/\($0.theme.rawValue)/\($0.polarity.rawValue)" })
        for flag in insight.flags {
            switch flag.kind {
            case .redFlag, .tradeOff, .greenFlag:
                if let theme = flag.theme { result.insert("\(flag.kind.rawValue)/\(theme.rawValue)") }
            case .yourPeople, .vagueWhyRole:
                result.insert(flag.kind.rawValue)
            case .closingDodged, .noTimeForQuestions:
                break  // from what the candidate recorded, not from reading
            }
        }
        return result
    }
}

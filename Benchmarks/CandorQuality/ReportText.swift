import CandorCore
import Foundation

/// The report as a person reads it.
enum ReportText {
    static func print(_ report: QualityReport, split: String) {
        func pct(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
        func f(_ value: Double) -> String { String(format: "%.3f", value) }
        Swift.print("Reading quality on the \(split) split: \(report.companies) companies, \(report.closingAnswers) closing answers, \(report.whyAnswers) why-this-role answers")
        Swift.print("")
        Swift.print("Answers: theme plus side")
        Swift.print("  micro   precision \(f(report.micro.precision))  recall \(f(report.micro.recall))  F1 \(f(report.micro.f1))")
        Swift.print("  macro F1 over themes \(f(report.macroF1))")
        Swift.print("  why this role: verdict right \(pct(report.whyAccuracy)) (\(report.whyRight) of \(report.whyAnswers))")
        Swift.print("")
        Swift.print("  by theme          precision  recall     F1   (labelled)")
        for theme in Theme.allCases {
            let tally = report.perTheme[theme.rawValue] ?? Tally()
            let labelled = tally.truePositives + tally.falseNegatives
            Swift.print("  " + theme.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)
                + "  \(f(tally.precision))     \(f(tally.recall))  \(f(tally.f1))   (\(labelled))")
        }
        Swift.print("")
        Swift.print("  by style          F1")
        for (style, tally) in report.perStyle.sorted(by: { $0.key < $1.key }) {
            Swift.print("  " + style.padding(toLength: 16, withPad: " ", startingAt: 0) + "  \(f(tally.f1))")
        }
        Swift.print("")
        Swift.print("Companies: what a careful reader concludes (agreement, red flags, trade-offs, green flags, your people, vague why)")
        Swift.print("  conclusions reached     \(pct(report.conclusionShare)) (\(report.conclusionsReached) of \(report.conclusionsExpected); \(report.conclusionsExtra) drawn that the careful reader did not)")
        Swift.print("  missed dealbreakers     \(report.missedDealbreakers.count) of \(report.dealbreakersRaised) raised")
        Swift.print("  false red flags         \(report.falseRedFlags.count), at \(report.companiesWithFalseRedFlags) of \(report.companies) companies (\(pct(report.falseRedFlagCompanyShare)))")
    }
}

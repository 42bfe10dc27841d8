import Foundation

/// The lowest figures CI accepts (`Benchmarks/quality-floors.json`), set just under what the
/// reader measured, so the reading can only get better.
struct Floors: Decodable {
    var microF1: Double
    var macroF1: Double
    var whyAccuracy: Double
    var conclusionShare: Double
    var maxMissedDealbreakers: Int
    var maxCompaniesWithFalseRedFlags: Int

    static func load(_ path: String) throws -> Floors {
        try JSONDecoder().decode(Floors.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func failures(_ report: QualityReport) -> [String] {
        var failures: [String] = []
        func check(_ name: String, _ value: Double, atLeast floor: Double) {
            if value < floor { failures.append(String(format: "%@ is %.3f, the floor is %.3f", name, value, floor)) }
        }
        check("micro F1", report.micro.f1, atLeast: microF1)
        check("macro F1", report.macroF1, atLeast: macroF1)
        check("why-this-role accuracy", report.whyAccuracy, atLeast: whyAccuracy)
        check("share of conclusions reached", report.conclusionShare, atLeast: conclusionShare)
        if report.missedDealbreakers.count > maxMissedDealbreakers {
            failures.append("\(report.missedDealbreakers.count) missed dealbreakers, at most \(maxMissedDealbreakers) allowed")
        }
        if report.companiesWithFalseRedFlags > maxCompaniesWithFalseRedFlags {
            failures.append("false red flags at \(report.companiesWithFalseRedFlags) companies, at most \(maxCompaniesWithFalseRedFlags) allowed")
        }
        return failures
    }
}

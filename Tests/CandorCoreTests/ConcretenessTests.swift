import CandorCore
import Foundation
import Testing

@Suite("Concreteness")
struct ConcretenessTests {
    @Test func handsAndCultureFitIsVague() {
        let assessment = Concreteness.assess("We just need more hands, someone who fits the culture and gets stuff done")
        #expect(assessment.isVague)
        #expect(assessment.signals.isEmpty)
    }

    @Test func aNamedMigrationWithADateAndATargetIsConcrete() {
        let assessment = Concreteness.assess(
            "We are moving billing off the monolith; in six months I'd want the new invoicing service live and page-outs down 50%")
        #expect(!assessment.isVague)
        #expect(assessment.signals == [.specificWork, .outcome, .timeFrame, .number])
    }

    @Test(arguments: [
        ("Migrate the payments API to the new platform before Q3", [ConcretenessSignal.specificWork, .timeFrame]),
        ("Own the data pipeline and ship the dashboard by March", [.specificWork, .outcome, .timeFrame]),
        ("In the first 90 days you'd take over the on-call rotation", [.timeFrame, .number]),
        ("Someone who can help us cut latency and grow revenue", [.outcome]),
        ("We have lots of exciting projects and a great culture", []),
        ("We want to finish the checkout project quickly, honestly", [.specificWork]),
        ("Double the number of customers within a year", [.outcome, .timeFrame, .number]),
    ])
    func findsEachKindOfSignal(text: String, signals: [ConcretenessSignal]) {
        let assessment = Concreteness.assess(text)
        #expect(assessment.signals == signals, "\(text)")
        #expect(assessment.isVague == (signals.count < 2))
    }

    @Test(arguments: ["", "   ", "Ship it.", "API by Q3, 50%", "🚀🚀🚀"])
    func emptyOrShortAnswersAreVague(text: String) {
        #expect(Concreteness.assess(text).isVague)
    }

    @Test func dayToDayIsNotATimeFrame() {
        let assessment = Concreteness.assess("Helping out with the day to day work of the team as a whole")
        #expect(!assessment.signals.contains(.timeFrame))
        #expect(assessment.isVague)
    }

    @Test func signalsHaveStableIdsAndLabels() throws {
        #expect(ConcretenessSignal.allCases.map(\.rawValue) == ["specific-work", "outcome", "time-frame", "number"])
        #expect(ConcretenessSignal.allCases.allSatisfy { !$0.label.isEmpty })
        let assessment = Concreteness.assess("Rewrite the search service in the next quarter to cut latency by 30%")
        let data = try CandorJSON.encoder().encode(assessment)
        #expect(try CandorJSON.decoder().decode(ConcretenessAssessment.self, from: data) == assessment)
        #expect(String(decoding: data, as: UTF8.self).contains("\"time-frame\""))
    }
}

import Foundation
import Testing

@testable import CandorCore

/// The trained reading as shipped. Its quality is measured on the labelled corpus
/// (Benchmarks/quality); these tests hold what must never change: it loads, it is
/// deterministic, it explains itself with the answer's own words, and the indirect wordings
/// the old rules missed stay read.
struct ThemeModelTests {
    static func themes(_ text: String, _ side: AnswerSide) -> [String: Polarity] {
        Dictionary(uniqueKeysWithValues: ThemeDetector.read(text, side: side).mentions.map { ($0.theme.rawValue, $0.polarity) })
    }

    @Test func theShippedModelLoads() throws {
        let model = try #require(ThemeModel.shipped)
        #expect(model.themes.count == Theme.allCases.count)
        #expect(model.threshold > 0 && model.threshold < 1)
        #expect(model.dealbreakerThreshold <= model.threshold)
    }

    @Test func theSameTextAlwaysGetsTheSameReading() {
        let text = "Honestly the on-call is brutal, two of us on the pager, and the roadmap changes every sprint."
        var fresh = StemCache()
        var warm = StemCache()
        _ = ThemeDetector.read("warm the cache with other words first: mentoring, roadmap, pager", side: .love, cache: &warm)
        let first = ThemeDetector.read(text, side: .improve, cache: &fresh)
        #expect(first == ThemeDetector.read(text, side: .improve, cache: &warm))
        #expect(first == ThemeDetector.read(text, side: .improve))
    }

    @Test("indirect wordings of a theme are read", arguments: [
        ("Selling what we know about users to advertisers makes me uneasy.", AnswerSide.improve, "ethics", Polarity.negative),
        ("People stay here for a decade.", .love, "stability", .positive),
        ("We reshuffle the roadmap every few weeks.", .improve, "priorities", .negative),
        ("The one person who knows billing is on leave and everything stops.", .improve, "staffing", .negative),
    ])
    func indirectWording(text: String, side: AnswerSide, theme: String, polarity: Polarity) {
        #expect(Self.themes(text, side)[theme] == polarity, "\(text)")
    }

    @Test func praiseWithANegationIsNotAProblem() {
        #expect(Self.themes("I've never worked with people who care this much.", .love)["people"] == .positive)
        #expect(!Self.themes("I never feel rushed here.", .love).values.contains(.negative))
    }

    @Test func eachThemeIsExplainedByWordsOfTheAnswer() throws {
        let text = "The one person who knows billing is on leave and everything stops."
        let reading = ThemeDetector.read(text, side: .improve)
        let staffing = try #require(reading.mentions.first { $0.theme == .staffing })
        #expect(!staffing.matched.isEmpty)
        for words in staffing.matched {
            #expect(text.lowercased().contains(words), "\(words) is in the answer")
        }
        #expect(staffing.confidence.map { $0 > 0 && $0 <= 1 } == true)
    }

    @Test func aPossibleDealbreakerCountsOnlyForTheCandidateWhoHasIt() throws {
        let model = try #require(ThemeModel.shipped)
        var probabilities = [Double](repeating: 0, count: Theme.allCases.count)
        probabilities[Theme.ethics.index] = (model.dealbreakerThreshold + model.threshold) / 2
        #expect(model.chosen(probabilities).isEmpty || model.chosen(probabilities) == [.ethics])
        #expect(model.possible(probabilities, besides: []) == [.ethics])
    }
}

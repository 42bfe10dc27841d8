import CandorCore
import Testing

@Suite("The side model")
struct SideModelTests {
    private func tokens(_ text: String) -> [ThemeFeatures.Token] {
        var cache = StemCache()
        return ThemeFeatures.tokens(text, cache: &cache)
    }

    @Test("only the clauses that carried the theme are read, with the question and the contrast word")
    func readsTheCarryingClause() {
        let words = tokens("The team is lovely. But reviews are slow.")
        let slow = words.firstIndex { $0.word == "slow" }!
        let names = SideModel.features(theme: .engineering, side: .love, tokens: words, carriers: [slow], ruled: nil)
        #expect(names.contains("q:love"))
        #expect(names.contains("t:engineering|love"))
        #expect(names.contains("w:slow"))
        #expect(names.contains("w:slow|love"))
        #expect(names.contains("open:but|love"))
        #expect(names.contains("later|love"))
        #expect(!names.contains("w:love"), "the first sentence did not carry the theme")
        // With no carrier, the whole answer is read.
        let all = SideModel.features(theme: .engineering, side: .love, tokens: words, carriers: [], ruled: nil)
        #expect(all.contains("w:love") && all.contains("w:slow"))
    }

    @Test("the probability follows the weights, and one half up is a problem")
    func weighsFeatures() {
        let model = SideModel(.init(bias: -1, weights: ["w:slow": 3, "q:improve": 0.5]))
        let words = tokens("Reviews are slow")
        let names = SideModel.features(theme: .engineering, side: .love, tokens: words, carriers: [2], ruled: nil)
        #expect(model.problemProbability(names) > 0.8)
        #expect(model.problemProbability(["q:love"]) < 0.5)
        #expect(model.problemProbability(["w:slow", "w:slow"]) == model.problemProbability(["w:slow", "w:slow"]))
    }

    @Test("a lack said of a theme in a love answer stays a problem with the shipped model")
    func lackWins() {
        let reading = ThemeDetector.read("There is not enough mentoring", side: .love)
        #expect(reading.mentions.first { $0.theme == .growth }?.polarity == .negative)
    }
}

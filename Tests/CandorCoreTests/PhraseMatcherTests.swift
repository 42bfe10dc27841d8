@testable import CandorCore
import Testing

@Suite("Phrase matcher")
struct PhraseMatcherTests {
    @Test func findsPhrasesWhateverTheWordForms() {
        let matcher = PhraseMatcher(phrases: ["on-call", "ad tech", "mentoring"])
        #expect(matcher.matches(in: "Lots of On Call work") == ["on-call"])
        #expect(matcher.matches(in: "We build ad-tech for publishers") == ["ad tech"])
        #expect(matcher.matches(in: "Our mentors are great") == ["mentoring"])
        #expect(matcher.matches(in: "Nothing to see") == [])
    }

    @Test func returnsPhrasesInTheirOwnOrderEachOnce() {
        let matcher = PhraseMatcher(phrases: ["crypto", "gambling", "ad tech"])
        let found = matcher.matches(in: "Ad tech, more ad tech, then gambling and ad tech again")
        #expect(found == ["gambling", "ad tech"])
    }

    @Test func keepsStopWordsInsidePhrases() {
        let matcher = PhraseMatcher(phrases: ["lack of", "out of the loop"])
        #expect(matcher.matches(in: "There is a lack of focus") == ["lack of"])
        #expect(matcher.matches(in: "Lacking focus") == [])
        #expect(matcher.matches(in: "We're kept out of the loop") == ["out of the loop"])
        #expect(matcher.matches(in: "out of loop") == [])
    }

    @Test func overlappingPhrasesAreAllFound() {
        let matcher = PhraseMatcher(phrases: ["tech", "ad tech", "ad"])
        #expect(matcher.matches(in: "ad tech") == ["tech", "ad tech", "ad"])
    }

    @Test func blankAndRepeatedPhrasesAreDropped() {
        let matcher = PhraseMatcher(phrases: ["", "  ", "…", "crypto", "crypto"])
        #expect(matcher.phrases == ["crypto"])
        #expect(matcher.matches(in: "crypto crypto") == ["crypto"])
        #expect(PhraseMatcher(phrases: []).matches(in: "anything") == [])
    }

    @Test func matchesStemsGivenDirectly() {
        let matcher = PhraseMatcher(phrases: ["lack of", "on-call"])
        #expect(matcher.matches(stems: Tokenizer.stems("a lack of on call help", droppingStopWords: false)) == ["lack of", "on-call"])
        #expect(matcher.matches(stems: []) == [])
        // Stems without stop words cannot match a phrase that has one.
        #expect(matcher.matches(stems: Tokenizer.stems("a lack of help")) == [])
    }

    @Test func aPhraseLongerThanTheTextIsNotFound() {
        let matcher = PhraseMatcher(phrases: ["return to office mandate"])
        #expect(matcher.matches(in: "return to office") == [])
        #expect(matcher.matches(in: "The return-to-office mandate") == ["return to office mandate"])
    }

    @Test func theCacheGivesTheSameMatches() {
        let matcher = PhraseMatcher(phrases: ["ad tech", "on-call", "lack of"])
        var cache = StemCache()
        for text in ["Ad tech and on-call", "a lack of it", "", "ÀD TÉCH"] {
            #expect(matcher.matches(in: text, cache: &cache) == matcher.matches(in: text))
        }
    }

    @Test func leftmostLongestMatchesDoNotOverlap() {
        let matcher = PhraseMatcher(phrases: ["people", "people leaving"])
        let stems = Tokenizer.stems("people leaving and people", droppingStopWords: false)
        let found = matcher.longestMatches(in: matcher.numbers(stems))
        #expect(found.map(\.phrase) == [1, 0])
        #expect(found.map(\.range) == [0..<2, 3..<4])
    }
}

@Suite("Stem cache")
struct StemCacheTests {
    static let samples = [
        "", "Don't stop", "students' rock", "'quoted' words", "rock'n'roll", "a''b", "it's O'Brien's",
        "Well-known CI/CD (and more)!", "Ends with apostrophe'", "  spaces   everywhere  ", "MiXeD CaSe 123abc",
        "supercalifragilisticexpialidocious antidisestablishmentarianism", "sixteen-letters: abcdefghijklmnop abcdefghijklmnopq",
        "Café naïve résumé", "Straße", "東京 タワー", "don’t", "1️⃣ keycap", "emoji 🚀 inside", "مرحبا بالعالم",
    ]

    @Test(arguments: samples)
    func givesTheTokenizersWordsAndStems(text: String) {
        var cache = StemCache()
        #expect(cache.tokens(text).map(\.word) == Tokenizer.words(text))
        #expect(cache.stems(text, droppingStopWords: false) == Tokenizer.stems(text, droppingStopWords: false))
        #expect(cache.stems(text, droppingStopWords: true) == Tokenizer.stems(text, droppingStopWords: true))
        // A second time, from memory.
        #expect(cache.stems(text, droppingStopWords: true) == Tokenizer.stems(text, droppingStopWords: true))
    }

    @Test func remembersEachDistinctWordOnce() {
        var cache = StemCache()
        #expect(cache.stem("mentoring") == "mentor")
        #expect(cache.stem("mentoring") == "mentor")
        _ = cache.stems("mentors mentoring MENTORING", droppingStopWords: false)
        #expect(cache.count == 2)
        #expect(cache.stem("antidisestablishmentarianism") == Porter2.stem("antidisestablishmentarianism"))
        #expect(cache.count == 3)
    }

    @Test func growsPastItsFirstTable() {
        var cache = StemCache()
        let words = (0..<5_000).map { "word\($0)s" }
        for word in words { _ = cache.stem(word) }
        #expect(cache.count == 5_000)
        #expect(words.allSatisfy { cache.stem($0) == Porter2.stem($0) })
        #expect(cache.count == 5_000)
    }
}

import CandorCore
import Foundation
import Testing

/// `candor text stem`: how the words of standard input are found and lowercased. The stems
/// themselves are held to the Snowball reference by `StemmerTests` and scripts/check-stemmer.
struct TextStemCLITests {
    @Test func stemsEachWhiteSpaceSeparatedWordOnItsOwnLine() throws {
        let run = try Sandbox().candor(["text", "stem"], input: Data("running  Runs\tRAN\r\nhopping\n\n".utf8))
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "run\nrun\nran\nhop\n")
    }

    @Test func emptyInputPrintsNothing() throws {
        let run = try Sandbox().candor(["text", "stem"], input: Data(" \n\t".utf8))
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "")
    }

    /// Non-ASCII words, Unicode white space between words (no-break, em and ideographic spaces),
    /// and a combining mark right after a space, mixed with ASCII words: every word is lowercased
    /// in full Unicode and stemmed as `Porter2.stem` stems it.
    @Test func unicodeWordsAndSeparatorsAreHandledLikeAnyOther() throws {
        let words = ["Éclairs", "naïvely", "CAFÉS", "\u{301}accented", "straße", "Running", "ΣΟΦΊΑ", "x"]
        let separators = [" ", "\u{A0}", "\u{2003}", "\u{3000}", "\n", " \u{85}", "\t", "\n"]
        let input = zip(words, separators).map { $0 + $1 }.joined()
        let run = try Sandbox().candor(["text", "stem"], input: Data(input.utf8))
        #expect(run.status == 0, "\(run.errors)")
        let expected = words.map { Porter2.stem($0.lowercased()) + "\n" }.joined()
        #expect(run.output == expected)
        #expect(run.output.hasPrefix("éclair\nnaïv\ncafé\n"), "a sanity check of the expectation itself")
    }

    @Test func rejectsInputThatIsNotUTF8() throws {
        let run = try Sandbox().candor(["text", "stem"], input: Data([0x61, 0x62, 0xFF, 0x0A]))
        #expect(run.status != 0)
        #expect(run.errors.contains("not UTF-8"))
        #expect(run.output == "")
    }
}

@testable import CandorCore
import Foundation
import Testing

/// Inputs that scripts/fuzz found breaking an invariant, minimised, kept so the bugs stay fixed.
/// Each test names the fuzz target and what the invariant was.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let stamp = Date(timeIntervalSince1970: 1_800_000_000)

    static func interview(company: String = "Acme", location: String? = nil, notes: String? = nil) -> Interview {
        let draft = InterviewDraft(companyID: UUID(), startsAt: stamp, timeZone: "UTC", durationMinutes: 45, kind: .panel,
                                   location: location, notes: notes)
        return Interview(id: UUID(), companyName: company, draft: draft, participants: [], createdAt: stamp)
    }

    /// The content lines of an iCalendar file, unfolded, by scalars as a calendar app reads them
    /// (a continuation's space followed by a combining mark is one Character).
    static func contentLines(_ text: String) -> [String] {
        physicalLines(unfolded(text)).filter { !$0.isEmpty }
    }

    static func unfolded(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 2 < scalars.count {
            if scalars[index] == "\r", scalars[index + 1] == "\n", scalars[index + 2] == " " {
                scalars.removeSubrange(index...(index + 2))
            } else {
                index += 1
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    static func physicalLines(_ text: String) -> [String] {
        var lines: [String] = [""]
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                lines.append("")
            } else {
                lines[lines.count - 1].unicodeScalars.append(scalar)
            }
        }
        return lines
    }

    // MARK: ics

    /// Found by `ics` (TEXT values must escape every `;` and `,`): escaping went Character by
    /// Character, and a `;`, `,` or `\` followed by a combining mark, a variation selector or a
    /// zero-width joiner is one Character with it, so it was written bare. Minimised input: a
    /// calendar named ";\u{FE0F}".
    @Test("a ; , or \\ is escaped even when a combining mark or a variation selector follows it",
          arguments: [
              (";\u{FE0F}", "\\;\u{FE0F}"), (",\u{301}", "\\,\u{301}"), ("\\\u{200D}n", "\\\\\u{200D}n"),
              ("a;\u{301}b,\u{20DD}c", "a\\;\u{301}b\\,\u{20DD}c"),
          ])
    func escapeBeforeExtendingScalars(text: String, escaped: String) {
        #expect(ICalendar.escape(text) == escaped)
        let file = ICalendar.render([Self.interview(company: text, location: text)], stamp: Self.stamp, name: text)
        let lines = Self.contentLines(file)
        #expect(lines.contains("X-WR-CALNAME:\(escaped)"))
        #expect(lines.contains("SUMMARY:Panel interview at \(escaped)"))
        #expect(lines.contains("LOCATION:\(escaped)"))
    }

    /// Found by the `ics` invariant (no line over 75 octets) on a probe input: folding went
    /// Character by Character, and one Character (a grapheme cluster) can be longer than a line:
    /// a letter under dozens of combining marks, a long emoji ZWJ sequence. It was written whole,
    /// on a line of up to its own length. Minimised input: a calendar named "e" + 40 × U+0301.
    @Test("a grapheme cluster longer than a line is folded between its scalars, never past 75 octets",
          arguments: ["e" + String(repeating: "\u{301}", count: 40),
                      String(repeating: "\u{1F680}\u{200D}", count: 12) + "\u{1F680}",
                      "x" + String(repeating: "\u{FE0F}", count: 30) + " and more text after it, to fold again"])
    func foldLongClusters(text: String) {
        let file = ICalendar.render([Self.interview(notes: text)], stamp: Self.stamp, name: text)
        for line in Self.physicalLines(file) {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets")
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        let lines = Self.contentLines(file)
        #expect(lines.contains("X-WR-CALNAME:\(ICalendar.escape(text))"))
        #expect(lines.contains { $0.hasPrefix("DESCRIPTION:") && $0.hasSuffix("Notes: \(ICalendar.escape(text))") })
        #expect(Self.unfolded(ICalendar.fold("X:" + text)).unicodeScalars.elementsEqual(("X:" + text).unicodeScalars))
    }

    // MARK: text

    /// Found by `text` (the clause splitter reads the same words as the tokenizer): for text
    /// that is not all ASCII, `ClauseSplitter.split` cuts at break scalars (`,` `.` `;` CR …) and
    /// folds and tokenizes each piece alone, while the tokenizer folds the whole text and reads
    /// Characters. A combining mark right after a break (in the break's Character, or after CR
    /// or LF, where folding in context drops it) starts the next piece with no base, survives
    /// folding there and reads as a letter (U+0711, U+0653 and U+06D6 are alphabetic). So the
    /// splitter, and with it the theme rules and the model, sees a word that the tokenizer (search,
    /// concreteness, clustering) does not. Minimised inputs: ",\u{711}", "]\u{653}", "\r\u{6D6}".
    ///
    /// Fixed: both read from one pass, `Tokenizer.scan(_:word:separator:)`; the splitter cuts at
    /// the break scalars of the Characters it reports between words.
    @Test("the clause splitter reads the same words as the tokenizer when a combining mark follows a break",
          arguments: [",\u{711}", ",\u{711}abc", "Great team.\u{711}mentoring is lacking", "]\u{653}", "\r\u{6D6}"])
    func clauseSplitterAfterBreak(text: String) {
        var cache = StemCache()
        let words = ClauseSplitter.split(text, cache: &cache).tokens.map(\.word)
        #expect(words == Tokenizer.words(text))
    }

    /// The other half of the fix: a break that shares its Character with a mark still cuts.
    @Test("a break followed by a combining mark still ends the clause")
    func breakWithMarkStillCuts() {
        var cache = StemCache()
        let clauses = ClauseSplitter.clauses(of: "Great team.\u{711}mentoring is lacking", cache: &cache)
        #expect(clauses.map { $0.tokens.map(\.word) } == [["great", "team"], ["mentoring", "is", "lacking"]])
    }

    // MARK: backup

    /// Found by `backup` (a backup it accepts reads back the same after writing it): the
    /// `.iso8601` date strategy of Foundation on Linux reads fractions of a second
    /// ("2026-11-06T09:00:00.5Z", and even "09:00:001.5Z" as 09:00:01.5), which `Backup.encoded()`
    /// writes as whole seconds, so decode → encode → decode gives another backup. Candor never
    /// writes fractions and the store truncates instants anyway, so no restored data changes;
    /// but a backup is not "complete and consistent" if it does not survive its own round trip.
    /// Minimised input: the demo's backup with one instant given a fraction.
    ///
    /// Fixed: `CandorJSON.decoder()` reads instants of whole seconds only and refuses a fraction.
    @Test("an instant with a fraction of a second is refused, or survives a round trip", arguments: [".5Z", "1.5Z"])
    func backupSubsecondInstants(fraction: String) throws {
        var text = String(decoding: try BackupTests.demo().encoded(), as: UTF8.self)
        let instant = try #require(text.range(of: #"T\d\d:\d\d:\d\dZ""#, options: .regularExpression))
        text.replaceSubrange(text.index(instant.upperBound, offsetBy: -2)..<instant.upperBound, with: fraction + "\"")
        let backup = try? Backup.decode(Data(text.utf8))
        let reread = try backup.map { try Backup.decode($0.encoded()) }
        #expect(backup == nil || reread == backup)
    }
}


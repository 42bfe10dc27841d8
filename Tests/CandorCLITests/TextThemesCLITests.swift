import CandorCore
import Foundation
import Testing

/// `candor text themes`, run as a person would.
struct TextThemesCLITests {
    @Test func printsThePolarityAndOneLinePerTheme() throws {
        let run = try Sandbox().candor(["text", "themes"], input: Data("There is not enough mentoring\n".utf8))
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "polarity: negative")
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("growth  needs improving  ") == true)
        #expect(lines.last?.hasSuffix("(mentoring; cue: not enough)") == true, "the answer's own words, then the cue")
    }

    @Test func alignsSeveralThemes() throws {
        let run = try Sandbox().candor(["text", "themes", "--side", "other"],
                                       input: Data("I love the people but there are too many meetings".utf8))
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        // Aligned columns: theme, side, then the words that carried it and the rules' cue. Which
        // words weigh most is the trained model's to say, so only their place is checked here.
        #expect(lines.count == 3)
        #expect(lines.first == "polarity: neutral")
        #expect(lines[1].hasPrefix("people   loved            (") && lines[1].hasSuffix("; cue: love)"))
        #expect(lines[2].hasPrefix("process  needs improving  (") && lines[2].hasSuffix("; cue: too many)"))
    }

    @Test func saysWhenNoThemeIsFound() throws {
        let run = try Sandbox().candor(["text", "themes", "--side", "love"], input: Data("It's fine.".utf8))
        #expect(run.status == 0)
        #expect(run.output == "polarity: positive\nno theme detected\n")
        let empty = try Sandbox().candor(["text", "themes"])
        #expect(empty.status == 0)
        #expect(empty.output.contains("no theme detected"))
    }

    @Test func jsonDecodesAsAThemeReading() throws {
        let run = try Sandbox().candor(["text", "themes", "--side", "LOVE", "--json"],
                                       input: Data("There is not enough mentoring".utf8))
        #expect(run.status == 0, "\(run.errors)")
        let reading = try CandorJSON.decoder().decode(ThemeReading.self, from: Data(run.output.utf8))
        #expect(reading.side == .love)
        #expect(reading.polarity == .positive)
        #expect(reading.mentions.map(\.theme) == [.growth])
        #expect(reading.mentions.first?.polarity == .negative)
        #expect(reading.mentions.first?.cue == "not enough")
        #expect(reading == ThemeDetector.read("There is not enough mentoring", side: .love))
    }

    @Test func aBadSideIsAOneLineError() throws {
        let run = try Sandbox().candor(["text", "themes", "--side", "sideways"], input: Data("hello".utf8))
        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: --side: 'sideways' is not one of love, improve, other"])
        #expect(run.output.isEmpty)
    }

    @Test func nonUTF8InputIsRefused() throws {
        let run = try Sandbox().candor(["text", "themes"], input: Data([0x66, 0xFF, 0xFE, 0x0A]))
        #expect(run.status != 0)
        #expect(run.errors.contains("UTF-8"))
        #expect(run.output.isEmpty)
    }
}

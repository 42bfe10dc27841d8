import ArgumentParser
import CandorCore
import Foundation

extension TextCommand {
    struct Themes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which workplace themes one answer touches, read from standard input.",
            discussion: """
                The whole of standard input is read as one interviewer's answer. --side says which \
                question it answers: love ("what do you love here?") reads it as praise, improve \
                ("what could be better?") as problems, other lets the wording decide.

                  echo "There is not enough mentoring" | candor text themes
                """)

        @Option(help: ArgumentHelp("The question the answer replies to: \(AnswerSide.helpValues).", valueName: "side"))
        var side = AnswerSide.other.rawValue

        @Flag(help: "Print JSON instead of text.")
        var json = false

        func run() throws {
            let side = try AnswerSide.parse(side, field: "--side")
            let input = FileHandle.standardInput.readDataToEndOfFile()
            guard let text = String(data: input, encoding: .utf8) else {
                throw ValidationError("standard input is not UTF-8 text")
            }
            let reading = ThemeDetector.read(text, side: side)
            if json { return try Output.json(reading) }
            print(Self.lines(reading).joined(separator: "\n"))
        }

        /// `polarity: negative`, then one aligned line per theme:
        /// `growth  needs improving  (mentor; cue: not enough)`.
        static func lines(_ reading: ThemeReading) -> [String] {
            let header = "polarity: \(reading.polarity.rawValue)"
            guard !reading.mentions.isEmpty else { return [header, "no theme detected"] }
            let rows = reading.mentions.map { mention in
                let cue = mention.cue.map { "; cue: \(Output.printable($0))" } ?? ""
                return [mention.theme.rawValue, mention.polarity.label, "(\(mention.matched.joined(separator: ", "))\(cue))"]
            }
            return [header] + Output.aligned(rows)
        }
    }
}

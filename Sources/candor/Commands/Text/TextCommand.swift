import ArgumentParser

struct TextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Try out the text pipeline that compares what interviewers say.",
        subcommands: [Stem.self, Themes.self])
}

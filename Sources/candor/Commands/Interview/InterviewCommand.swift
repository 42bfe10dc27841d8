import ArgumentParser

struct InterviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Add, list and show interviews and who is on each panel; mark one done.",
        subcommands: [Add.self, List.self, Show.self, Done.self])
}

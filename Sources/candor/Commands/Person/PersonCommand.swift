import ArgumentParser

struct PersonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Add and list the people you meet at each company.",
        subcommands: [Add.self, List.self])
}

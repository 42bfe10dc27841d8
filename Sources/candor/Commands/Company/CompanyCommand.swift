import ArgumentParser

struct CompanyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "company",
        abstract: "Add, list, show, edit and remove the companies you are talking to.",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Status.self, Remove.self])
}

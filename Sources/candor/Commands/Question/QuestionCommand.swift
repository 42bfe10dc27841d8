import ArgumentParser

struct QuestionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "question",
        abstract: "List, search, add, edit, retire and delete the questions in your bank; import and export them.",
        discussion: "Questions are referred to by their id, or its first characters (at least 4) as `candor question list` shows.",
        subcommands: [List.self, Show.self, Add.self, Edit.self, Retire.self, Restore.self, Delete.self,
                      Import.self, Export.self])
}

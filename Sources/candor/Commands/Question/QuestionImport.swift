import ArgumentParser
import CandorCore
import CandorStore

extension QuestionCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add questions from a Markdown, CSV or JSON file.",
            discussion: """
                The format comes from --format or the file's extension (.md, .markdown, .txt, .csv, .json). \
                Questions already in the bank (same text, ignoring case, accents and punctuation) are skipped. \
                Rows that cannot be used are reported with their line and the rest is imported; a file that \
                cannot be used at all is refused and nothing is written. Try it first with --dry-run.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The file to import.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("The file's format: \(BankFormat.helpValues) (default: from the extension).", valueName: "format"))
        var format: String?

        @Flag(help: "Report what would be imported without writing anything.")
        var dryRun = false

        @Flag(help: "Print the report as JSON.")
        var json = false

        func run() async throws {
            let format = try QuestionCommand.format(format)
            // The file first: a missing file or a folder is the problem to report, not its name.
            let data = try FileInput.data(at: file, option: "file", maxBytes: BankImport.maxBytes)
            guard let format = format ?? BankFormat.guess(fileName: file) else {
                throw CandorError.invalidField(
                    field: "--format", reason: "cannot tell the format of \(file) from its name; give --format md, csv or json")
            }
            let parsed = try BankImport.parse(data, format: format)
            let dryRun = dryRun
            let report = try await database.withStore { store in try await store.importQuestions(parsed, dryRun: dryRun) }
            if json { return try Output.json(report) }
            print(report.summary)
            // A JSON file has no useful line numbers: its rejections count the questions in the list.
            let place = format == .json ? "question" : "line"
            for rejection in report.rejected {
                print("  \(place) \(rejection.line): \(rejection.reason)")
            }
        }
    }

    /// The `--format` of `import` and `export`; `markdown` is taken for `md`.
    static func format(_ input: String?) throws -> BankFormat? {
        guard let input else { return nil }
        if input.trimmingCharacters(in: .whitespaces).lowercased() == "markdown" { return .markdown }
        return try BankFormat.parse(input, field: "--format")
    }
}

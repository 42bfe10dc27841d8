import CandorCore
import Foundation
import Testing

/// `candor question …` as a person runs it, each test in its own folder and database (see ``Sandbox``).
struct QuestionCLITests {
    // MARK: Listing and searching

    @Test func listShowsTheStarterBank() throws {
        let sandbox = try Sandbox()
        let questions = try sandbox.listed(sandbox.candor("question", "list", "--json"))
        #expect(questions.count > 100)
        #expect(questions.allSatisfy { $0.origin == .starter && !$0.retired })
        #expect(questions.contains { $0.special == .closingLove })

        let table = try sandbox.candor("question", "list")
        #expect(table.status == 0, "\(table.errors)")
        let lines = table.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID        CATEGORY") == true)
        #expect(lines.last == "\(questions.count) questions")
        #expect(lines.count == questions.count + 2)
        #expect(lines.allSatisfy { $0.count <= 120 }, "a row is wider than 120 columns")
        #expect(lines.contains { $0.hasSuffix("…") }, "long texts are cut with an ellipsis")
    }

    @Test func searchFindsWordFormsBestMatchFirst() throws {
        let sandbox = try Sandbox()
        let json = try sandbox.candor("question", "list", "--search", "deploy", "--json")
        #expect(json.status == 0, "\(json.errors)")
        let found = try CandorJSON.decoder().decode([Question].self, from: Data(json.output.utf8))
        #expect(found.first?.text.hasPrefix("Tell me about the last deploy that went wrong") == true)

        // "Deployments" is a form of "deploy"; accents and case do not matter.
        #expect(try sandbox.candor("question", "add", "How many deployments reach production in a normal week?").status == 0)
        let accented = try sandbox.candor("question", "list", "--search", "DÉPLOYMENT", "--json")
        let texts = try CandorJSON.decoder().decode([Question].self, from: Data(accented.output.utf8)).map(\.text)
        #expect(texts.contains("How many deployments reach production in a normal week?"))
        #expect(texts.allSatisfy { $0.lowercased().contains("deploy") })

        let table = try sandbox.candor("question", "list", "--search", "deploy")
        #expect(table.output.hasSuffix("2 questions, best match first\n"))
    }

    @Test func filtersNarrowTheList() throws {
        let sandbox = try Sandbox()
        let all = try sandbox.listed(sandbox.candor("question", "list", "--json"))
        let forEngineers = try sandbox.listed(sandbox.candor("question", "list", "--json", "--audience", "engineer"))
        #expect(!forEngineers.isEmpty)
        #expect(forEngineers.allSatisfy { $0.audiences.contains(.engineer) || $0.audiences.contains(.any) })
        #expect(forEngineers.contains { $0.audiences == [.any] }, "--audience also lists questions meant for anyone")
        let startups = try sandbox.listed(sandbox.candor("question", "list", "--json", "--context", "startup"))
        #expect(!startups.isEmpty && startups.count < all.count)
        #expect(startups.allSatisfy { $0.contexts.contains(.startup) })
        #expect(try sandbox.listed(sandbox.candor("question", "list", "--json", "--origin", "own")).isEmpty)
        #expect(try sandbox.listed(sandbox.candor("question", "list", "--json", "--theme", "on-call")).allSatisfy { $0.themes.contains(.onCall) })
    }

    @Test func unknownAudienceIsOneLineWithTheValidValues() throws {
        let run = try Sandbox().candor("question", "list", "--audience", "nobody")
        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: --audience: 'nobody' is not one of \(Audience.allCases.map(\.rawValue).joined(separator: ", "))"])
    }

    // MARK: Changing the bank

    @Test func addEditRetireRestoreDelete() throws {
        let sandbox = try Sandbox()
        let added = try sandbox.candor(
            "question", "add", "What does {company} do when a release slips?", "--category", "engineering",
            "--audience", "engineer", "--audience", "hiring-manager", "--theme", "pace", "--minutes", "3")
        #expect(added.status == 0, "\(added.errors)")
        let id = try #require(added.output.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(added.output == "Added question \(id)\n")
        var question = try #require(try sandbox.listed(sandbox.candor("question", "list", "--json", "--origin", "own")).first)
        #expect(question.id.uuidString.lowercased().hasPrefix(id))
        #expect(question.audiences == [.engineer, .hiringManager])
        #expect(question.themes == [.pace])
        #expect(question.minutes == 3)
        #expect(!question.askEveryone)

        let edited = try sandbox.candor(
            "question", "edit", id, "--text", "What does {company} do when a release date slips?",
            "--audience", "executive", "--theme", "priorities", "--theme", "stability", "--purpose", "Blame or learning?",
            "--ask-everyone")
        #expect(edited.status == 0, "\(edited.errors)")
        #expect(edited.output == "Updated question \(id)\n")
        question = try #require(try sandbox.listed(sandbox.candor("question", "list", "--json", "--origin", "own")).first)
        #expect(question.text == "What does {company} do when a release date slips?")
        #expect(question.audiences == [.executive], "a repeatable option replaces the list")
        #expect(question.themes == [.priorities, .stability])
        #expect(question.category == "engineering", "options not given are kept")
        #expect(question.minutes == 3)
        #expect(question.purpose == "Blame or learning?")
        #expect(question.askEveryone)

        #expect(try sandbox.candor("question", "edit", id, "--clear-themes", "--no-ask-everyone").status == 0)
        question = try #require(try sandbox.listed(sandbox.candor("question", "list", "--json", "--origin", "own")).first)
        #expect(question.themes.isEmpty)
        #expect(!question.askEveryone)

        let show = try sandbox.candor("question", "show", id)
        #expect(show.status == 0)
        #expect(show.output.contains("Asked:"))
        #expect(show.output.contains("not yet"))
        let details = try JSONSerialization.jsonObject(with: Data(try sandbox.candor("question", "show", id, "--json").output.utf8))
        #expect((details as? [String: Any])?["asked"] as? Bool == false)

        #expect(try sandbox.candor("question", "retire", id).output == "Retired question \(id)\n")
        #expect(try sandbox.listed(sandbox.candor("question", "list", "--json", "--origin", "own")).isEmpty, "retired questions are not listed")
        #expect(try sandbox.listed(sandbox.candor("question", "list", "--json", "--origin", "own", "--include-retired")).first?.retired == true)
        #expect(try sandbox.candor("question", "list", "--origin", "own", "--include-retired").output.contains("own retired"))
        #expect(try sandbox.candor("question", "restore", id).output == "Restored question \(id)\n")
        #expect(try sandbox.listed(sandbox.candor("question", "list", "--json", "--origin", "own")).count == 1)

        #expect(try sandbox.candor("question", "delete", id).output == "Deleted question \(id)\n")
        #expect(try sandbox.listed(sandbox.candor("question", "list", "--json", "--origin", "own", "--include-retired")).isEmpty)
        let gone = try sandbox.candor("question", "show", id)
        #expect(gone.status == 1)
        #expect(gone.errorLines.count == 1)
    }

    @Test func closingQuestionsCannotBeDeletedOrLoseTheirPlaceholder() throws {
        let sandbox = try Sandbox()
        let closing = try #require(try sandbox.listed(sandbox.candor("question", "list", "--json")).first { $0.special == .closingLove })
        let id = String(closing.id.uuidString.lowercased().prefix(8))

        let deleted = try sandbox.candor("question", "delete", id)
        #expect(deleted.status == 1)
        #expect(deleted.errorLines.count == 1)
        #expect(deleted.errors.contains("cannot be deleted"))

        let edited = try sandbox.candor("question", "edit", id, "--text", "What do you love about working here?")
        #expect(edited.status == 1)
        #expect(edited.errorLines.count == 1)
        #expect(edited.errors.contains("{company}"))
        #expect(try sandbox.listed(sandbox.candor("question", "list", "--json")).contains { $0.id == closing.id && $0.text == closing.text })
    }

    // MARK: Import

    @Test func markdownImportDryRunThenRealThenDuplicates() throws {
        let sandbox = try Sandbox()
        let file = sandbox.path("my-questions.md")
        try """
            # My questions

            Some notes that are not questions.

            ## Team

            - How big is the team, and who does what?
              - Who would I work with most closely?
              - Not a question, just a reminder
            - Tell me about the last person who left the team.

            ## On-call

            1. How often is each person on call?
               * What happens after a night with pages?

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let before = try sandbox.listed(sandbox.candor("question", "list", "--json")).count

        let dryRun = try sandbox.candor("question", "import", file, "--dry-run")
        #expect(dryRun.status == 0, "\(dryRun.errors)")
        #expect(dryRun.output == "Would add 5, skipped 0 duplicates, rejected 0. Nothing was written (dry run).\n")
        #expect(try sandbox.listed(sandbox.candor("question", "list", "--json")).count == before)

        let real = try sandbox.candor("question", "import", file)
        #expect(real.output == "Added 5, skipped 0 duplicates, rejected 0.\n")
        let own = try sandbox.listed(sandbox.candor("question", "list", "--json", "--origin", "own"))
        #expect(own.count == 5)
        #expect(own.first { $0.text == "Who would I work with most closely?" }?.category == "team")
        #expect(own.first { $0.text == "What happens after a night with pages?" }?.category == "on-call")
        #expect(!own.contains { $0.text.contains("reminder") })

        let again = try sandbox.candor("question", "import", file, "--json")
        #expect(again.status == 0)
        let report = try CandorJSON.decoder().decode(ImportReport.self, from: Data(again.output.utf8))
        #expect(report == ImportReport(added: 0, skippedDuplicates: 5, rejected: [], dryRun: false))
        #expect(try sandbox.listed(sandbox.candor("question", "list", "--json")).count == before + 5)
    }

    @Test func csvWithAnUnknownThemeNamesTheLineAndWritesNothing() throws {
        let sandbox = try Sandbox()
        let file = sandbox.path("questions.csv")
        try """
            text,category,audiences,themes,minutes
            How are priorities set?,team,engineer,priorities,3
            What is the on-call rotation like?,engineering,engineer,sleep,2

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let run = try sandbox.candor("question", "import", file)
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.errors.contains("line 3"))
        #expect(run.errors.contains("unknown theme 'sleep'"))
        #expect(run.errors.contains("Nothing was written"))
        #expect(try sandbox.listed(sandbox.candor("question", "list", "--json", "--origin", "own")).isEmpty)
    }

    @Test func csvRejectionsAreReportedAndTheRestImported() throws {
        let sandbox = try Sandbox()
        let file = sandbox.path("questions.csv")
        try """
            text,minutes
            How are priorities set?,3
            What is the on-call rotation like?,99

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let run = try sandbox.candor("question", "import", file)
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Added 1, skipped 0 duplicates, rejected 1.")
        #expect(lines.dropFirst().first?.hasPrefix("  line 3: ") == true)
    }

    @Test func unusableFilesAreRefusedInOneLine() throws {
        let sandbox = try Sandbox()
        let unknownKind = sandbox.path("questions.dat")
        try "How are priorities set?\n".write(toFile: unknownKind, atomically: true, encoding: .utf8)
        let guess = try sandbox.candor("question", "import", unknownKind)
        #expect(guess.status == 1)
        #expect(guess.errorLines.count == 1)
        #expect(guess.errors.contains("--format"))

        for path in [sandbox.path("missing.md"), sandbox.folder.path] {
            let run = try sandbox.candor("question", "import", path, "--format", "md")
            #expect(run.status == 1)
            #expect(run.errorLines.count == 1, "\(run.errors)")
        }

        let big = sandbox.path("big.csv")
        try Data(count: 5 * 1024 * 1024 + 1).write(to: URL(fileURLWithPath: big))
        let tooBig = try sandbox.candor("question", "import", big)
        #expect(tooBig.status == 1)
        #expect(tooBig.errors.contains("the limit is"))
    }

    // MARK: Export

    @Test(arguments: ["md", "csv", "json"])
    func exportImportsIntoAFreshDatabaseAsDuplicates(format: String) throws {
        let sandbox = try Sandbox()
        let file = sandbox.path("bank.\(format)")
        let exported = try sandbox.candor("question", "export", "--format", format, "--output", file)
        #expect(exported.status == 0, "\(exported.errors)")
        let count = try sandbox.listed(sandbox.candor("question", "list", "--json")).count
        #expect(exported.output.hasPrefix("Exported \(count) questions as "))

        let fresh = sandbox.path("fresh.sqlite")
        let run = try sandbox.candor("question", "import", file, "--db", fresh)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "Added 0, skipped \(count) duplicates, rejected 0.\n")
    }

    @Test func exportCarriesYourQuestionsToAnotherDatabase() throws {
        let sandbox = try Sandbox()
        let text = "What would {company} stop doing if it had half the people?"
        #expect(try sandbox.candor("question", "add", text, "--theme", "priorities", "--minutes", "4").status == 0)
        let stdout = try sandbox.candor("question", "export")
        #expect(stdout.output.hasPrefix("{"))
        #expect(stdout.output.contains("\"format\" : \"candor-questions\""))
        let file = sandbox.path("bank.json")
        try stdout.output.write(toFile: file, atomically: true, encoding: .utf8)

        let other = sandbox.path("other.sqlite")
        let run = try sandbox.candor("question", "import", file, "--db", other)
        #expect(run.output.hasPrefix("Added 1, "))
        let copied = try sandbox.listed(sandbox.candor("question", "list", "--json", "--origin", "own", "--db", other))
        #expect(copied.map(\.text) == [text])
        #expect(copied.first?.themes == [.priorities])
        #expect(copied.first?.minutes == 4)
    }

    @Test func retiredQuestionsAreExportedOnlyWhenAskedFor() throws {
        let sandbox = try Sandbox()
        let added = try sandbox.candor("question", "add", "Who decides what the team works on?")
        let id = try #require(added.output.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(try sandbox.candor("question", "retire", id).status == 0)
        #expect(!(try sandbox.candor("question", "export").output.contains("Who decides what the team works on?")))
        let file = sandbox.path("all.md")
        #expect(try sandbox.candor("question", "export", "--include-retired", "--format", "md", "-o", file).status == 0)

        let other = sandbox.path("other.sqlite")
        #expect(try sandbox.candor("question", "import", file, "--db", other).output.hasPrefix("Added 1, "))
        let copied = try sandbox.listed(sandbox.candor("question", "list", "--json", "--origin", "own", "--include-retired", "--db", other))
        #expect(copied.map(\.retired) == [true])
    }
}

extension Sandbox {
    /// The questions a `candor question list --json` run printed.
    func listed(_ run: Run) throws -> [Question] {
        guard run.status == 0 else { throw ListFailed(errors: run.errors) }
        return try CandorJSON.decoder().decode([Question].self, from: Data(run.output.utf8))
    }

    struct ListFailed: Error, CustomStringConvertible {
        var errors: String
        var description: String { "question list failed: \(errors)" }
    }
}

import CandorCore
import Foundation
import Testing

/// Runs the built `candor` binary as a person would, each test in its own folder and database.
struct CLITests {
    @Test func helpListsEveryCommand() throws {
        let run = try Sandbox().candor("--help")
        #expect(run.status == 0)
        for command in ["serve", "company", "person", "interview", "plan", "answer", "answers", "question", "profile", "schedule", "status", "demo", "export", "import-backup", "text"] {
            #expect(run.output.contains("  \(command) "), "--help does not list \(command)")
        }
    }

    @Test func demoLoadsThreeCompanies() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("demo").status == 0)
        let list = try sandbox.candor("company", "list", "--json")
        #expect(list.status == 0)
        let companies = try CandorJSON.decoder().decode([Company].self, from: Data(list.output.utf8))
        #expect(companies.count == 3)
    }

    @Test func emptyListsPrintAnEmptyJSONArray() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("company", "list", "--json").output == "[]\n")
        #expect(try sandbox.candor("company", "list").output.contains("candor demo"))
    }

    @Test func exportRestoreExportGivesIdenticalBytes() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("demo").status == 0)
        let first = sandbox.path("first.json")
        let second = sandbox.path("second.json")
        #expect(try sandbox.candor("export", "--json", "--output", first).status == 0)
        let restored = try sandbox.candor("import-backup", first, "--db", sandbox.path("restored.sqlite"))
        #expect(restored.status == 0, "\(restored.errors)")
        #expect(try sandbox.candor("export", "--json", "--output", second, "--db", sandbox.path("restored.sqlite")).status == 0)
        let firstBytes = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(!firstBytes.isEmpty)
        #expect(firstBytes == (try Data(contentsOf: URL(fileURLWithPath: second))))
    }

    @Test func exportWithoutAFormatIsBadUsage() throws {
        let run = try Sandbox().candor("export")
        #expect(run.status == 64)
        #expect(run.errors.contains("--json"))
    }

    @Test func badStageNamesTheOptionAndTheValidValues() throws {
        let run = try Sandbox().candor("company", "add", "Acme", "--stage", "huge")
        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: --stage: 'huge' is not one of startup, scaleup, enterprise"])
    }

    @Test func textFileAsDatabaseIsRefusedAndLeftUntouched() throws {
        let sandbox = try Sandbox()
        let notes = sandbox.path("notes.txt")
        let content = Data("Remember to ask about on-call.\n".utf8)
        try content.write(to: URL(fileURLWithPath: notes))
        let run = try sandbox.candor("company", "list", "--db", notes)
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.errors.contains("not a Candor (SQLite) database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: notes)) == content)
    }

    @Test func bothDatabaseOptionsIsBadUsage() throws {
        let sandbox = try Sandbox()
        let run = try sandbox.candor("company", "list", "--db", sandbox.path("a.sqlite"), "--database-url", "postgres://localhost/candor")
        #expect(run.status == 64)
        #expect(run.errors.contains("not both"))
    }

    @Test func unknownCompanyGivesTheHint() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("demo").status == 0)
        let run = try sandbox.candor("company", "show", "Globex")
        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: No company matches 'Globex'. Run `candor company list` to see names and ids."])
    }

    @Test func badTimeZoneNamesTheFieldAndSavesNothing() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("company", "add", "Acme").status == 0)
        let run = try sandbox.candor(
            "interview", "add", "Acme", "--at", "2026-03-14 15:30", "--tz", "Mars/Olympus", "--with", "Dana Park:engineer")
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.errors.contains("--tz"))
        #expect(try sandbox.candor("interview", "list", "--json").output == "[]\n")
        #expect(try sandbox.candor("person", "list", "--json").output == "[]\n")
    }

    @Test func refusedInterviewLeavesNoNewPeopleBehind() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("company", "add", "Acme").status == 0)
        // The duration is only checked when the interview is saved, after the people were added.
        let run = try sandbox.candor(
            "interview", "add", "Acme", "--at", "2026-03-14 15:30", "--tz", "UTC", "--minutes", "0", "--with", "Dana Park:engineer")
        #expect(run.status == 1)
        #expect(run.errors.contains("duration"))
        #expect(try sandbox.candor("person", "list", "--json").output == "[]\n")
    }

    @Test func aNewPersonOnAPanelNeedsARole() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("company", "add", "Acme").status == 0)
        let run = try sandbox.candor("interview", "add", "Acme", "--at", "2030-03-14 15:30", "--tz", "UTC", "--with", "Dana Park")
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.errors.contains("say what Dana Park does (hiring manager, engineer, recruiter, …): the role decides what to ask them"))
        #expect(try sandbox.candor("interview", "list", "--json").output == "[]\n")
        #expect(try sandbox.candor("person", "list", "--json").output == "[]\n")

        // With a role, and no --kind: the kind the panel suggests.
        let added = try sandbox.candor("interview", "add", "Acme", "--at", "2030-03-14 15:30", "--tz", "UTC", "--with", "Dana Park:hiring-manager")
        #expect(added.status == 0, "\(added.errors)")
        let interviews = try CandorJSON.decoder().decode([Interview].self, from: Data(try sandbox.candor("interview", "list", "--json").output.utf8))
        #expect(interviews.map(\.kind) == [.hiringManager])
    }

    @Test func interviewAddKeepsPanelOrderAndReusesKnownPeople() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("company", "add", "Acme").status == 0)
        #expect(try sandbox.candor("person", "add", "Acme", "Dana Park", "--role", "hiring-manager").status == 0)
        let added = try sandbox.candor(
            "interview", "add", "acme", "--at", "2026-03-14 15:30", "--tz", "Europe/Berlin", "--kind", "technical",
            "--with", "Sam Lee:engineer", "--with", "dana park")
        #expect(added.status == 0, "\(added.errors)")
        let list = try sandbox.candor("interview", "list", "--json")
        let interviews = try CandorJSON.decoder().decode([Interview].self, from: Data(list.output.utf8))
        #expect(interviews.count == 1)
        #expect(interviews.first?.participants.map(\.name) == ["Sam Lee", "Dana Park"])
        #expect(interviews.first?.participants.map(\.roleKind) == [.engineer, .hiringManager])
        #expect(interviews.first?.timeZone == "Europe/Berlin")
        let people = try sandbox.candor("person", "list", "--json")
        #expect(try CandorJSON.decoder().decode([Person].self, from: Data(people.output.utf8)).count == 2)
    }

    @Test func removeWithoutATerminalAsksForYes() throws {
        let sandbox = try Sandbox()
        #expect(try sandbox.candor("company", "add", "Acme").status == 0)
        let refused = try sandbox.candor("company", "remove", "Acme")
        #expect(refused.status == 1)
        #expect(refused.errors.contains("--yes"))
        #expect(try sandbox.candor("company", "remove", "Acme", "--yes").status == 0)
        #expect(try sandbox.candor("company", "list", "--json").output == "[]\n")
    }
}

/// A temporary folder whose default database is its own, and a way to run `candor` in it.
final class Sandbox {
    let folder: URL
    /// Variables set for every run on top of the test's own (after the database ones are cleared).
    var environment: [String: String] = [:]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("candor-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    struct Run {
        var status: Int32
        var output: String
        var errors: String
        var errorLines: [String] { errors.split(whereSeparator: \.isNewline).map(String.init) }
    }

    /// Runs the binary with these arguments (see the array form).
    func candor(_ arguments: String...) throws -> Run {
        try candor(arguments)
    }

    /// Runs the binary with `input` as its standard input (closed when `nil`); input and
    /// output go through files, so a large export cannot fill a pipe and stall the child.
    func candor(_ arguments: [String], input: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = folder.path
        environment["CANDOR_DB"] = nil
        environment["CANDOR_DATABASE_URL"] = nil
        environment.merge(self.environment) { _, set in set }
        process.environment = environment
        let outputFile = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errorFile = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)
        let output = try FileHandle(forWritingTo: outputFile)
        let errors = try FileHandle(forWritingTo: errorFile)
        defer { try? output.close(); try? errors.close() }
        let inputHandle = try input.map { data in
            let inputFile = folder.appendingPathComponent("stdin-\(UUID().uuidString)")
            try data.write(to: inputFile)
            return try FileHandle(forReadingFrom: inputFile)
        }
        defer { try? inputHandle?.close() }
        process.standardInput = inputHandle ?? FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            output: try String(contentsOf: outputFile, encoding: .utf8),
            errors: try String(contentsOf: errorFile, encoding: .utf8))
    }

    /// The `candor` built next to this test bundle, or in the package's `.build/debug`.
    static func binary() throws -> URL {
        let nextToTests = Bundle.main.bundleURL
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            nextToTests.appendingPathComponent("candor"),
            nextToTests.deletingLastPathComponent().appendingPathComponent("candor"),
            packageRoot.appendingPathComponent(".build/debug/candor"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw BinaryMissing(looked: candidates.map(\.path))
        }
        return found
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        var looked: [String]
        var description: String { "candor binary not found; build it first. Looked in: \(looked.joined(separator: ", "))" }
    }
}

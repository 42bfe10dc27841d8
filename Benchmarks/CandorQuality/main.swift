import CandorCore
import Foundation

// candor-quality: how well Candor reads interview answers, against the labelled corpus.
//
//   candor-quality report [--split test|dev] [--corpus DIR] [--floors FILE] [--mistakes FILE] [--json]
//       Scores Candor's reading and prints the figures; with --floors, exits 1 when one falls
//       below its floor. --mistakes writes every disagreement (dev split only: the test split
//       is held out, and reading its mistakes would be tuning on it).
//   candor-quality train [--corpus DIR] [--output FILE]
//       Trains the theme model on DIR/dev.jsonl (and DIR/train-extra.jsonl when present) and
//       writes it (default Sources/CandorCore/Resources/theme-model.json).
//   candor-quality features [--corpus DIR] [--output FILE]
//       Writes the development side's answers with their features and labels (JSON Lines), to
//       try a change to the features or the learner before changing the trainer.
//   candor-quality conclusions [--corpus DIR]
//       Writes DIR/conclusions.jsonl: what a careful reader concludes about each company.

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

do {
    let corpus = option("--corpus") ?? "Benchmarks/Corpus"
    switch arguments.first {
    case "report":
        let split = option("--split") ?? "test"
        guard ["test", "dev"].contains(split) else { throw QualityError("--split is test or dev, got \(split)") }
        let companies = try Corpus.load("\(corpus)/\(split).jsonl")
        let mistakesPath = option("--mistakes")
        if mistakesPath != nil, split == "test" {
            throw QualityError("the test split is held out: read mistakes on --split dev")
        }
        try ConclusionsFile.check(corpus: corpus)
        let report = Scoring.score(companies, reader: TextReader(), keepMistakes: mistakesPath != nil)
        if let mistakesPath {
            try report.mistakes.joined(separator: "\n").write(toFile: mistakesPath, atomically: true, encoding: .utf8)
        }
        if arguments.contains("--json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            var copy = report
            copy.mistakes = []
            print(String(decoding: try encoder.encode(copy), as: UTF8.self))
        } else {
            ReportText.print(report, split: split)
        }
        if let floorsPath = option("--floors") {
            let failures = try Floors.load(floorsPath).failures(report)
            if !failures.isEmpty {
                print("\nBelow the floors in \(floorsPath):")
                failures.forEach { print("  - \($0)") }
                exit(1)
            }
            print("\nEvery figure is at or above its floor (\(floorsPath)).")
        }
    case "train":
        var companies = try Corpus.load("\(corpus)/dev.jsonl")
        var sources = ["dev.jsonl"]
        if FileManager.default.fileExists(atPath: "\(corpus)/train-extra.jsonl") {
            companies += try Corpus.load("\(corpus)/train-extra.jsonl")
            sources.append("train-extra.jsonl")
        }
        let output = option("--output") ?? "Sources/CandorCore/Resources/theme-model.json"
        print("Training on \(companies.count) companies (\(sources.joined(separator: " + "))); the test split is not read.")
        let trainedOn = "\(sources.joined(separator: " + ")): \(companies.count) companies, \(companies.map(\.answers.count).reduce(0, +)) answers"
        let stored = Trainer(companies: companies, trainedOn: trainedOn).train { print($0) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(stored).write(to: URL(fileURLWithPath: output))
        print("wrote \(output) (\(stored.weights.count) features)")
    case "features":
        var companies = try Corpus.load("\(corpus)/dev.jsonl")
        if FileManager.default.fileExists(atPath: "\(corpus)/train-extra.jsonl") {
            companies += try Corpus.load("\(corpus)/train-extra.jsonl")
        }
        let output = option("--output") ?? "/tmp/candor-features.jsonl"
        try FeatureDump.write(companies, to: output)
        print("wrote \(output) (\(companies.count) companies of the development side)")
    case "conclusions":
        try ConclusionsFile.write(corpus: corpus)
        print("wrote \(corpus)/\(ConclusionsFile.name)")
    default:
        FileHandle.standardError.write(Data("usage: candor-quality report [--split test|dev] [--floors FILE] [--mistakes FILE] [--json] | conclusions\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("candor-quality: \(error)\n".utf8))
    exit(1)
}

import CandorCore
import Foundation

/// `conclusions.jsonl`: what a careful reader concludes about each company of the corpus,
/// computed from the labels by Candor's own rules (`CarefulReader` through `InsightEngine`).
/// It is kept in the repository so the labels' consequences can be read and reviewed; the
/// report refuses to run when it no longer matches the labels.
enum ConclusionsFile {
    static let name = "conclusions.jsonl"

    struct Line: Codable, Equatable {
        var company: String
        var split: String
        var conclusions: [String]
    }

    static func lines(corpus: String) throws -> [Line] {
        var lines: [Line] = []
        var cache = StemCache()
        for split in ["dev", "test"] {
            for company in try Corpus.load("\(corpus)/\(split).jsonl") {
                let item = CompanyCase(company)
                let insight = InsightEngine.analyze(item.input, reader: CarefulReader(answers: item.answers), cache: &cache)
                lines.append(Line(company: company.id, split: split, conclusions: Scoring.conclusions(insight).sorted()))
            }
        }
        return lines
    }

    static func render(_ lines: [Line]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try lines.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
    }

    static func write(corpus: String) throws {
        try render(try lines(corpus: corpus)).write(toFile: "\(corpus)/\(name)", atomically: true, encoding: .utf8)
    }

    static func check(corpus: String) throws {
        let stored = try? String(contentsOfFile: "\(corpus)/\(name)", encoding: .utf8)
        guard stored == (try render(try lines(corpus: corpus))) else {
            throw QualityError("\(corpus)/\(name) does not match the labels: run `candor-quality conclusions`")
        }
    }
}

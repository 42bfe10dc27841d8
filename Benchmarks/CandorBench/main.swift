import Foundation

// candor-bench: seeded synthetic interview answers, and the time Candor takes to analyse them.
// Build with `-c release`; Benchmarks/run does everything, including the scikit-learn baseline.

let usage = """
    usage: candor-bench generate --count N --seed S --out FILE.jsonl
           candor-bench run --input FILE.jsonl [--json] [--runs R] [--report FILE.json]
                            [--clusters-out FILE.json]

    generate  writes N seeded synthetic answers, one JSON object per line
    run       times the analysis of those answers (build with -c release);
              --report also writes the figures as JSON, --clusters-out the
              members of each cluster (for the baseline's quality figure)
    """

do {
    let arguments = CommandLine.arguments.dropFirst()
    switch arguments.first {
    case "generate":
        let options = try Arguments(arguments.dropFirst(), flagNames: [])
        let count: Int = try options.integer("count", default: 100_000)
        var generator = AnswerGenerator(seed: try options.integer("seed", default: 42))
        let out = try options.string("out")
        try AnswerFile.write(generator.answers(count: count), to: out)
        print("wrote \(count) answers to \(out)")
    case "run":
        let options = try Arguments(arguments.dropFirst(), flagNames: ["json"])
        let answers = try AnswerFile.read(from: try options.string("input"))
        let (report, clusters) = BenchRun(answers: answers, runs: try options.integer("runs", default: 20)).measure()
        print(options.flag("json") ? report.json : report.text)
        if let path = options.optionalString("report") {
            try Data((report.json + "\n").utf8).write(to: URL(fileURLWithPath: path))
        }
        if let path = options.optionalString("clusters-out") {
            try JSONEncoder().encode(clusters.map(\.members)).write(to: URL(fileURLWithPath: path))
        }
    case "--help", "-h", "help":
        print(usage)
    default:
        throw BenchError(usage)
    }
} catch {
    FileHandle.standardError.write(Data("candor-bench: \(error)\n".utf8))
    exit(2)
}

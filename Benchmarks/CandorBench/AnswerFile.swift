import Foundation

/// Reads and writes answers as JSON Lines: one object per line, keys sorted, UTF-8.
enum AnswerFile {
    static func write(_ answers: [BenchAnswer], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        data.reserveCapacity(answers.count * 300)
        for answer in answers {
            data.append(try encoder.encode(answer))
            data.append(0x0A)
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    static func read(from path: String) throws -> [BenchAnswer] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let decoder = JSONDecoder()
        var answers: [BenchAnswer] = []
        for (number, line) in data.split(separator: 0x0A).enumerated() where !line.allSatisfy(Self.isSpace) {
            do {
                answers.append(try decoder.decode(BenchAnswer.self, from: Data(line)))
            } catch {
                throw BenchError("\(path), line \(number + 1): not a valid answer (\(error))")
            }
        }
        return answers
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}

/// A message for the person running the benchmark; printed without a stack trace.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

import ArgumentParser
import CandorCore
import Foundation

extension TextCommand {
    struct Stem: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the English (Porter2) stem of each word read from standard input.",
            discussion: """
                Words are separated by white space (one a line, or several on a line); each is \
                lowercased and stemmed as it is, without further tokenizing. One stem is printed \
                per line, in the order of the words.

                  echo "running runs ran" | candor text stem
                """)

        func run() throws {
            // All of stdin at once and all of the output in one write: this runs over word lists of
            // 100,000+ words (scripts/check-stemmer), where per-line reads and prints dominate.
            let input = FileHandle.standardInput.readDataToEndOfFile()
            guard let text = String(data: input, encoding: .utf8) else {
                throw ValidationError("standard input is not UTF-8 text")
            }
            var output = ""
            output.reserveCapacity(input.count + input.count / 4)
            for word in Self.words(text) {
                output += Porter2.stem(Self.lowercased(word))
                output += "\n"
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }

        /// The white-space separated words, split on Unicode scalars so that a combining mark after
        /// a space starts a word instead of joining the space.
        static func words(_ text: String) -> [Substring] {
            text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }).map { Substring($0) }
        }

        /// Lowercase, the quick way for ASCII words (the vast majority).
        static func lowercased(_ word: Substring) -> String {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(word.utf8.count)
            for byte in word.utf8 {
                guard byte < 0x80 else { return word.lowercased() }
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}

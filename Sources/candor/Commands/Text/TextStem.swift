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
            // 100,000+ words (scripts/check-stemmer, Benchmarks/stemmer), where per-line reads and
            // prints would dominate.
            let input = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            guard let output = Self.stems(of: input) else {
                throw ValidationError("standard input is not UTF-8 text")
            }
            FileHandle.standardOutput.write(Data(output))
        }

        /// One stem a line for the words of `input`, or nil when it is not UTF-8.
        ///
        /// The input is cut at ASCII white space byte by byte. A piece that is all ASCII (nearly
        /// every word) is lowercased and stemmed as bytes, with no `String` made; any other piece
        /// goes the Unicode way (`words`, `lowercased`, `Porter2.stem`), which also splits it at
        /// Unicode white space. As every ASCII white-space byte is white space in Unicode too, the
        /// words are the same as splitting the whole text the Unicode way, only faster. UTF-8 never
        /// uses an ASCII byte inside a longer sequence, so checking each piece checks the whole.
        static func stems(of input: [UInt8]) -> [UInt8]? {
            var output: [UInt8] = []
            output.reserveCapacity(input.count + input.count / 4)
            var stems = Porter2.ASCIIStems()
            var lowered: [UInt8] = []
            let valid = input.withUnsafeBufferPointer { bytes -> Bool in
                var i = 0
                while i < bytes.count {
                    while i < bytes.count && isASCIIWhiteSpace(bytes[i]) { i += 1 }
                    guard i < bytes.count else { break }
                    let start = i
                    var ascii = true
                    while i < bytes.count && !isASCIIWhiteSpace(bytes[i]) {
                        if bytes[i] >= 0x80 { ascii = false }
                        i += 1
                    }
                    let piece = UnsafeBufferPointer(rebasing: bytes[start..<i])
                    if ascii {
                        lowered.removeAll(keepingCapacity: true)
                        for byte in piece { lowered.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
                        lowered.withUnsafeBufferPointer { stems.stem($0, appendingTo: &output) }
                        output.append(0x0A)
                    } else {
                        guard let text = String(validating: piece, as: UTF8.self) else { return false }
                        for word in words(text) {
                            output.append(contentsOf: Porter2.stem(word.lowercased()).utf8)
                            output.append(0x0A)
                        }
                    }
                }
                return true
            }
            return valid ? output : nil
        }

        /// Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII code points
        /// with Unicode's White_Space property.
        @inline(__always)
        static func isASCIIWhiteSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
        }

        /// The white-space separated words, split on Unicode scalars so that a combining mark after
        /// a space starts a word instead of joining the space.
        static func words(_ text: String) -> [Substring] {
            text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }).map { Substring($0) }
        }
    }
}

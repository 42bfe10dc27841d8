import CandorCore
import Foundation

/// Text read from standard input, such as an answer piped in or pasted.
enum StandardInput {
    /// All of standard input as UTF-8 text, byte for byte, except that one final line break
    /// (`\n`, or `\r\n`) is taken off: the one a shell or an editor adds after the last line.
    ///
    /// Reading stops with an error past `maxBytes`, so `yes | candor …` cannot fill memory.
    /// Bytes that are not UTF-8 are refused rather than replaced.
    static func text(field: String, maxBytes: Int) throws -> String {
        var data = Data()
        while let chunk = try FileHandle.standardInput.read(upToCount: 65_536), !chunk.isEmpty {
            data.append(chunk)
            guard data.count <= maxBytes else {
                throw CandorError.invalidField(
                    field: field, reason: "standard input is over \(maxBytes / 1_048_576) MB; nothing was saved")
            }
        }
        if data.last == UInt8(ascii: "\n") {
            data.removeLast()
            if data.last == UInt8(ascii: "\r") { data.removeLast() }
        }
        let text = String(decoding: data, as: UTF8.self)
        // Decoding replaces bad bytes with U+FFFD; a round trip that differs means there were some.
        guard text.utf8.elementsEqual(data) else {
            throw CandorError.invalidField(field: field, reason: "standard input is not UTF-8 text; nothing was saved")
        }
        return text
    }

    /// Whether standard input is a terminal (a person typing) rather than a pipe or a file.
    static var isTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}

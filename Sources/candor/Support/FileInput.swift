import CandorCore
import Foundation

/// Reads files named on the command line, refusing unreadable or oversized ones with one line.
enum FileInput {
    /// The file's bytes; its size is checked first so a huge file is never read into memory.
    static func data(at path: String, option: String, maxBytes: Int) throws -> Data {
        let expanded = (path as NSString).expandingTildeInPath
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: expanded, isDirectory: &isFolder) else {
            throw CandorError.invalidField(field: option, reason: "\(path) does not exist")
        }
        guard !isFolder.boolValue else {
            throw CandorError.invalidField(field: option, reason: "\(path) is a folder, not a file")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: expanded)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxBytes else {
            throw CandorError.invalidField(
                field: option, reason: "\(path) is \(megabytes(size)) MB; the limit is \(megabytes(maxBytes)) MB")
        }
        guard FileManager.default.isReadableFile(atPath: expanded), let data = FileManager.default.contents(atPath: expanded) else {
            throw CandorError.invalidField(field: option, reason: "\(path) cannot be read (check its permissions)")
        }
        return data
    }

    /// The file as UTF-8 text.
    static func text(at path: String, option: String, maxBytes: Int) throws -> String {
        guard let text = String(data: try data(at: path, option: option, maxBytes: maxBytes), encoding: .utf8) else {
            throw CandorError.invalidField(field: option, reason: "\(path) is not UTF-8 text")
        }
        return text
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_048_576)
    }
}

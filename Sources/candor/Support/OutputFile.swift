import CandorCore
import Foundation

/// Writes what an export command produces: to standard output, or to a file named on the command line.
enum OutputFile {
    /// Writes `data` to standard output when `path` is `nil`, otherwise to the file at `path`.
    ///
    /// A file is written atomically (to a temporary file, then renamed), so an existing one is never
    /// left half-overwritten if the disk fills up or the process is killed.
    static func write(_ data: Data, to path: String?, option: String = "--output") throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        let expanded = (path as NSString).expandingTildeInPath
        do {
            try data.write(to: URL(fileURLWithPath: expanded), options: .atomic)
        } catch {
            throw CandorError.invalidField(field: option, reason: "cannot write \(path)")
        }
    }
}

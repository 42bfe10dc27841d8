import CandorCore
import Foundation

/// Writes what an export command produces: to standard output, or to a file named on the command line.
enum OutputFile {
    /// Writes `data` to standard output when `path` is `nil`, otherwise to the file at `path`.
    ///
    /// The file is readable and writable by its owner only (mode 600).
    /// A file is written atomically (to a temporary file, then renamed), so an existing one is never
    /// left half-overwritten if the disk fills up or the process is killed.
    static func write(_ data: Data, to path: String?, option: String = "--output") throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        let expanded = (path as NSString).expandingTildeInPath
        // The temporary file of an atomic write is made under this mask, so the notes are never
        // readable by others, not even for the moment before the permissions are set.
        let previousMask = umask(0o077)
        defer { umask(previousMask) }
        do {
            try data.write(to: URL(fileURLWithPath: expanded), options: .atomic)
            // Exports hold the candidate's notes: the owner alone may read them, as the database.
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: expanded)
        } catch {
            throw CandorError.invalidField(field: option, reason: "cannot write \(path)")
        }
    }
}

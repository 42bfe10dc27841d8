import Foundation

// Compiled with every harness (scripts/fuzz). The harnesses `@testable import CandorCore`, which
// scripts/fuzz builds once with -enable-testing, so they reach the readers' internals too.

/// Stops the run when an invariant fails. libFuzzer sees the trap as a crash, keeps the input
/// and prints this message above the stack trace.
func require(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
) {
    guard !condition() else { return }
    let text = "\nINVARIANT FAILED (\(file):\(line)): \(message())\n"
    FileHandle.standardError.write(Data(text.utf8))
    fatalError("invariant failed", file: file, line: line)
}

/// The input as UTF-8 text the way an upload or a form would give it: invalid bytes become U+FFFD.
func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
}

/// `String(reflecting:)` cut short, for messages.
func show(_ value: Any, limit: Int = 300) -> String {
    let text = String(reflecting: value)
    return text.count <= limit ? text : String(text.prefix(limit)) + "…"
}

/// Reads structured values off the front of the input, then hands out the rest: a harness
/// keeps libFuzzer's byte mutations meaningful by taking a few control bytes and text fields.
struct FuzzReader {
    private var bytes: ArraySlice<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = ArraySlice(bytes)
    }

    /// The next byte, or 0 when the input is used up.
    mutating func byte() -> UInt8 {
        bytes.popFirst() ?? 0
    }

    /// One of `choices`, picked by the next byte.
    mutating func pick<T>(_ choices: [T]) -> T {
        choices[Int(byte()) % choices.count]
    }

    /// The rest of the input as text.
    mutating func rest() -> String {
        defer { bytes = [] }
        return String(decoding: bytes, as: UTF8.self)
    }
}

@testable import CandorCore
import Foundation

// Fuzz target `markdown`: the Markdown question-bank reader (MarkdownBankReader, MarkdownInline)
// through BankImport.parse, as an import upload reaches it. Invariants: Support/BankChecks.swift.
// The inline renderer is also fed the whole input directly: it promises linear time on any text,
// which the 1 s timeout of scripts/fuzz holds it to.
@_cdecl("LLVMFuzzerTestOneInput")
public func markdownTarget(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    checkBankImport(Data(bytes), format: .markdown)

    let scalars = Array(text(bytes).unicodeScalars)
    _ = MarkdownInline.clean(scalars)
    _ = MarkdownInline.isOnlyLink(scalars)
    _ = MarkdownBankReader.candorComment(scalars)
    return 0
}

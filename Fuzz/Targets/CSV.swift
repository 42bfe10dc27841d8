@testable import CandorCore
import Foundation

// Fuzz target `csv`: the CSV question-bank reader (CSVBankReader) through BankImport.parse.
// Invariants: Support/BankChecks.swift, plus the record splitter on its own: records start on
// lines in order, and writing the fields back with BankExport's RFC 4180 quoting reads back to
// the same fields.
@_cdecl("LLVMFuzzerTestOneInput")
public func csvTarget(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    checkBankImport(Data(bytes), format: .csv)

    guard let records = try? CSVBankReader.records(text(bytes)), !records.isEmpty else { return 0 }
    let starts = records.map(\.line)
    require(starts.first! >= 1 && zip(starts, starts.dropFirst()).allSatisfy { $0 < $1 }, "record lines out of order: \(starts)")
    let written = records.map { $0.fields.map(BankExport.csvField).joined(separator: ",") + "\r\n" }.joined()
    let reread = try? CSVBankReader.records(written)
    require(reread?.map(\.fields) == records.map(\.fields),
            "fields do not survive quoting: \(show(records.map(\.fields))) → \(show(reread?.map(\.fields) as Any))")
    return 0
}

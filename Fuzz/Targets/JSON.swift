@testable import CandorCore
import Foundation

// Fuzz target `json`: Candor's JSON question file (JSONBankReader, BankJSONValue, BankJSONFields)
// through BankImport.parse. Invariants: Support/BankChecks.swift.
@_cdecl("LLVMFuzzerTestOneInput")
public func jsonTarget(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    checkBankImport(Data(UnsafeBufferPointer(start: start, count: count)), format: .json)
    return 0
}

import CandorCore

// Choice options are taken as plain text and parsed with `Choice.parse(_:field:)` in `run`,
// so a wrong value gets Candor's own one-line error naming the option and listing the valid
// ids (exit 1), rather than ArgumentParser's message followed by the whole usage block.
extension Choice {
    /// The valid ids for `--help`, e.g. `startup|scaleup|enterprise`.
    static var helpValues: String { allCases.map(\.rawValue).joined(separator: "|") }

    /// Parses every value given to a repeatable option.
    static func parseAll(_ inputs: [String], field: String) throws -> [Self] {
        try inputs.map { try parse($0, field: field) }
    }
}

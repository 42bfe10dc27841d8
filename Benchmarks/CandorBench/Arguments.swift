/// Hand-parsed `--name value` options and `--flag`s (the bench depends on CandorCore only).
struct Arguments {
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    /// Parses `arguments`; `flagNames` take no value, every other `--name` needs one.
    init(_ arguments: ArraySlice<String>, flagNames: Set<String>) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("--") else { throw BenchError("unexpected argument '\(argument)'") }
            let name = String(argument.dropFirst(2))
            if flagNames.contains(name) {
                flags.insert(name)
            } else if let value = rest.popFirst() {
                values[name] = value
            } else {
                throw BenchError("--\(name) needs a value")
            }
        }
    }

    func string(_ name: String) throws -> String {
        guard let value = values[name] else { throw BenchError("missing --\(name)") }
        return value
    }

    func optionalString(_ name: String) -> String? { values[name] }

    func integer<T: FixedWidthInteger>(_ name: String, default fallback: T) throws -> T {
        guard let text = values[name] else { return fallback }
        guard let value = T(text), value >= 0 else { throw BenchError("--\(name) needs a whole number, got '\(text)'") }
        return value
    }

    func flag(_ name: String) -> Bool { flags.contains(name) }
}

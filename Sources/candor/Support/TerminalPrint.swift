import Foundation

/// Every line a command prints goes through this function, which shadows the standard
/// library's `print` inside the `candor` module.
///
/// Text people typed or imported (a company name, an answer, a restored backup) can hold
/// terminal escape sequences that would retitle, clear or rewrite the terminal when printed;
/// they are shown as `�` instead (see `Output.printable`). Commands print with `print` as
/// usual and cannot forget it. JSON goes out through `Output.json`, which escapes instead.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator)
    Swift.print(Output.printable(text), terminator: terminator)
}

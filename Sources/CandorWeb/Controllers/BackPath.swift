import Foundation

/// Where a form may send the person back to after it is done.
///
/// The path arrives in a hidden field, so it is checked like anything a visitor sends: only
/// a local path under one of the allowed prefixes is followed, never another site
/// (`//evil.example`) and never anything that could break out of a `Location` header.
enum BackPath {
    static func safe(_ back: String?, allowed prefixes: [String]) -> String? {
        guard let back, back.count <= 500, !back.hasPrefix("//"),
              prefixes.contains(where: { back.hasPrefix($0) }),
              back.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0 != "\\" && $0 != "\u{7F}" })
        else { return nil }
        return back
    }

    /// `path` with a notice code added to its query, keeping any fragment at the end.
    static func adding(_ notice: Notice, to path: String, anchor: String? = nil) -> String {
        let parts = path.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let base = String(parts.first ?? "")
        let fragment = anchor ?? (parts.count > 1 ? String(parts[1]) : nil)
        let separator = base.contains("?") ? "&" : "?"
        return "\(base)\(separator)notice=\(notice.rawValue)" + (fragment.map { "#\($0)" } ?? "")
    }
}

import Foundation

/// Where a form may send the person back to after it is done.
///
/// The path arrives in a hidden field, so it is checked like anything a visitor sends: only
/// a local path at or under one of the allowed pages is followed, never another site
/// (`//evil.example`) and never anything that could break out of a `Location` header.
/// A notice is added to it with `SiteURL.adding(_:to:anchor:)`, as to any other path.
enum BackPath {
    /// `back` when it is one of `pages`, or continues one of them with a query, a fragment or
    /// more of the path (`/pipeline?view=table`, `/companies/<id>`); otherwise nil.
    static func safe(_ back: String?, allowed pages: [SiteURL]) -> String? {
        guard let back, back.count <= 500, !back.hasPrefix("//"),
              pages.contains(where: { isAt($0.path, back) }),
              back.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0 != "\\" && $0 != "\u{7F}" })
        else { return nil }
        return back
    }

    private static func isAt(_ page: String, _ back: String) -> Bool {
        guard back.hasPrefix(page) else { return false }
        guard let next = back.dropFirst(page.count).first else { return true }
        return "/?#".contains(next)
    }
}

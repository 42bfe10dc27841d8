import Foundation
import Vapor

/// Candor's stylesheet and scripts: real files in `Public/` (this target's resource folder),
/// read once when first served and kept in memory, each linked at an address that carries a
/// fingerprint of its text (`?v=…`) so a browser holding an older copy fetches the new one as
/// soon as Candor is updated.
///
/// `candor.js` runs on every page and only adds to what already works as plain forms: it keeps
/// the browser's time zone in the `candor_tz` cookie (reloading once, so times arrive in the
/// right zone), shows the "Print this sheet" buttons, opens the closed group a link points
/// into, and lets pipeline cards be dragged between columns. `capture.js` is interview mode's
/// alone: autosave that never loses text, and the clock (see `CapturePageView`). The test script
/// checks both with `node --check`.
enum Asset: String, CaseIterable, Sendable {
    case stylesheet = "candor.css"
    case script = "candor.js"
    case captureScript = "capture.js"

    /// Where it is served.
    var path: String { SiteURL.asset(rawValue).path }
    /// The address pages link to: the path and the text's fingerprint.
    var href: String { path + "?v=" + version }
    var text: String { Self.texts[self] ?? "" }
    var version: String { Self.versions[self] ?? "" }

    var contentType: HTTPMediaType {
        switch self {
        case .stylesheet: .css
        case .script, .captureScript: HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
        }
    }

    private static let texts: [Asset: String] = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.load()) })
    private static let versions: [Asset: String] = texts.mapValues(AssetVersion.of)

    private func load() -> String {
        let name = (rawValue as NSString).deletingPathExtension
        let kind = (rawValue as NSString).pathExtension
        guard let url = Bundle.module.url(forResource: name, withExtension: kind, subdirectory: "Public"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("\(rawValue) is missing from Candor's resources; reinstall Candor.") }
        return text
    }
}

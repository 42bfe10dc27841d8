import CandorCore
import Foundation
import Vapor

/// The time zone a visitor reads times in.
///
/// Interviews are stored as instants, so any zone shows them correctly; the viewer's own is
/// the one that avoids mental arithmetic. It comes from `?tz=` (the agenda's zone picker),
/// else from the `candor_tz` cookie (set by `/assets/candor.js` from the browser, or by a
/// `?tz=` visit), else the machine's zone, which is right for a local install.
enum ViewerZone {
    static let cookieName = "candor_tz"
    static let queryKey = "tz"
    static let cookieMaxAge = 365 * 24 * 3600

    static func of(_ request: Request) -> TimeZone {
        fromQuery(request) ?? fromCookie(request) ?? LocalTime.machineZone
    }

    /// The zone named in `?tz=`, when it is an IANA name; anything else is ignored.
    static func fromQuery(_ request: Request) -> TimeZone? {
        zone(named: request.query[String.self, at: queryKey])
    }

    static func fromCookie(_ request: Request) -> TimeZone? {
        // The script writes the name percent-encoded (encodeURIComponent), the server raw.
        zone(named: request.cookies[cookieName]?.string.removingPercentEncoding)
    }

    /// The cookie remembering `zone`: readable by the script (not HttpOnly), so it can tell
    /// the zone is already known and does not overwrite a choice made on the agenda.
    static func cookie(for zone: TimeZone) -> HTTPCookies.Value {
        HTTPCookies.Value(string: zone.identifier, maxAge: cookieMaxAge, path: "/", isHTTPOnly: false, sameSite: .lax)
    }

    private static func zone(named name: String?) -> TimeZone? {
        guard let name, name.count <= 64 else { return nil }
        return try? LocalTime.zone(named: name)
    }
}

extension Request {
    /// The zone to show times in for this visitor (see ``ViewerZone``).
    var viewerZone: TimeZone { ViewerZone.of(self) }
}

import CandorCore
import CandorStore
import Foundation
import Vapor

/// The calendar subscriptions: `GET /calendar/<token>.ics` (times and companies only) and
/// `GET /calendar/<token>-details.ics` (also places, panels, planned questions and notes).
///
/// Calendar apps fetch them without cookies or sign-in, so the secret token in the address is
/// the only key: it picks the account, and an unknown one gets the same plain 404 as any
/// missing page, giving no hint that feeds exist. The plain feed is the one offered first:
/// calendars get synced to phones and shared with others.
enum CalendarController {
    static let detailsSuffix = "-details.ics"

    @Sendable static func feed(req: Request) async throws -> Response {
        guard let file = req.parameters.get("file"), file.hasSuffix(".ics") else { throw Abort(.notFound) }
        let detailed = file.hasSuffix(detailsSuffix)
        let token = String(file.dropLast(detailed ? detailsSuffix.count : 4))
        guard let account = try await Store.account(forCalendarToken: token, on: req.db) else {
            throw Abort(.notFound)
        }
        let store = req.store(account: account)
        let interviews = try await store.interviews()
        let body = ICalendar.render(
            interviews, questions: detailed ? try await store.asksByInterview(interviews.map(\.id)) : [:],
            stamp: store.now(), detail: detailed ? .full : .timesOnly)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: ICalendar.mediaType)
        // Always fresh: a moved interview must show up at the next refresh, and the feed is private.
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        // Opened in a browser, the file is saved under a plain name, not under its secret.
        headers.replaceOrAdd(name: .contentDisposition,
                             value: "inline; filename=\"candor-interviews\(detailed ? "-details" : "").ics\"")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}

import CandorCore
import CandorStore
import Foundation
import Vapor

/// The calendar subscription: `GET /calendar/<token>.ics`.
///
/// Calendar apps fetch it without cookies or sign-in, so the secret token in the address is
/// the only key: it picks the account, and an unknown one gets the same plain 404 as any
/// missing page, giving no hint that feeds exist.
enum CalendarController {
    @Sendable static func feed(req: Request) async throws -> Response {
        guard let file = req.parameters.get("file"), file.hasSuffix(".ics"),
              let account = try await Store.account(forCalendarToken: String(file.dropLast(4)), on: req.db)
        else {
            throw Abort(.notFound)
        }
        let store = Store(db: req.db, accountID: account)
        let interviews = try await store.interviews()
        let body = ICalendar.render(
            interviews, questions: try await store.asksByInterview(interviews.map(\.id)), stamp: store.now())
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: ICalendar.mediaType)
        // Always fresh: a moved interview must show up at the next refresh, and the feed is private.
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}

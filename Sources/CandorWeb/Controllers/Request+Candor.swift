import CandorCore
import CandorStore
import Foundation
import Vapor

extension Request {
    /// The query layer for the account making this request: the candidate's own search, or
    /// the demo's sandbox while the browser is in it.
    var store: Store { store(account: DemoSession.account(of: self)) }

    /// The query layer for one account, reading the app's clock (`AppSettings.clock`).
    func store(account: UUID) -> Store {
        Store(db: db, accountID: account, now: application.candorClock)
    }

    /// A UUID path parameter; anything else is a plain 404.
    func uuid(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else {
            throw Abort(.notFound, reason: "There is no such page.")
        }
        return id
    }

    /// A 303 to `path` so a reload after a form post never posts twice.
    func seeOther(_ path: String) -> Response {
        redirect(to: path, redirectType: .normal)
    }

    /// The one-line message for an error a person can fix by changing their input, or by
    /// freeing disk space: either way the form comes back with everything typed still in it.
    static func message(for error: any Error) -> String? {
        guard let error = StoreError.translated(error) else { return nil }
        switch error {
        case .invalidField, .invalidChoice, .duplicate, .notAllowed, .ambiguous, .diskFull:
            return error.errorDescription
        default:
            return nil
        }
    }
}

/// Fixed notices shown after a redirect; only their codes travel in the URL, so nothing a
/// visitor puts in a link is ever echoed back as a message.
enum Notice: String {
    case companyAdded = "company-added"
    case companySaved = "company-saved"
    case personSaved = "person-saved"
    case interviewSaved = "interview-saved"
    case interviewSavedInPast = "interview-saved-past"
    case companyRemoved = "company-removed"
    case interviewRemoved = "interview-removed"
    case statusChanged = "status-changed"
    case demoLoaded = "demo-loaded"
    case demoLeft = "demo-left"
    case demoRemoved = "demo-removed"
    case questionAdded = "question-added"
    case questionSaved = "question-saved"
    case questionRetired = "question-retired"
    case questionRestored = "question-restored"
    case questionDeleted = "question-deleted"
    case calendarTokenChanged = "calendar-token-changed"
    case planPinned = "plan-pinned"
    case planUnpinned = "plan-unpinned"
    case planDropped = "plan-dropped"
    case planMoved = "plan-moved"
    case planAdded = "plan-added"
    case planAlreadyThere = "plan-already-there"
    case planReplanned = "plan-replanned"
    case captureSaved = "capture-saved"
    case captureAdded = "capture-added"
    case captureFinished = "capture-finished"
    case themeConfirmed = "theme-confirmed"
    case themeDismissed = "theme-dismissed"
    case flagThemeDismissed = "flag-theme-dismissed"
    case themeRetagged = "theme-retagged"
    case themeRestored = "theme-restored"
    case offerSaved = "offer-saved"
    case offerRemoved = "offer-removed"

    var text: String {
        switch self {
        case .companyAdded: "Company added. Next: add the people you will meet, or an interview."
        case .companySaved: "Changes saved."
        case .personSaved: "Person saved."
        case .interviewSaved: "Interview saved."
        case .interviewSavedInPast: "Interview saved. It has already ended: if it took place, set its status to done, "
            + "so what was said counts in what you heard."
        case .companyRemoved: "Company removed."
        case .interviewRemoved: "Interview removed."
        case .statusChanged: "Status updated."
        case .demoLoaded: "This is the demo: three made-up companies, their people, interviews and answers, kept apart from your own search. Change anything; leave or delete it from the bar above."
        case .demoLeft: "Back to your own search. The demo is still there for next time."
        case .demoRemoved: "The demo is deleted. This is your own search."
        case .questionAdded: "Question added."
        case .questionSaved: "Question saved."
        case .questionRetired: "Question retired: kept with its history, no longer offered in plans."
        case .questionRestored: "Question restored."
        case .questionDeleted: "Question deleted."
        case .calendarTokenChanged: "New calendar address made. The old one no longer works: subscribe again with the new one."
        case .planPinned: "Pinned: planning again keeps it."
        case .planUnpinned: "Unpinned: planning again may swap it for another question."
        case .planDropped: "Dropped from this interview, and left out when planning again. The freed minutes were filled again."
        case .planMoved: "Moved. Both questions are pinned in their new places."
        case .planAdded: "Added to the plan and pinned."
        case .planAlreadyThere: "That question was already planned for them; it is pinned now."
        case .planReplanned: "Planned again: what you pinned is kept, and what you dropped stays out."
        case .captureSaved: "Saved."
        case .captureAdded: "Question added to their questions, and to the plan."
        case .captureFinished: "Saved. The interview is marked as held."
        case .themeConfirmed: "Theme confirmed: it counts for this answer now."
        case .themeDismissed: "Theme dismissed: it no longer counts for this answer. Restore brings it back."
        case .flagThemeDismissed: "Theme dismissed in those answers, and what rested on it is gone. Restore it under Every answer."
        case .themeRetagged: "Theme changed: the answer counts under the new theme."
        case .themeRestored: "Theme restored: back to what Candor read in the answer."
        case .offerSaved: "Offer saved."
        case .offerRemoved: "Offer removed."
        }
    }

    /// The query item that carries the code (`SiteURL.adding(_:to:anchor:)`).
    static let queryName = "notice"

    /// The text of the notice the request's URL names, if any.
    static func from(_ request: Request) -> String? {
        (try? request.query.get(String.self, at: queryName)).flatMap(Notice.init(rawValue:))?.text
    }
}

import Foundation
import Vapor

/// Every URL Candor serves: one case per page or action, with the ids it needs.
///
/// Links, form actions and redirects take their paths from here (`path`), and `routes.swift`
/// registers the routes from the same cases (`pathComponents`), so each URL is spelled once
/// and a link to a page that does not exist does not compile. Keep the URLs themselves as
/// they are: bookmarks, calendar subscriptions and the browser tests depend on them
/// (`SiteURLTests` lists every one).
///
/// An id is written as its UUID string. It has no label when it is the id of what the case
/// names (`company(id)`), and says whose it is otherwise (`plan(interview: id)`). A route
/// matches any value in its place (`:id`), so what `routes.swift` passes in there does not matter.
enum SiteURL: Hashable, Sendable {
    case home
    case healthz
    /// The stylesheet or a script, by file name (see `Asset`).
    case asset(String)

    case demo
    case leaveDemo
    case removeDemo

    case profile
    case newCalendarToken
    case pipeline
    case agenda
    /// A calendar subscription: `<token>.ics` or `<token>-details.ics` (see `CalendarController`).
    case calendarFeed(String)
    case compare

    /// The list of companies; a new one is posted here too.
    case companies
    case newCompany
    /// A company's page; its edit form posts here.
    case company(UUID)
    case editCompany(UUID)
    case companyStatus(UUID)
    /// Asks first (GET), then removes (POST).
    case removeCompany(UUID)
    case insight(company: UUID)
    case dismissFlag(company: UUID)
    /// The corrections to the themes read in one answer.
    case askThemes(UUID)
    case offer(company: UUID)

    case newPerson(company: UUID)
    case addPerson(company: UUID)
    /// A person's page; their edit form posts here.
    case person(UUID)
    case editPerson(UUID)

    /// The bank; a new question is posted here too.
    case questions
    case exportQuestions
    case importQuestions
    /// Where a question's edit form posts.
    case question(UUID)
    case editQuestion(UUID)
    case retireQuestion(UUID)
    case restoreQuestion(UUID)
    /// Asks first (GET), then deletes (POST).
    case deleteQuestion(UUID)

    case interviews
    case newInterview(company: UUID)
    case addInterview(company: UUID)
    /// An interview's page; its edit form posts here.
    case interview(UUID)
    case editInterview(UUID)
    /// Asks first (GET), then removes (POST).
    case removeInterview(UUID)

    case plan(interview: UUID)
    case addToPlan(interview: UUID)
    case replan(interview: UUID)
    /// One change to one planned question (an ask).
    case planItem(ask: UUID, PlanItemChange)

    /// Interview mode; a section's answers are posted here too.
    case capture(interview: UUID)
    case captureAdd(interview: UUID)
    case captureAfter(interview: UUID)

    /// The JSON API interview mode's script saves through (`capture.js` writes these two itself).
    case apiAnswer(ask: UUID)
    case apiStatus(ask: UUID)

    /// The small posts that change one planned question.
    enum PlanItemChange: String, CaseIterable, Sendable {
        case pin, unpin, drop, up, down
    }

    /// The path, as links, form actions and redirects use it: `/companies/<id>/edit`.
    var path: String {
        "/" + segments.map { segment in
            switch segment {
            case let .constant(text): text
            case let .parameter(_, value): Self.escaped(value)
            }
        }.joined(separator: "/")
    }

    /// The path as the router matches it: ids and file names become parameters (`:id`).
    var pathComponents: [PathComponent] {
        segments.map { segment in
            switch segment {
            case let .constant(text): .constant(text)
            case let .parameter(name, _): .parameter(name)
            }
        }
    }

    /// One piece of a path: fixed text, or a value the route reads back by `name`
    /// (`req.uuid("id")`, `req.uuid("askID")`, `req.parameters.get("file")`).
    private enum Segment: ExpressibleByStringLiteral {
        case constant(String)
        case parameter(name: String, value: String)

        init(stringLiteral text: String) { self = .constant(text) }

        static func id(_ id: UUID) -> Segment { .parameter(name: "id", value: id.uuidString) }
        static func askID(_ id: UUID) -> Segment { .parameter(name: "askID", value: id.uuidString) }
        static func file(_ name: String) -> Segment { .parameter(name: "file", value: name) }
    }

    private var segments: [Segment] {
        switch self {
        case .home: []
        case .healthz: ["healthz"]
        case let .asset(file): ["assets", .file(file)]

        case .demo: ["demo"]
        case .leaveDemo: ["demo", "leave"]
        case .removeDemo: ["demo", "remove"]

        case .profile: ["profile"]
        case .newCalendarToken: ["profile", "calendar-token"]
        case .pipeline: ["pipeline"]
        case .agenda: ["agenda"]
        case let .calendarFeed(file): ["calendar", .file(file)]
        case .compare: ["compare"]

        case .companies: ["companies"]
        case .newCompany: ["companies", "new"]
        case let .company(id): ["companies", .id(id)]
        case let .editCompany(id): ["companies", .id(id), "edit"]
        case let .companyStatus(id): ["companies", .id(id), "status"]
        case let .removeCompany(id): ["companies", .id(id), "remove"]
        case let .insight(id): ["companies", .id(id), "insight"]
        case let .dismissFlag(id): ["companies", .id(id), "insight", "dismiss"]
        case let .askThemes(askID): ["asks", .askID(askID), "themes"]
        case let .offer(id): ["companies", .id(id), "offer"]

        case let .newPerson(id): ["companies", .id(id), "people", "new"]
        case let .addPerson(id): ["companies", .id(id), "people"]
        case let .person(id): ["people", .id(id)]
        case let .editPerson(id): ["people", .id(id), "edit"]

        case .questions: ["questions"]
        case .exportQuestions: ["questions", "export"]
        case .importQuestions: ["questions", "import"]
        case let .question(id): ["questions", .id(id)]
        case let .editQuestion(id): ["questions", .id(id), "edit"]
        case let .retireQuestion(id): ["questions", .id(id), "retire"]
        case let .restoreQuestion(id): ["questions", .id(id), "restore"]
        case let .deleteQuestion(id): ["questions", .id(id), "delete"]

        case .interviews: ["interviews"]
        case let .newInterview(id): ["companies", .id(id), "interviews", "new"]
        case let .addInterview(id): ["companies", .id(id), "interviews"]
        case let .interview(id): ["interviews", .id(id)]
        case let .editInterview(id): ["interviews", .id(id), "edit"]
        case let .removeInterview(id): ["interviews", .id(id), "remove"]

        case let .plan(id): ["interviews", .id(id), "plan"]
        case let .addToPlan(id): ["interviews", .id(id), "plan", "add"]
        case let .replan(id): ["interviews", .id(id), "plan", "replan"]
        case let .planItem(askID, change): ["plan-items", .askID(askID), .constant(change.rawValue)]

        case let .capture(id): ["interviews", .id(id), "capture"]
        case let .captureAdd(id): ["interviews", .id(id), "capture", "add"]
        case let .captureAfter(id): ["interviews", .id(id), "capture", "after"]

        case let .apiAnswer(askID): ["api", "asks", .askID(askID), "answer"]
        case let .apiStatus(askID): ["api", "asks", .askID(askID), "status"]
        }
    }

    /// Anything but letters, digits and `-._~` percent-encoded, so a value can never add a
    /// path segment, a query or a fragment of its own. (UUIDs and tokens pass unchanged.)
    private static func escaped(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}

// MARK: - Queries, fragments and notices

extension SiteURL {
    /// The path with a query: `SiteURL.pipeline.query(["view": "table"])` is `/pipeline?view=table`.
    /// Items without a value are left out (no query at all when none has one); names and values
    /// are percent-encoded. A name may repeat (`?company=<id>&company=<id>`).
    func query(_ items: KeyValuePairs<String, String?>) -> String {
        let pairs = items.compactMap { name, value in value.map { "\(Self.escaped(name))=\(Self.escaped($0))" } }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    /// The path scrolled to one element of the page: `/companies/<id>#people`.
    func anchor(_ elementID: String) -> String {
        path + "#" + elementID
    }

    /// The path with a notice to show on arrival, and optionally a place on the page to scroll to:
    /// `/companies/<id>?notice=person-saved#people`. What redirects after a change use.
    func with(notice: Notice, anchor: String? = nil) -> String {
        Self.adding(notice, to: path, anchor: anchor)
    }

    /// `link` (a path that may carry a query and a fragment already, such as a checked back
    /// path) with a notice code added to its query. `anchor` replaces the link's own fragment;
    /// without one the fragment is kept at the end. The one place notices enter a URL.
    static func adding(_ notice: Notice, to link: String, anchor: String? = nil) -> String {
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let base = String(parts.first ?? "")
        let fragment = anchor ?? (parts.count > 1 ? String(parts[1]) : nil)
        let separator = base.contains("?") ? "&" : "?"
        return "\(base)\(separator)\(Notice.queryName)=\(notice.rawValue)" + (fragment.map { "#\($0)" } ?? "")
    }

    /// Whether a request's path is under `/api/`, whose answers (errors too) are JSON.
    static func isAPI(_ requestPath: String) -> Bool {
        requestPath.drop(while: { $0 == "/" }).hasPrefix("api/")
    }
}

// MARK: - Registering routes

extension RoutesBuilder {
    /// A GET route for `url`'s path (`routes.swift`).
    @discardableResult
    func get<Response: AsyncResponseEncodable>(
        _ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        on(.GET, url.pathComponents, use: handler)
    }

    /// A POST route for `url`'s path; see also `post(_:maxBody:use:)` for a larger body.
    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        on(.POST, url.pathComponents, use: handler)
    }

    /// A PUT route for `url`'s path (the JSON API).
    @discardableResult
    func put<Response: AsyncResponseEncodable>(
        _ url: SiteURL, use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        on(.PUT, url.pathComponents, use: handler)
    }
}

import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Every URL from one type (SiteURL)")
struct SiteURLTests {
    static let id = UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF")!
    static let other = UUID(uuidString: "0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9")!

    /// One of every case. `routesAreCovered` fails when routes.swift serves a URL missing here.
    static func every(company: UUID, person: UUID, question: UUID, interview: UUID, ask: UUID,
                      asset: String = "candor.css", calendarFile: String = "\(String(repeating: "ab", count: 32)).ics") -> [SiteURL] {
        [
            .home, .healthz, .asset(asset),
            .demo, .leaveDemo, .removeDemo,
            .profile, .newCalendarToken, .pipeline, .agenda, .calendarFeed(calendarFile), .compare,
            .companies, .newCompany, .company(company), .editCompany(company), .companyStatus(company),
            .removeCompany(company), .insight(company: company), .dismissFlag(company: company), .askThemes(ask),
            .offer(company: company),
            .newPerson(company: company), .addPerson(company: company), .person(person), .editPerson(person),
            .questions, .exportQuestions, .importQuestions, .question(question), .editQuestion(question),
            .retireQuestion(question), .restoreQuestion(question), .deleteQuestion(question),
            .interviews, .newInterview(company: company), .addInterview(company: company), .interview(interview),
            .editInterview(interview), .removeInterview(interview),
            .plan(interview: interview), .addToPlan(interview: interview), .replan(interview: interview),
        ] + SiteURL.PlanItemChange.allCases.map { .planItem(ask: ask, $0) } + [
            .capture(interview: interview), .captureAdd(interview: interview), .captureAfter(interview: interview),
            .apiAnswer(ask: ask), .apiStatus(ask: ask),
        ]
    }

    static var samples: [SiteURL] {
        every(company: id, person: other, question: id, interview: other, ask: id)
    }

    /// The app's own routes in a router of their own, as Vapor's responder holds them:
    /// the method first, then the path.
    static func router(_ app: Application) -> TrieRouter<Route> {
        let router = TrieRouter(Route.self)
        for route in app.routes.all {
            router.register(route, at: [.constant(route.method.rawValue)] + route.path)
        }
        return router
    }

    /// The route a request for `path` with `method` reaches, and the parameters it reads.
    static func route(_ router: TrieRouter<Route>, _ method: HTTPMethod, _ path: String) -> (Route, Parameters)? {
        var parameters = Parameters()
        let components = path.split(separator: "/").map(String.init)
        return router.route(path: [method.rawValue] + components, parameters: &parameters).map { ($0, parameters) }
    }

    /// What routes.swift served before the URLs came from `SiteURL`: bookmarks, calendar apps,
    /// interview mode's script and the browser and security tests rely on every one of them.
    static let servedURLs: [String] = [
        "GET /healthz", "GET /assets/:file", "GET /", "POST /demo", "POST /demo/leave", "POST /demo/remove",
        "GET /profile", "POST /profile", "POST /profile/calendar-token", "GET /pipeline", "GET /agenda",
        "GET /calendar/:file", "GET /companies", "GET /companies/new", "POST /companies", "GET /companies/:id",
        "GET /companies/:id/edit", "POST /companies/:id", "POST /companies/:id/status", "GET /companies/:id/remove",
        "POST /companies/:id/remove", "GET /companies/:id/insight", "GET /asks/:askID/themes", "POST /asks/:askID/themes",
        "POST /companies/:id/insight/dismiss", "GET /companies/:id/offer", "POST /companies/:id/offer",
        "GET /compare", "GET /companies/:id/people/new", "POST /companies/:id/people", "GET /people/:id",
        "GET /people/:id/edit", "POST /people/:id", "GET /questions", "POST /questions", "GET /questions/export",
        "POST /questions/import", "GET /questions/:id/edit", "POST /questions/:id", "POST /questions/:id/retire",
        "POST /questions/:id/restore", "GET /questions/:id/delete", "POST /questions/:id/delete", "GET /interviews",
        "GET /companies/:id/interviews/new", "POST /companies/:id/interviews", "GET /interviews/:id",
        "GET /interviews/:id/edit", "POST /interviews/:id", "GET /interviews/:id/remove",
        "POST /interviews/:id/remove", "GET /interviews/:id/plan", "POST /interviews/:id/plan/add",
        "POST /interviews/:id/plan/replan", "POST /plan-items/:askID/pin", "POST /plan-items/:askID/unpin",
        "POST /plan-items/:askID/drop", "POST /plan-items/:askID/up", "POST /plan-items/:askID/down",
        "GET /interviews/:id/capture", "POST /interviews/:id/capture", "POST /interviews/:id/capture/add",
        "POST /interviews/:id/capture/after", "PUT /api/asks/:askID/answer", "PUT /api/asks/:askID/status"
    ]

    @Test("the URLs Candor serves are exactly the ones it always served")
    func urlsNeverChange() async throws {
        try await withCandorApp { app, _ in
            let served = app.routes.all.map { "\($0.method) /\($0.path.string)" }
            #expect(served.sorted() == Self.servedURLs.sorted())
        }
    }

    @Test("paths, queries, fragments and notices are spelled as the site always spelled them")
    func exactStrings() {
        let id = Self.id, other = Self.other
        #expect(SiteURL.home.path == "/")
        #expect(SiteURL.healthz.path == "/healthz")
        #expect(SiteURL.company(id).path == "/companies/6F9619FF-8B86-D011-B42D-00C04FC964FF")
        #expect(SiteURL.newInterview(company: id).path == "/companies/\(id)/interviews/new")
        #expect(SiteURL.dismissFlag(company: id).path == "/companies/\(id)/insight/dismiss")
        #expect(SiteURL.newCalendarToken.path == "/profile/calendar-token")
        #expect(SiteURL.planItem(ask: id, .down).path == "/plan-items/\(id)/down")
        #expect(SiteURL.captureAfter(interview: id).path == "/interviews/\(id)/capture/after")
        #expect(SiteURL.apiAnswer(ask: id).path == "/api/asks/\(id)/answer")
        #expect(SiteURL.asset("candor.css").path == "/assets/candor.css")
        #expect(Asset.stylesheet.path == "/assets/candor.css")

        #expect(SiteURL.pipeline.query(["view": "table"]) == "/pipeline?view=table")
        #expect(SiteURL.questions.query(["q": nil, "theme": nil]) == "/questions")
        #expect(SiteURL.compare.query(["company": id.uuidString, "company": other.uuidString])
            == "/compare?company=\(id)&company=\(other)")
        #expect(SiteURL.questions.query(["q": "c++ & go #1"]) == "/questions?q=c%2B%2B%20%26%20go%20%231")

        #expect(SiteURL.company(id).anchor("people") == "/companies/\(id)#people")
        #expect(SiteURL.home.with(notice: .demoLoaded) == "/?notice=demo-loaded")
        #expect(SiteURL.company(id).with(notice: .personSaved, anchor: "people") == "/companies/\(id)?notice=person-saved#people")
        // A back path keeps its query and fragment; an anchor given replaces the fragment.
        #expect(SiteURL.adding(.statusChanged, to: "/pipeline?view=table#company-1")
            == "/pipeline?view=table&notice=status-changed#company-1")
        #expect(SiteURL.adding(.questionSaved, to: "/questions?q=x#old", anchor: "q-1") == "/questions?q=x&notice=question-saved#q-1")
    }

    @Test("routes are registered with parameters where the URL has ids")
    func pathComponents() {
        #expect(SiteURL.home.pathComponents.isEmpty)
        #expect(SiteURL.company(Self.id).pathComponents.map(\.description) == ["companies", ":id"])
        #expect(SiteURL.planItem(ask: Self.id, .pin).pathComponents.map(\.description) == ["plan-items", ":askID", "pin"])
        #expect(SiteURL.calendarFeed("x.ics").pathComponents.map(\.description) == ["calendar", ":file"])
    }

    @Test("ids and file names cannot change a path's shape: they are escaped, and read back as they were")
    func percentSafe() async throws {
        let odd = SiteURL.calendarFeed("a b/c?d#e%.ics")
        #expect(odd.path == "/calendar/a%20b%2Fc%3Fd%23e%25.ics")
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        for url in Self.samples {
            #expect(url.path.unicodeScalars.allSatisfy(unreserved.contains), "\(url.path)")
        }
        try await withCandorApp { app, _ in
            let router = Self.router(app)
            let (route, parameters) = try #require(Self.route(router, .GET, odd.path))
            #expect(route.path.map(\.description) == ["calendar", ":file"])
            #expect(parameters.get("file") == "a b/c?d#e%.ics")
            let (_, ids) = try #require(Self.route(router, .POST, SiteURL.planItem(ask: Self.id, .drop).path))
            #expect(ids.get("askID") == Self.id.uuidString)
        }
    }

    @Test("every route routes.swift serves is one of SiteURL's, and every SiteURL path reaches its route with its ids")
    func routesAreCovered() async throws {
        try await withCandorApp { app, _ in
            let router = Self.router(app)
            let patterns = Set(Self.samples.map { $0.pathComponents.map(\.description) })
            for route in app.routes.all {
                #expect(patterns.contains(route.path.map(\.description)), "\(route.method) \(route.path.string) has no SiteURL")
            }
            for url in Self.samples {
                let routes = app.routes.all.filter { $0.path.map(\.description) == url.pathComponents.map(\.description) }
                #expect(!routes.isEmpty, "\(url.path) is not served")
                for served in routes {
                    let (reached, parameters) = try #require(Self.route(router, served.method, url.path), "\(served.method) \(url.path)")
                    #expect(reached === served, "\(served.method) \(url.path) reached \(reached.path.string)")
                    for case let .parameter(name) in served.path {
                        #expect(parameters.get(name) != nil && url.path.contains(parameters.get(name) ?? "-"), "\(url.path) :\(name)")
                    }
                }
            }
        }
    }

    @Test("every page served to GET opens (200) at the path SiteURL builds, through the whole app")
    func getPagesOpen() async throws {
        try await withCandorApp { app, store in
            try await store.loadDemo(zone: TimeZone(identifier: "UTC")!)
            var found: (Interview, Ask)?
            // An answered ask: its themes page lists what was read in its answer.
            for interview in try await store.interviews() {
                if let ask = try await store.asks(interviewID: interview.id).first(where: { $0.answer.trimmedOrNil != nil }) {
                    found = (interview, ask)
                    break
                }
            }
            let (interview, ask) = try #require(found, "the demo has an answered interview")
            let person = try #require(try await store.people(companyID: interview.companyID).first)
            let question = try #require(try await store.questions().first)
            let urls = Self.every(company: interview.companyID, person: person.id, question: question.id,
                                  interview: interview.id, ask: ask.id, calendarFile: "\(try await store.calendarToken()).ics")
            let gets = Set(app.routes.all.filter { $0.method == .GET }.map { $0.path.map(\.description) })
            let pages = urls.filter { gets.contains($0.pathComponents.map(\.description)) }
            #expect(pages.count == 30)
            for url in pages {
                try await app.local().test(.GET, url.path) { res in
                    #expect(res.status == .ok, "GET \(url.path): \(res.status)")
                }
            }
        }
    }

    @Test("a back path is followed only at or under the pages allowed")
    func backPaths() {
        let company = SiteURL.company(Self.id).path
        #expect(BackPath.safe("/pipeline", allowed: [.pipeline]) == "/pipeline")
        #expect(BackPath.safe("/pipeline?view=table#company-1", allowed: [.pipeline]) == "/pipeline?view=table#company-1")
        #expect(BackPath.safe(company, allowed: [.pipeline, .companies]) == company)
        #expect(BackPath.safe("/pipelines", allowed: [.pipeline]) == nil)
        #expect(BackPath.safe("/questions", allowed: [.pipeline, .companies]) == nil)
        #expect(BackPath.safe("//evil.example/pipeline", allowed: [.pipeline]) == nil)
        #expect(BackPath.safe("https://evil.example/pipeline", allowed: [.pipeline]) == nil)
        #expect(BackPath.safe("/pipeline\r\nSet-Cookie: x=1", allowed: [.pipeline]) == nil)
    }
}

import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Agenda and the viewer's time zone")
struct AgendaPageTests {
    static let utc = TimeZone(identifier: "UTC")!

    /// Two interviews five minutes apart on Monday 4 March 2030, entered in UTC.
    static func backToBack(_ store: Store) async throws -> (Company, Interview, Interview) {
        let company = try await store.addCompany(CompanyDraft(name: "Acme"), status: .interviewing)
        let ana = try await store.addPerson(PersonDraft(companyID: company.id, name: "Ana Ruiz", roleKind: .hiringManager))
        let first = try await store.addInterview(InterviewDraft(
            companyID: company.id, startsAt: try LocalTime.parse("2030-03-04 10:00", in: utc), timeZone: "UTC",
            durationMinutes: 60, kind: .technical, participantIDs: [ana.id]))
        let second = try await store.addInterview(InterviewDraft(
            companyID: company.id, startsAt: try LocalTime.parse("2030-03-04 11:05", in: utc), timeZone: "UTC",
            durationMinutes: 45, kind: .hiringManager))
        return (company, first, second)
    }

    @Test("two interviews five minutes apart show a back-to-back warning with its advice, at the top and by the day")
    func backToBackFlag() async throws {
        try await withCandorApp { app, store in
            let (company, first, second) = try await Self.backToBack(store)
            try await app.local().test(.GET, "agenda?tz=UTC") { res in
                #expect(res.html.contains(#"<a href="/profile#calendar">See these in your calendar app</a>"#))
                #expect(res.status == .ok)
                #expect(res.html.contains(#"<a href="/agenda" aria-current="page">Agenda</a>"#))
                #expect(res.html.contains("<h2>Monday 4 March 2030</h2>"))
                #expect(res.html.contains(#"id="day-2030-03-04""#))
                #expect(res.html.contains("10:00–11:00 UTC") || res.html.contains("10:00–11:00 GMT"))
                #expect(res.html.contains(#"<a href="/companies/\#(company.id)">Acme</a>"#))
                #expect(res.html.contains(#"href="/interviews/\#(first.id)">Technical</a>"#))
                #expect(res.html.contains(#"href="/interviews/\#(second.id)">Hiring manager</a>"#))
                #expect(res.html.contains("With Ana Ruiz"))
                let flags = res.html.components(separatedBy: #"data-flag="back-to-back""#).count - 1
                #expect(flags == 2, "once at the top, once by its day")
                #expect(res.html.contains(#"class="alert flag warning" data-flag="back-to-back""#), "at the top")
                #expect(res.html.contains(#"class="alert flag warning compact" data-flag="back-to-back""#), "by its day")
                #expect(res.html.contains("leave only 5 minutes between them."))
                #expect(res.html.contains("Ask to move one so you get at least 15 minutes to reset."))
                #expect(res.html.contains(##"href="#day-2030-03-04""##))
                #expect(res.html.contains(#"<span class="pill warn">Back to back</span>"#))
            }
        }
    }

    @Test("an overlap is an error, shown before the warnings")
    func overlapIsError() async throws {
        try await withCandorApp { app, store in
            let (company, _, _) = try await Self.backToBack(store)
            try await store.addInterview(InterviewDraft(
                companyID: company.id, startsAt: try LocalTime.parse("2030-03-04 11:30", in: Self.utc), timeZone: "UTC"))
            try await app.local().test(.GET, "agenda?tz=UTC") { res in
                let overlap = try #require(res.html.range(of: #"class="alert flag error" data-flag="overlap""#))
                let warning = try #require(res.html.range(of: #"class="alert flag warning""#))
                #expect(overlap.lowerBound < warning.lowerBound, "errors first")
                #expect(res.html.contains("overlap by"))
                #expect(res.html.contains("you cannot be in both."))
                #expect(res.html.contains(#"<span class="pill bad">Overlaps</span>"#))
            }
        }
    }

    @Test("from, to and all choose the window; a bad date is a 422 naming the field")
    func window() async throws {
        try await withCandorApp { app, store in
            _ = try await Self.backToBack(store)
            try await app.local().test(.GET, "agenda?tz=UTC&from=2030-03-05") { res in
                #expect(res.status == .ok)
                #expect(!res.html.contains("Monday 4 March 2030"))
                #expect(res.html.contains("No interviews in this range."))
            }
            try await app.local().test(.GET, "agenda?tz=UTC&from=2030-03-04&to=2030-03-04") { res in
                #expect(res.html.contains("Monday 4 March 2030"), "to is the last day shown")
            }
            try await app.local().test(.GET, "agenda?tz=UTC&all=1") { res in
                #expect(res.html.contains("Monday 4 March 2030"))
                #expect(res.html.contains("Every interview."))
            }
            for (query, field) in [("from=2030-13-01", "from"), ("from=soon", "from"), ("to=2030-02-30", "to"),
                                   ("from=2030-03-05&to=2030-03-01", "to")] {
                try await app.local().test(.GET, "agenda?\(query)") { res in
                    #expect(res.status == .unprocessableEntity, "\(query)")
                    #expect(res.headers.contentType == .html)
                    #expect(res.html.contains("\(field): "), "\(query) names \(field)")
                }
            }
        }
    }

    @Test("?tz= changes the times shown and is remembered in a cookie; the cookie alone then decides")
    func viewerZone() async throws {
        try await withCandorApp { app, store in
            let (_, first, _) = try await Self.backToBack(store)
            try await app.local().test(.GET, "agenda?all=1&tz=Asia/Tokyo") { res in
                #expect(res.html.contains("19:00–20:00"), "10:00 UTC is 19:00 in Tokyo")
                #expect(res.html.contains("Times in Asia/Tokyo."))
                #expect(res.html.contains(#"<option value="Asia/Tokyo" selected>"#))
                #expect(res.html.contains(#"data-viewer-zone="Asia/Tokyo""#))
                let cookie = try #require(res.headers.first(name: .setCookie))
                #expect(cookie.hasPrefix("candor_tz=Asia/Tokyo;"))
                #expect(cookie.contains("Path=/") && cookie.contains("SameSite=Lax") && cookie.contains("Max-Age=31536000"))
                #expect(!cookie.contains("HttpOnly"), "the script must see it")
            }
            try await app.local().test(.GET, "agenda?all=1", headers: ["Cookie": "candor_tz=America%2FNew_York"]) { res in
                #expect(res.html.contains("05:00–06:00"), "the script's percent-encoded cookie is read")
                #expect(res.headers.first(name: .setCookie)?.contains("candor_tz") != true)
            }
            try await app.local().test(.GET, "agenda?all=1&tz=Mars/Base", headers: ["Cookie": "candor_tz=UTC"]) { res in
                #expect(res.html.contains("10:00–11:00"), "an unknown zone is ignored")
                #expect(res.headers.first(name: .setCookie)?.contains("candor_tz") != true)
            }
            try await app.local().test(.GET, "interviews/\(first.id)", headers: ["Cookie": "candor_tz=Europe/Berlin"]) { res in
                #expect(res.html.contains("Mon 4 Mar 2030, 11:00"), "shown in the viewer's zone")
                #expect(res.html.contains("entered as Mon 4 Mar 2030, 10:00"))
                #expect(res.html.contains(", UTC</div>"))
            }
            try await app.local().test(.GET, "interviews/\(first.id)", headers: ["Cookie": "candor_tz=UTC"]) { res in
                #expect(!res.html.contains("entered as"), "same zone: nothing to add")
            }
            try await app.local().test(.GET, "interviews?tz=Asia/Tokyo") { res in
                #expect(res.html.contains("Mon 4 Mar 2030, 19:00"))
            }
        }
    }

    @Test("every page loads the time-zone script, which is served as JavaScript")
    func script() async throws {
        try await withCandorApp { app, _ in
            try await app.local().test(.GET, "/") { res in
                #expect(res.html.contains(#"<script src="/assets/candor.js?v=\#(Asset.script.version)" defer></script>"#))
                #expect(res.html.contains(#"href="/assets/candor.css?v=\#(Asset.stylesheet.version)""#))
                #expect(!res.html.contains("capture.js"), "interview mode's script only where it is needed")
            }
            try await app.local().test(.GET, "assets/candor.js") { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.subType == "javascript")
                #expect(res.body.string.contains("Intl.DateTimeFormat().resolvedOptions().timeZone"))
                #expect(res.body.string.contains("candor_tz"))
            }
            // Interview mode's script is a file of its own; an unknown asset is a plain 404.
            try await app.local().test(.GET, "assets/capture.js") { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.subType == "javascript")
                #expect(res.body.string.contains("candor:pending:"))
            }
            try await app.local().test(.GET, "assets/nothing.js") { res in
                #expect(res.status == .notFound)
            }
        }
    }
}

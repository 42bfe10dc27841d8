import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Calendar feed and profile")
struct CalendarFeedTests {
    @Test("an unknown token is a plain 404; the right one gives text/calendar with a VEVENT per interview and CRLF line ends")
    func feed() async throws {
        try await withCandorApp { app, store in
            let (_, first, second) = try await AgendaPageTests.backToBack(store)
            let token = try await store.calendarToken()
            for path in ["calendar/\(String(repeating: "0", count: 64)).ics", "calendar/\(token)", "calendar/nonsense.ics",
                         "calendar/\(token.uppercased()).ics"] {
                try await app.local().test(.GET, path) { res in
                    #expect(res.status == .notFound, "\(path)")
                    #expect(res.html.contains("There is no such page."))
                    // The page's own anti-forgery meta tag aside, nothing hints at tokens or feeds.
                    let visible = res.html.replacingOccurrences(of: #"<meta name="csrf-token"[^>]*>"#, with: "", options: .regularExpression)
                    #expect(!visible.localizedCaseInsensitiveContains("token"))
                }
            }
            try await app.local().test(.GET, "calendar/\(token).ics?tz=Asia/Tokyo") { res in
                #expect(res.status == .ok)
                #expect(res.headers.first(name: .contentType) == ICalendar.mediaType)
                #expect(res.headers.first(name: .cacheControl) == "no-store")
                #expect(res.headers.first(name: .contentDisposition) == #"inline; filename="candor-interviews.ics""#,
                        "saved under a plain name, never under the secret")
                #expect(res.headers.first(name: .setCookie) == nil, "a feed never sets cookies")
                let text = res.body.string
                #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
                #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
                #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
                #expect(text.contains("UID:\(first.id.uuidString.lowercased())@candor"))
                #expect(text.contains("UID:\(second.id.uuidString.lowercased())@candor"))
                #expect(text.contains("DTSTART:20300304T100000Z"))
                #expect(!text.contains("Ana Ruiz"), "the plain feed carries times and companies only")
                #expect(!text.contains("DESCRIPTION:") && !text.contains("LOCATION:"))
            }
            try await app.local().test(.GET, "calendar/\(token)-details.ics") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Ana Ruiz"), "the detailed feed names the panel")
                #expect(res.body.string.contains("DESCRIPTION:"))
            }
        }
    }

    @Test("the profile shows the address from the Host header; a new one makes the old one 404")
    func regenerate() async throws {
        try await withCandorApp { app, store in
            let old = try await store.calendarToken()
            try await app.local().test(.GET, "profile", headers: ["Host": "localhost:8123"]) { res in
                #expect(res.html.contains("http://localhost:8123/calendar/\(old).ics"))
                #expect(res.html.contains("http://localhost:8123/calendar/\(old)-details.ics"))
                #expect(res.html.contains("Anyone with either address can read what it carries"))
                #expect(res.html.contains(#"action="/profile/calendar-token""#))
            }
            try await app.local().test(.GET, "profile", headers: ["Host": "127.0.0.1", "X-Forwarded-Proto": "https"]) { res in
                #expect(res.html.contains("https://127.0.0.1/calendar/\(old).ics"))
            }
            try await app.local().test(.POST, "profile/calendar-token") { res in
                #expect(res.status == .seeOther)
                #expect(res.location == "/profile?notice=calendar-token-changed#calendar")
            }
            let new = try await store.calendarToken()
            #expect(new != old)
            try await app.local().test(.GET, "calendar/\(old).ics") { res in #expect(res.status == .notFound) }
            try await app.local().test(.GET, "calendar/\(new).ics") { res in #expect(res.status == .ok) }
            try await app.local().test(.GET, "profile?notice=calendar-token-changed") { res in
                #expect(res.html.contains("New calendar address made."))
                #expect(res.html.contains("/calendar/\(new).ics"))
            }
        }
    }

    @Test("the schedule rules save from the profile form; bad values come back with 422 and what was typed")
    func scheduleRules() async throws {
        try await withCandorApp { app, store in
            var input = ProfileFormInput(profile: Profile())
            input.minBreakMinutes = "20"
            input.maxDailyMinutes = "300"
            input.maxDailyCount = "4"
            input.maxWeeklyCount = "10"
            try await app.local().test(.POST, "profile", beforeRequest: { req in
                try req.content.encode(input, as: .urlEncodedForm)
            }, afterResponse: { res in
                #expect(res.status == .seeOther)
            })
            #expect(try await store.profile().schedule == ScheduleRules(minBreakMinutes: 20, maxDailyMinutes: 300, maxDailyCount: 4, maxWeeklyCount: 10))
            try await app.local().test(.GET, "profile") { res in
                #expect(res.html.contains(#"name="minBreakMinutes" value="20""#))
                #expect(res.html.contains(#"name="maxWeeklyCount" value="10""#))
            }

            // The reason sits at its field, as a sentence (see FieldErrorTests for the markup).
            for (field, typed, message) in [("maxDailyCount", "0", "Must be between 1 and 20, got 0."),
                                            ("minBreakMinutes", "ten", "'ten' is not a whole number."),
                                            ("maxDailyMinutes", "10", "Must be between 30 and 1440, got 10.")] {
                var bad = input
                bad.minBreakMinutes = "25"
                switch field {
                case "maxDailyCount": bad.maxDailyCount = typed
                case "minBreakMinutes": bad.minBreakMinutes = typed
                default: bad.maxDailyMinutes = typed
                }
                try await app.local().test(.POST, "profile", beforeRequest: { req in
                    try req.content.encode(bad, as: .urlEncodedForm)
                }, afterResponse: { res in
                    #expect(res.status == .unprocessableEntity, "\(field)=\(typed)")
                    #expect(res.html.contains(#"<p class="field-error" id="\#(field)-error">\#(message.htmlEscaped)</p>"#), "\(field)")
                    #expect(res.html.contains(#"name="\#(field)" value="\#(typed)""#), "typed value kept")
                    #expect(res.html.contains(#"name="maxWeeklyCount" value="10""#), "other values kept")
                })
            }
            #expect(try await store.profile().schedule.minBreakMinutes == 20, "nothing saved")
        }
    }

    @Test("the home page shows the practice nudge and a flags summary linking to the agenda")
    func home() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Zephyr"), status: .applied)
            try await app.local().test(.GET, "/") { res in
                #expect(res.html.contains(#"id="practice""#))
                #expect(res.html.contains("No interview recorded yet. Interviewing every 12 months keeps the skill sharp"))
                #expect(res.html.contains(#"class="alert warning nudge""#))
                #expect(res.html.contains(#"href="/companies/\#(company.id)/interviews/new""#))
                #expect(!res.html.contains(#"id="flags""#), "no flags, no summary")
            }
            let utc = TimeZone(identifier: "UTC")!
            let past = Calendar(identifier: .gregorian).date(byAdding: .month, value: -14, to: Date())!
            try await store.addInterview(InterviewDraft(companyID: company.id, startsAt: past, timeZone: "UTC", status: .done))
            try await app.local().test(.GET, "/?tz=UTC") { res in
                #expect(res.html.contains("Your last interview was on \(LocalTime.format(past, in: utc).prefix(10))."))
                #expect(res.html.contains("time to book a practice interview"))
            }
            _ = try await AgendaPageTests.backToBack(store)
            try await app.local().test(.GET, "/?tz=UTC") { res in
                #expect(res.html.contains("Flags: 1 thing in your schedule"))
                #expect(res.html.contains(#"<a href="/agenda">See the agenda</a>"#))
                #expect(res.html.contains("Mon 4 Mar 2030, 10:00"), "coming up, in the viewer's zone")
            }
        }
    }
}

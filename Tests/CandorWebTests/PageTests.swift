import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Web pages")
struct PageTests {
    @Test("health check answers 200")
    func health() async throws {
        try await withCandorApp { app, _ in
            try await app.local().test(.GET, "healthz") { res in
                #expect(res.status == .ok)
                #expect(res.body.string == "ok")
            }
        }
    }

    @Test("an empty database shows the onboarding; the demo opens in a sandbox of its own, left or deleted in one click")
    func onboardingThenDemo() async throws {
        try await withCandorApp { app, store in
            try await app.local().test(.GET, "/") { res in
                #expect(res.status == .ok)
                #expect(res.html.contains("Welcome to Candor"))
                #expect(res.html.contains("Set values and dealbreakers"))
                #expect(res.html.contains(#"action="/demo""#))
                #expect(!res.html.contains("demo-bar"))
            }
            var cookie = ""
            try await app.local().test(.POST, "demo") { res in
                #expect(res.status == .seeOther)
                #expect(res.location == "/?notice=demo-loaded")
                let set = try #require(res.headers.first(name: .setCookie))
                #expect(set.hasPrefix("candor_demo=1") && set.contains("HttpOnly") && set.contains("SameSite=Lax"))
                cookie = "candor_demo=1; \(CSRFMiddleware.cookieName)=\(sessionToken)"
            }
            // The candidate's own search and profile are untouched.
            #expect(try await store.companies().isEmpty)
            #expect(try await !store.profile().hasPreferences)
            let demo = Store(db: store.db, accountID: AccountID.demo)
            let names = try await demo.companies().map(\.name)
            #expect(names.contains("Lumen Health"))

            func get(_ path: String, cookie: String?) async throws -> TestingHTTPResponse {
                try await app.local().sendRequest(.GET, path, beforeRequest: { req in
                    if let cookie { req.headers.replaceOrAdd(name: .cookie, value: cookie) }
                })
            }
            let inDemo = try await get("/?notice=demo-loaded", cookie: cookie)
            #expect(!inDemo.html.contains("Welcome to Candor"))
            #expect(inDemo.html.contains("This is the demo"))
            for name in names { #expect(inDemo.html.contains(name)) }
            #expect(inDemo.html.contains("Coming up"))
            #expect(inDemo.html.contains(#"<aside class="demo-bar" aria-label="Demo">"#))
            #expect(inDemo.html.contains(#"action="/demo/leave""#) && inDemo.html.contains(#"action="/demo/remove""#))
            #expect(!inDemo.html.contains("try-demo"), "no offer of the demo inside it")
            // Without the cookie: the candidate's own, still empty, search.
            #expect(try await get("/", cookie: nil).html.contains("Welcome to Candor"))

            // Leave: the cookie goes, the demo stays.
            try await app.local().test(.POST, "demo/leave", beforeRequest: { req in
                req.headers.replaceOrAdd(name: .cookie, value: cookie)
            }) { res in
                #expect(res.location == "/?notice=demo-left")
                #expect(res.headers.first(name: .setCookie)?.hasPrefix("candor_demo=;") == true)
            }
            #expect(try await demo.demoExists())

            // Delete: gone, and a cookie left in another tab falls back to the candidate's own search.
            try await app.local().test(.POST, "demo/remove", beforeRequest: { req in
                req.headers.replaceOrAdd(name: .cookie, value: cookie)
            }) { res in
                #expect(res.location == "/?notice=demo-removed")
            }
            #expect(try await !demo.demoExists())
            let stale = try await get("/", cookie: cookie)
            #expect(stale.html.contains("Welcome to Candor") && !stale.html.contains("demo-bar"))
            #expect(stale.headers.first(name: .setCookie)?.hasPrefix("candor_demo=;") == true)

            // A search of one's own still offers the demo, apart from it.
            _ = try await store.addCompany(CompanyDraft(name: "Mine Ltd"), status: .applied)
            let mine = try await get("/", cookie: nil).html
            #expect(mine.contains("Mine Ltd") && mine.contains(#"<div class="card try-demo">"#) && mine.contains(#"action="/demo""#))
        }
    }

    @Test("adding a company through the form, then its page shows what was typed")
    func addCompany() async throws {
        try await withCandorApp { app, store in
            try await app.local().test(.POST, "companies", beforeRequest: { req in
                try req.form(["name": "Acme Robotics", "stage": "scaleup", "ownership": "private", "status": "applied",
                              "roleTitle": "Platform Engineer", "headcount": "250", "concerns[]": "on-call"])
            }, afterResponse: { res in
                #expect(res.status == .seeOther)
            })
            let company = try #require(try await store.companies().first)
            #expect(company.name == "Acme Robotics" && company.stage == .scaleup && company.headcount == 250)
            #expect(company.status == .applied)
            try await app.local().test(.GET, "companies/\(company.id)") { res in
                #expect(res.status == .ok)
                #expect(res.html.contains("Platform Engineer"))
                #expect(res.html.contains("Scaleup · Private"))
                #expect(res.html.contains("On-call and operations"))
            }
        }
    }

    @Test("a form with an error comes back with the message, status 422 and every typed value")
    func formErrorsKeepInput() async throws {
        try await withCandorApp { app, store in
            try await app.local().test(.POST, "companies", beforeRequest: { req in
                try req.form(["name": "   ", "roleTitle": "Keep this title", "notes": "and these notes"])
            }, afterResponse: { res in
                #expect(res.status == .unprocessableEntity)
                // The refusal sits next to its field, in a sentence, and the field says it was refused.
                #expect(res.html.contains("Not saved: check the field marked below.</"))
                #expect(res.html.contains(#"aria-invalid="true" aria-describedby="name-error""#))
                #expect(res.html.contains(#"<p class="field-error" id="name-error">Is required.</p>"#))
                #expect(res.html.contains(#"value="Keep this title""#))
                #expect(res.html.contains("and these notes"))
            })
            #expect(try await store.companies().isEmpty)

            // On edit too, for a value that came from a text area and one from a number.
            let company = try await store.addCompany(CompanyDraft(name: "Real Co"))
            try await app.local().test(.POST, "companies/\(company.id)", beforeRequest: { req in
                try req.form(["name": "Real Co", "headcount": "0", "notes": "kept"])
            }, afterResponse: { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains(#"id="headcount-error""#))
                #expect(res.html.contains(#"name="headcount" value="0""#))
                #expect(res.html.contains(">kept</textarea>"))
            })
            try await app.local().test(.POST, "companies/\(company.id)", beforeRequest: { req in
                try req.form(["name": "Real Co", "notes": String(repeating: "x", count: 20_001)])
            }, afterResponse: { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains(#"<textarea id="notes" name="notes" rows="3" aria-invalid="true" aria-describedby="notes-error">"#))
            })
        }
    }

    @Test("the person form places its refusals next to their fields and keeps what was typed")
    func personFormErrors() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Acme"))
            try await app.local().test(.POST, "companies/\(company.id)/people", beforeRequest: { req in
                try req.form(["name": "Dana", "title": String(repeating: "t", count: 201), "roleKind": "engineer", "notes": "keep me"])
            }, afterResponse: { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains("Not saved: check the field marked below.</"))
                #expect(res.html.contains(#"aria-invalid="true" aria-describedby="title-error""#))
                #expect(res.html.contains(#"id="title-error""#))
                #expect(res.html.contains(#"value="Dana""#) && res.html.contains(">keep me</textarea>"))
            })
            try await app.local().test(.POST, "companies/\(company.id)/people", beforeRequest: { req in
                try req.form(["name": "Dana", "roleKind": "wizard"])
            }, afterResponse: { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains(#"id="roleKind-error""#))
            })
            #expect(try await store.people(companyID: company.id).isEmpty)
        }
    }

    @Test("user text is escaped everywhere it appears, and shown exactly as typed")
    func escaping() async throws {
        let hostile = #"<script>alert("x")</script> &amp; 'quoted' "attr"#
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: hostile, roleTitle: hostile, notes: hostile))
            for path in ["/", "companies", "companies/\(company.id)", "companies/\(company.id)/edit"] {
                try await app.local().test(.GET, path) { res in
                    #expect(res.status == .ok)
                    #expect(!res.html.contains("<script>alert"), "raw markup on \(path)")
                    #expect(!res.html.contains(#"value="<script"#), "unescaped attribute on \(path)")
                    #expect(res.html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;amp; &#39;quoted&#39;"),
                            "text not shown as typed on \(path)")
                }
            }
            #expect(SecurityHeadersMiddleware.contentSecurityPolicy.contains("script-src 'self'"))
        }
    }

    @Test("unknown ids give an HTML 404 page, not JSON or a stack trace")
    func notFound() async throws {
        try await withCandorApp { app, _ in
            for path in ["companies/\(UUID())", "companies/not-an-id", "interviews/\(UUID())", "nowhere"] {
                try await app.local().test(.GET, path) { res in
                    #expect(res.status == .notFound, "\(path)")
                    #expect(res.headers.contentType == .html)
                    #expect(res.html.contains("Not found"))
                }
            }
        }
    }

    @Test("a form posted from another site is refused")
    func crossSite() async throws {
        try await withCandorApp { app, store in
            try await app.local().test(.POST, "companies", beforeRequest: { req in
                req.headers.replaceOrAdd(name: .origin, value: "https://evil.example")
                req.headers.replaceOrAdd(name: .host, value: "127.0.0.1:8080")
                try req.form(["name": "Planted"])
            }, afterResponse: { res in
                #expect(res.status == .forbidden)
            })
            try await app.local().test(.POST, "companies", beforeRequest: { req in
                req.headers.replaceOrAdd(name: .origin, value: "http://127.0.0.1:8080")
                req.headers.replaceOrAdd(name: .host, value: "127.0.0.1:8080")
                try req.form(["name": "Welcome"])
            }, afterResponse: { res in
                #expect(res.status == .seeOther)
            })
            #expect(try await store.companies().map(\.name) == ["Welcome"])
        }
    }

    @Test("an interview with a panel typed into the slots keeps its order and adds the new people")
    func interviewPanel() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Acme"))
            let known = try await store.addPerson(PersonDraft(companyID: company.id, name: "Kim", roleKind: .engineer))
            try await app.local().test(.POST, "companies/\(company.id)/interviews", beforeRequest: { req in
                try req.form([
                    "startsAt": "2027-01-12T15:00", "timeZone": "Europe/Lisbon", "durationMinutes": "60",
                    "kind": "panel", "format": "video", "location": "https://meet.example/x",
                    "slot0Person": "", "slot0Name": "Ana", "slot0Role": "hiring-manager",
                    "slot1Person": known.id.uuidString, "slot1Name": "", "slot1Role": "other",
                    "slot2Person": "", "slot2Name": "Raj", "slot2Role": "engineer",
                    "slot3Person": "", "slot3Name": "", "slot3Role": "other",
                ])
            }, afterResponse: { res in
                #expect(res.status == .seeOther)
            })
            let interview = try #require(try await store.interviews().first)
            #expect(interview.participants.map(\.name) == ["Ana", "Kim", "Raj"])
            #expect(interview.participants.map(\.roleKind) == [.hiringManager, .engineer, .engineer])
            #expect(LocalTime.format(interview.startsAt, in: TimeZone(identifier: "Europe/Lisbon")!) == "2027-01-12 15:00")
            try await app.local().test(.GET, "interviews/\(interview.id)") { res in
                #expect(res.html.contains("Ana"))
                #expect(res.html.contains("Tue 12 Jan 2027, 15:00"))
            }
        }
    }

    @Test("a new person on the panel needs a role; a blank kind is what the panel suggests")
    func interviewRoleAndKind() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Solo Co"))
            var form = ["startsAt": "2031-02-10T10:00", "timeZone": "UTC", "durationMinutes": "45", "kind": "", "format": "video",
                        "slot0Person": "", "slot0Name": "Noor Haddad", "slot0Role": "", "notes": "bring the portfolio"]
            try await app.local().test(.POST, "companies/\(company.id)/interviews", beforeRequest: { req in
                try req.form(form)
            }, afterResponse: { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains("Say what Noor Haddad does (hiring manager, engineer, recruiter, …)"))
                #expect(res.html.contains(#"id="slot0Role" name="slot0Role" aria-invalid="true""#), "the error sits at the role")
                #expect(res.html.contains(#"value="Noor Haddad""#) && res.html.contains("bring the portfolio"), "what was typed is kept")
            })
            #expect(try await store.interviews().isEmpty)
            #expect(try await store.people().isEmpty)
            try await app.local().test(.GET, "companies/\(company.id)/interviews/new", headers: ["Cookie": "candor_tz=America%2FNew_York"]) { res in
                #expect(res.html.contains(#"<option value="America/New_York" selected>"#), "the browser's zone, not the server's")
                #expect(res.html.contains(#"<option value>From the panel</option>"#))
                #expect(res.html.contains(#"<option value>Choose a role</option>"#))
            }

            form["slot0Role"] = "hiring-manager"
            try await app.local().test(.POST, "companies/\(company.id)/interviews", beforeRequest: { req in
                try req.form(form)
            }, afterResponse: { res in
                #expect(res.status == .seeOther)
            })
            let interview = try #require(try await store.interviews().first)
            #expect(interview.kind == .hiringManager && interview.title == "Hiring manager at Solo Co")
            #expect(try await store.plan(interviewID: interview.id).questions.contains { $0.reasons.contains(.whyRole) })
        }
    }

    @Test("a bad time zone or date in the interview form names the field and saves nothing")
    func interviewBadInput() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Acme"))
            let cases = [("Mars/Base", "2027-01-12T15:00", "60", "time zone", "timeZone", "is not an IANA time zone such as Europe/Berlin"),
                         ("UTC", "soon", "60", "start", "startsAt", "is not a date and time like"),
                         ("UTC", "2031-02-31T10:00", "60", "start", "startsAt", "That date does not exist: February 2031 has 28 days."),
                         ("UTC", "2031-02-10T10:00", "0", "duration (minutes)", "durationMinutes", "Must be between 1 and 720, got 0.")]
            for (zone, start, minutes, field, input, reason) in cases {
                try await app.local().test(.POST, "companies/\(company.id)/interviews", beforeRequest: { req in
                    try req.form(["startsAt": start, "timeZone": zone, "durationMinutes": minutes, "slot0Name": "Ana", "slot0Role": "engineer"])
                }, afterResponse: { res in
                    #expect(res.status == .unprocessableEntity)
                    // The banner points at the field; the reason sits next to it, which is marked.
                    #expect(res.html.contains("Not saved: check the field marked below.</"), "\(field)")
                    #expect(res.html.contains(#"aria-invalid="true" aria-describedby="\#(input)-error""#), "\(input)")
                    #expect(res.html.contains(#"<p class="field-error" id="\#(input)-error">"#) && res.html.contains(reason), "\(reason)")
                    #expect(res.html.contains(#"value="Ana""#), "typed panel is kept")
                    if input == "startsAt" { #expect(res.html.contains(#"value="\#(start)""#), "the refused value is kept in its field") }
                })
            }
            #expect(try await store.interviews().isEmpty)
            #expect(try await store.people().isEmpty, "no half-written panel")
        }
    }

    @Test("no page repeats an id, and every label points at an element that exists")
    func uniqueIDs() async throws {
        try await withCandorApp { app, store in
            try await store.loadDemo(zone: TimeZone(identifier: "UTC")!)
            let company = try #require(try await store.companies().first { $0.name == "Lumen Health" })
            let person = try #require(try await store.people(companyID: company.id).first)
            let interviews = try await store.interviews(companyID: company.id)
            let question = try #require(try await store.questions().first)
            var paths = ["", "profile", "pipeline", "agenda?tz=UTC", "companies", "companies/new", "companies/\(company.id)",
                         "companies/\(company.id)/edit", "companies/\(company.id)/insight", "companies/\(company.id)/offer",
                         "compare", "companies/\(company.id)/people/new", "people/\(person.id)", "people/\(person.id)/edit",
                         "questions", "questions/\(question.id)/edit", "interviews", "companies/\(company.id)/interviews/new"]
            for interview in interviews {
                paths += ["interviews/\(interview.id)", "interviews/\(interview.id)/edit", "interviews/\(interview.id)/plan",
                          "interviews/\(interview.id)/capture"]
            }
            let idPattern = try Regex(#"\sid="([^"]+)""#)
            let forPattern = try Regex(#"<label[^>]*\sfor="([^"]+)""#)
            for path in paths {
                try await app.local().test(.GET, path) { res in
                    #expect(res.status == .ok, "\(path)")
                    let html = res.body.string
                    let ids = html.matches(of: idPattern).map { String($0.output[1].substring ?? "") }
                    let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
                    #expect(repeated.isEmpty, "\(path) repeats ids: \(repeated)")
                    let targets = Set(ids)
                    let dangling = html.matches(of: forPattern).map { String($0.output[1].substring ?? "") }.filter { !targets.contains($0) }
                    #expect(dangling.isEmpty, "\(path) has labels for nothing: \(dangling)")
                }
            }
        }
    }

    @Test("the profile form saves values and dealbreakers")
    func profile() async throws {
        try await withCandorApp { app, store in
            try await app.local().test(.POST, "profile", beforeRequest: { req in
                try req.content.encode(
                    ProfileFormInput(profile: Profile(values: [.growth, .people], dealbreakers: [.onCall], practiceCadenceMonths: 9)),
                    as: .urlEncodedForm)
            }, afterResponse: { res in
                #expect(res.status == .seeOther)
            })
            let profile = try await store.profile()
            #expect(profile.values == [.growth, .people] && profile.dealbreakers == [.onCall] && profile.practiceCadenceMonths == 9)
            try await app.local().test(.GET, "profile?saved=1") { res in
                #expect(res.html.contains(#"Saved. Next: <a href="/companies/new">add a company you are talking to</a>"#))
                #expect(res.html.contains(#"value="growth" checked"#))
            }
        }
    }

    @Test("saving the profile plans the interviews still to come again, and says so")
    func profileReplans() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Acme"))
            let interview = try await store.saveInterview(
                InterviewDraft(companyID: company.id, startsAt: Date().addingTimeInterval(86_400), timeZone: "UTC",
                               durationMinutes: 60, kind: .technical, questionMinutesPlanned: 20),
                panel: [.named("Kim", role: .engineer)])
            let bank = Dictionary(uniqueKeysWithValues: try await store.questions().map { ($0.id, $0) })
            func probesEthics() async throws -> Bool {
                try await store.plan(interviewID: interview.id).questions.contains {
                    $0.questionID.flatMap { bank[$0]?.themes.contains(.ethics) } == true
                }
            }
            #expect(try await !probesEthics())
            try await app.local().test(.POST, "profile", beforeRequest: { req in
                try req.content.encode(ProfileFormInput(profile: Profile(dealbreakers: [.ethics])), as: .urlEncodedForm)
            }, afterResponse: { res in
                #expect(res.status == .seeOther)
            })
            #expect(try await probesEthics(), "the new dealbreaker is probed in the plan still to come")
            try await app.local().test(.GET, "profile?saved=1") { res in
                #expect(res.html.contains("Saved. The plans of your interviews still to come follow it now"))
            }
        }
    }

    @Test("an interview saved as scheduled that already ended says so")
    func interviewInThePast() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Acme"))
            for (start, notice) in [("1999-03-04T10:00", "interview-saved-past"), ("2031-03-04T10:00", "interview-saved")] {
                try await app.local().test(.POST, "companies/\(company.id)/interviews", beforeRequest: { req in
                    try req.form(["startsAt": start, "timeZone": "UTC", "durationMinutes": "60", "kind": "technical", "format": "video"])
                }, afterResponse: { res in
                    #expect(res.status == .seeOther)
                    #expect(res.headers.first(name: .location)?.hasSuffix("?notice=\(notice)") == true)
                })
            }
            let past = try #require(try await store.interviews().first)
            try await app.local().test(.GET, "interviews/\(past.id)?notice=interview-saved-past") { res in
                #expect(res.html.contains("It has already ended: if it took place, set its status to done"))
            }
        }
    }

    @Test("removing a company asks first, then removes it")
    func removeCompany() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Gone Soon"))
            try await app.local().test(.GET, "companies/\(company.id)/remove") { res in
                #expect(res.html.contains("Remove Gone Soon?"))
            }
            #expect(try await store.companies().count == 1)
            try await app.local().test(.POST, "companies/\(company.id)/remove") { res in
                #expect(res.status == .seeOther)
            }
            #expect(try await store.companies().isEmpty)
        }
    }
}

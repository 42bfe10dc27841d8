import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Pipeline and person pages")
struct PipelinePageTests {
    @Test("the board has a column per status with each company in its own, and the card's form moves it")
    func boardAndMove() async throws {
        try await withCandorApp { app, store in
            let acme = try await store.addCompany(CompanyDraft(name: "Acme", roleTitle: "Platform Engineer"))
            let bolt = try await store.addCompany(CompanyDraft(name: "Bolt"), status: .applied)
            let crane = try await store.addCompany(CompanyDraft(name: "Crane"), status: .ghosted)
            try await app.local().test(.GET, "pipeline") { res in
                #expect(res.status == .ok)
                #expect(res.html.contains(#"<a href="/pipeline" aria-current="page">Pipeline</a>"#), "in the navigation")
                for status in PipelineStatus.allCases {
                    #expect(res.html.contains(#"data-status="\#(status.rawValue)""#), "a column for \(status)")
                }
                #expect(column(res.html, .researching).contains("Acme"))
                #expect(column(res.html, .researching).contains("Platform Engineer"))
                #expect(column(res.html, .researching).contains("Decide whether to apply"))
                #expect(column(res.html, .researching).contains("0 days since last contact"))
                #expect(column(res.html, .applied).contains("Bolt") && !column(res.html, .applied).contains("Acme"))
                #expect(column(res.html, .ghosted).contains("Crane"))
                #expect(res.html.contains(#"action="/companies/\#(acme.id)/status""#))
                #expect(res.html.contains(#"name="back" value="/pipeline#company-\#(acme.id)""#))
                #expect(res.html.contains(#"href="/pipeline?view=table""#))
            }
            try await app.local().test(.POST, "companies/\(acme.id)/status", beforeRequest: { req in
                try req.form(["status": "interviewing", "back": "/pipeline#company-\(acme.id)"])
            }, afterResponse: { res in
                #expect(res.status == .seeOther)
                #expect(res.location == "/pipeline?notice=status-changed#company-\(acme.id)")
            })
            let moved = try await store.company(id: acme.id)
            #expect(moved.status == .interviewing)
            #expect(moved.statusHistory.map(\.status) == [.researching, .interviewing])
            try await app.local().test(.GET, "pipeline?notice=status-changed") { res in
                #expect(res.html.contains("Status updated."))
                #expect(column(res.html, .interviewing).contains("Acme"))
                #expect(!column(res.html, .researching).contains("Acme"))
            }
            _ = (bolt, crane)
        }
    }

    @Test("the move form only goes back to local pipeline or company pages")
    func backIsChecked() async throws {
        try await withCandorApp { app, store in
            let acme = try await store.addCompany(CompanyDraft(name: "Acme"))
            let cases = [
                ("https://evil.example/pipeline", "/companies/\(acme.id)?notice=status-changed"),
                ("//evil.example/pipeline", "/companies/\(acme.id)?notice=status-changed"),
                ("/questions", "/companies/\(acme.id)?notice=status-changed"),
                ("/pipeline?view=table", "/pipeline?view=table&notice=status-changed"),
                ("/companies/\(acme.id)", "/companies/\(acme.id)?notice=status-changed"),
            ]
            for (back, expected) in cases {
                try await app.local().test(.POST, "companies/\(acme.id)/status", beforeRequest: { req in
                    try req.form(["status": "applied", "back": back])
                }, afterResponse: { res in
                    #expect(res.location == expected, "back=\(back)")
                })
            }
        }
    }

    @Test("the table view lists companies by next action, as the store orders them")
    func tableOrder() async throws {
        try await withCandorApp { app, store in
            let utc = TimeZone(identifier: "UTC")!
            let later = try await store.addCompany(CompanyDraft(name: "Later Ltd", roleTitle: "SRE"), status: .interviewing)
            let sooner = try await store.addCompany(CompanyDraft(name: "Sooner GmbH"), status: .applied)
            _ = try await store.addCompany(CompanyDraft(name: "Quiet Inc"), status: .researching)
            _ = try await store.addCompany(CompanyDraft(name: "Closed Co"), status: .rejected)
            let now = Date()
            try await store.addInterview(InterviewDraft(companyID: later.id, startsAt: now.addingTimeInterval(3 * 86_400), timeZone: "UTC"))
            let soon = try await store.addInterview(InterviewDraft(
                companyID: sooner.id, startsAt: now.addingTimeInterval(86_400), timeZone: "UTC", kind: .technical))
            let expected = try await store.pipeline().map(\.company.name)
            #expect(expected == ["Sooner GmbH", "Later Ltd", "Quiet Inc", "Closed Co"])
            try await app.local().test(.GET, "pipeline?view=table&tz=UTC") { res in
                #expect(res.status == .ok)
                let body = try #require(res.html.components(separatedBy: "<tbody>").last)
                let positions = expected.map { body.range(of: $0)?.lowerBound }
                #expect(positions.allSatisfy { $0 != nil })
                #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
                for header in ["Company", "Status", "Role", "Next step", "Next interview", "Days since contact"] {
                    #expect(res.html.contains(#"<th scope="col">\#(header)</th>"#))
                }
                #expect(res.html.contains("Technical interview"))
                #expect(res.html.contains(LocalTime.display(soon.startsAt, in: utc)))
                #expect(res.html.contains(#"href="/pipeline" class="button secondary">Board</a>"#))
            }
        }
    }

    @Test("a person's page lists their interviews and every answer they gave; company and interview pages link to it")
    func personPage() async throws {
        try await withCandorApp { app, store in
            try await store.loadDemo(zone: TimeZone(identifier: "UTC")!)
            let priya = try await store.person(matching: "Priya Raman")
            let company = try await store.company(id: priya.companyID)
            let interviews = try await store.interviews(personID: priya.id)
            let answers = try await store.asks(personID: priya.id)
            #expect(!interviews.isEmpty && !answers.isEmpty)
            try await app.local().test(.GET, "people/\(priya.id)?tz=UTC") { res in
                #expect(res.status == .ok)
                #expect(res.html.contains("<h1>Priya Raman</h1>"))
                #expect(res.html.contains(priya.roleKind.label))
                if let title = priya.title { #expect(res.html.contains(title.htmlEscaped)) }
                #expect(res.html.contains(#"<a href="/companies/\#(company.id)">\#(company.name.htmlEscaped)</a>"#))
                #expect(res.html.contains(#"href="/people/\#(priya.id)/edit""#))
                for interview in interviews {
                    #expect(res.html.contains(#"href="/interviews/\#(interview.id)""#))
                    #expect(res.html.contains(LocalTime.display(interview.startsAt, in: TimeZone(identifier: "UTC")!)))
                }
                for ask in answers {
                    #expect(res.html.contains(ask.questionText.htmlEscaped))
                    if let answer = ask.answer { #expect(res.html.contains(answer.htmlEscaped)) }
                    #expect(res.html.contains(#"data-status="\#(ask.status.rawValue)""#))
                }
            }
            try await app.local().test(.GET, "companies/\(company.id)") { res in
                #expect(res.html.contains(#"<a href="/people/\#(priya.id)">Priya Raman</a>"#))
                #expect(res.html.contains(#"href="/people/\#(priya.id)/edit""#))
            }
            try await app.local().test(.GET, "interviews/\(interviews[0].id)") { res in
                #expect(res.html.contains(#"<a href="/people/\#(priya.id)">Priya Raman</a>"#))
            }
            try await app.local().test(.GET, "people/\(UUID())") { res in
                #expect(res.status == .notFound)
            }
        }
    }

    @Test("user text is escaped on the new pages too")
    func escaping() async throws {
        let hostile = #"<script>alert("x")</script> &amp; 'quoted' "attr"#
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: hostile, roleTitle: hostile))
            let person = try await store.addPerson(PersonDraft(companyID: company.id, name: hostile, title: hostile, notes: hostile))
            try await store.addInterview(InterviewDraft(
                companyID: company.id, startsAt: Date().addingTimeInterval(86_400), timeZone: "UTC", location: hostile,
                questionMinutesPlanned: 0, participantIDs: [person.id]))
            for path in ["pipeline", "pipeline?view=table", "agenda", "people/\(person.id)", "/"] {
                try await app.local().test(.GET, path) { res in
                    #expect(res.status == .ok, "\(path)")
                    #expect(!res.html.contains("<script>alert"), "raw markup on \(path)")
                    #expect(res.html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;amp; &#39;quoted&#39;"),
                            "text not shown as typed on \(path)")
                }
            }
        }
    }
}

/// The markup of one status column on the board.
func column(_ html: String, _ status: PipelineStatus) -> String {
    guard let start = html.range(of: #"data-status="\#(status.rawValue)""#) else { return "" }
    let rest = html[start.upperBound...]
    let end = rest.range(of: "</section>")?.lowerBound ?? rest.endIndex
    return String(rest[..<end])
}

import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("The insight page and theme corrections")
struct InsightPageTests {
    static let utc = TimeZone(identifier: "UTC")!

    static func insightPath(_ companyID: UUID) -> String { "companies/\(companyID)/insight" }

    /// One answer typed by hand at a company of its own, after a held interview.
    static func answered(_ store: Store, company name: String = "Acme", person: String = "Dana Diaz",
                         text: String) async throws -> (company: Company, ask: Ask) {
        let company = try await store.addCompany(CompanyDraft(name: name), status: .interviewing)
        let interview = try await store.saveInterview(InterviewDraft(
            companyID: company.id, startsAt: Date().addingTimeInterval(-2 * 86_400), timeZone: "UTC", status: .done),
            panel: [.named(person, role: .engineer)])
        let personID = try #require(interview.participants.first?.personID)
        let ask = try await store.addToPlan(interviewID: interview.id, personID: personID,
                                            text: "What would you change about working here?", refill: false)
        _ = try await store.saveAnswer(askID: ask.id, text: text, baseVersion: ask.version)
        return (company, try await store.ask(id: ask.id))
    }

    /// The markup of one answer under "Every answer", up to the next answer.
    static func answerItem(_ html: String, _ askID: UUID) throws -> String {
        let start = try #require(html.range(of: #"id="answer-\#(askID)""#), "no answer \(askID) on the page")
        let rest = html[start.upperBound...]
        let ends = [rest.range(of: #"<li class="card read-answer""#)?.lowerBound, rest.range(of: "</ol>")?.lowerBound]
        return String(rest[..<(ends.compactMap { $0 }.min() ?? rest.endIndex)])
    }

    /// Posts a correction the way the page's little forms do.
    static func correct(_ app: Application, _ askID: UUID, _ fields: [String: String]) async throws -> TestingHTTPResponse {
        try await app.local().sendRequest(.POST, "asks/\(askID)/themes", beforeRequest: { req in
            try req.form(fields)
        })
    }

    @Test("the demo's Lumen page: agreement first, then flags with their evidence, the board, follow-ups, groups and every answer")
    func lumenPage() async throws {
        try await withCandorApp { app, store in
            try await store.loadDemo(zone: Self.utc)
            let lumen = try await store.company(matching: "Lumen Health")
            let insight = try await store.insight(companyID: lumen.id)
            let next = try #require(try await store.interviews(companyID: lumen.id).first { $0.startsAt > Date() })
            try await app.local().test(.GET, Self.insightPath(lumen.id) + "?tz=UTC") { res in
                #expect(res.status == .ok)
                let html = res.html
                #expect(html.contains("<h1>What you heard at Lumen Health</h1>"))

                // Flags: every one with its kind in words and its quotes.
                #expect(!insight.flags.isEmpty)
                for flag in insight.flags {
                    #expect(html.contains(#"<span class="badge \#(InsightView.tone(flag.kind))">\#(flag.kind.label.htmlEscaped)</span>"#))
                    #expect(html.contains(flag.summary.htmlEscaped))
                    for quote in flag.evidence {
                        #expect(html.contains(quote.personName.htmlEscaped))
                        // Each answer is read in full once, under Every answer; a flag cites it by a linked excerpt.
                        if let text = quote.text {
                            #expect(html.components(separatedBy: "<blockquote>\(text.htmlEscaped)</blockquote>").count - 1 == 1)
                            #expect(html.contains(##"<a href="#answer-\##(quote.askID)"><strong>\##(quote.personName.htmlEscaped)</strong> · \##(quote.day)</a>: <q>"##))
                        }
                    }
                }
                let red = try #require(insight.flags(.redFlag).first)
                #expect(html.contains(#"data-flag="red-flag""#))
                let evidence = try #require(red.evidence.first)
                #expect(html.contains("\(evidence.day) · asked <q>\(evidence.question.htmlEscaped)</q>"))

                // The sections, in order.
                let order = ["id=\"consensus\"", "id=\"flags\"", "id=\"board\"", "id=\"follow-ups\"", "id=\"groups\"", "id=\"answers\""]
                    .map { html.range(of: $0)?.lowerBound }
                #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted())

                for row in insight.board { #expect(html.contains(#"id="theme-\#(row.theme.rawValue)""#)) }
                for item in insight.followUps {
                    #expect(html.contains(item.question.htmlEscaped))
                    #expect(html.contains(item.askRole.label.htmlEscaped))
                }
                #expect(html.contains(#"<a href="/interviews/\#(next.id)/plan" class="button">Plan your next interview</a>"#))
                #expect(html.contains("Other things several people said"))
                for group in insight.groups { #expect(html.contains(group.name.htmlEscaped)) }
                for answer in insight.answers { #expect(html.contains(#"id="answer-\#(answer.quote.askID)""#)) }
            }
            try await app.local().test(.GET, "companies/\(lumen.id)") { res in
                #expect(res.html.contains(#"href="/companies/\#(lumen.id)/insight""#), "the company page links to it")
            }
            try await app.local().test(.GET, Self.insightPath(UUID())) { res in
                #expect(res.status == .notFound)
            }
        }
    }

    @Test("at a glance: a verdict line per kind of flag linking to each card, and a chart of every theme with the same numbers in a table")
    func glance() async throws {
        try await withCandorApp { app, store in
            try await store.loadDemo(zone: Self.utc)
            let lumen = try await store.company(matching: "Lumen Health")
            let profile = try await store.profile()
            let insight = try await store.insight(companyID: lumen.id)
            try await app.local().test(.GET, Self.insightPath(lumen.id) + "?tz=UTC") { res in
                let html = res.html
                // The glance comes before everything else it sums up.
                let glance = try #require(html.range(of: #"id="glance""#)).lowerBound
                let consensus = try #require(html.range(of: #"id="consensus""#)).lowerBound
                #expect(glance < consensus)
                let top = String(html[glance..<consensus])

                // One line per kind, and each flag's card is where its link goes.
                let kinds = Set(insight.flags.map { $0.kind.isProcessSignal ? "process" : $0.kind.rawValue })
                #expect(top.components(separatedBy: "data-verdict=").count - 1 == kinds.count)
                for (index, flag) in insight.flags.enumerated() {
                    #expect(html.contains(#"id="flag-\#(index)""#))
                    if let theme = flag.theme {
                        #expect(top.contains(##"<a href="#flag-\##(index)">\##(theme.label.htmlEscaped)</a>"##) || top.contains(theme.label.htmlEscaped))
                    }
                }

                // The chart: a group per theme on the board, dealbreakers and values named.
                #expect(top.contains(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360"#))
                for row in insight.board {
                    #expect(top.contains(#"data-theme="\#(row.theme.rawValue)""#))
                    #expect(top.contains("\(row.loved.count) of \(insight.interviewersAsked) loved"))
                    #expect(top.contains("\(row.toImprove.count) of \(insight.interviewersAsked) needs improving"))
                }
                let marked = insight.board.map(\.theme).filter { profile.dealbreakers.contains($0) }
                #expect(!marked.isEmpty, "the demo's Lumen raises a dealbreaker")
                #expect(top.components(separatedBy: " · your dealbreaker").count - 1 == marked.count)
                #expect(top.contains("<caption class=\"skip\">Themes raised, in numbers</caption>"))
            }
        }
    }

    @Test("a flag's card dismisses its theme in the answers it cites, in place, and the flag is gone")
    func dismissFromFlag() async throws {
        try await withCandorApp { app, store in
            try await store.loadDemo(zone: Self.utc)
            let lumen = try await store.company(matching: "Lumen Health")
            let red = try #require(try await store.insight(companyID: lumen.id).flags(.redFlag).first { $0.theme != nil })
            let theme = try #require(red.theme)
            let asks = red.evidence.map(\.askID.uuidString)
            try await app.local().test(.GET, Self.insightPath(lumen.id)) { res in
                #expect(res.html.contains(#"action="/companies/\#(lumen.id)/insight/dismiss""#))
                for id in asks { #expect(res.html.contains(#"name="ask[]" value="\#(id)""#)) }
                #expect(res.html.contains("Misread? Dismiss \(theme.label.htmlEscaped) in"))
            }
            func post(_ company: UUID, _ body: String) async throws -> TestingHTTPResponse {
                try await app.local().sendRequest(.POST, "companies/\(company)/insight/dismiss", beforeRequest: { req in
                    req.headers.contentType = .urlEncodedForm
                    req.body = ByteBuffer(string: body)
                })
            }
            let form = "theme=\(theme.rawValue)&" + asks.map { "ask%5B%5D=\($0)" }.joined(separator: "&")

            // Another company's answer among them: not found at this company, and nothing changed.
            let fernhill = try await store.company(matching: "Fernhill Studio")
            let foreign = try #require(try await store.insight(companyID: fernhill.id).answers.first?.quote.askID)
            let refused = try await post(lumen.id, form + "&ask%5B%5D=\(foreign)")
            #expect(refused.status == .notFound)
            for id in red.evidence.map(\.askID) { #expect(try await store.ask(id: id).dismissedThemes.isEmpty) }
            #expect(try await post(lumen.id, "theme=nonsense&ask%5B%5D=\(asks[0])").status == .unprocessableEntity)
            #expect(try await post(UUID(), form).status == .notFound)

            let done = try await post(lumen.id, form)
            #expect(done.status == .seeOther)
            #expect(done.headers.first(name: .location) == "/companies/\(lumen.id)/insight?notice=flag-theme-dismissed#flags")
            let after = try await store.insight(companyID: lumen.id)
            #expect(!after.flags.contains { $0.kind == .redFlag && $0.theme == theme })
            for id in red.evidence.map(\.askID) {
                // Read by Candor, it shows struck through with Restore; a tag of the candidate's own is simply gone.
                let read = try #require(after.answers.first { $0.quote.askID == id })
                #expect(!read.mentions.contains { $0.theme == theme })
                #expect(try await store.ask(id: id).dismissedThemes.contains(theme))
            }
        }
    }

    @Test("an answer that looks like markup is shown as text")
    func escaping() async throws {
        try await withCandorApp { app, store in
            let (company, ask) = try await Self.answered(
                store, company: #"<i>Odd</i> & "Co""#, person: "<b>Eve</b>",
                text: #"<script>alert("x")</script> The on-call rotation is heavy and the pager wakes us every night."#)
            try await app.local().test(.GET, Self.insightPath(company.id)) { res in
                #expect(res.status == .ok)
                let html = res.html
                #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; The on-call rotation"))
                #expect(!html.contains("<script>alert("))
                #expect(html.contains("What you heard at &lt;i&gt;Odd&lt;/i&gt; &amp; &quot;Co&quot;"))
                #expect(html.contains("&lt;b&gt;Eve&lt;/b&gt;") && !html.contains("<b>Eve</b>"))
                #expect(html.contains(#"id="answer-\#(ask.id)""#))
            }
        }
    }

    @Test("no answers yet: a friendly empty state")
    func emptyState() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Quiet Co"), status: .applied)
            try await app.local().test(.GET, Self.insightPath(company.id)) { res in
                #expect(res.status == .ok)
                #expect(res.html.contains("Capture answers in interview mode, then come back"))
                #expect(!res.html.contains("Every answer"))
            }
        }
    }

    @Test("dismiss, restore, confirm, re-tag and add: each posts back to the answer and is kept on it")
    func corrections() async throws {
        try await withCandorApp { app, store in
            let (company, ask) = try await Self.answered(
                store, text: "On-call is brutal: the pager goes off every night and the on-call rotation is far too small.")
            let path = "/companies/\(company.id)/insight"
            let read = try #require(try await store.insight(companyID: company.id).answers.first { $0.quote.askID == ask.id })
            let mention = try #require(read.mentions.first { $0.source == .detected }, "the pipeline reads a theme in the answer")
            let theme = mention.theme
            let detectedChip = "<strong>\(theme.label.htmlEscaped)</strong><span class=\"chip-meta\"> · \(mention.polarity.label) · detected</span>"
            try await app.local().test(.GET, Self.insightPath(company.id)) { res in
                let item = try Self.answerItem(res.html, ask.id)
                #expect(item.contains(detectedChip))
                #expect(item.contains(#"<form method="post" action="/asks/\#(ask.id)/themes" class="theme-fix">"#))
                for action in ["confirm", "dismiss"] {
                    #expect(item.contains(#"name="action" value="\#(action)""#))
                }
                #expect(item.contains(#"<input type="hidden" name="back" value="\#(path)"/>"#))
                #expect(!item.contains("Restore"))
                // Re-tag and add, with their lists of every theme, are on the answer's own page.
                #expect(!item.contains("<select") && !item.contains(#"value="retag""#))
                #expect(item.contains(#"<a href="/asks/\#(ask.id)/themes">Re-tag or add a theme</a>"#))
            }
            try await app.local().test(.GET, "/asks/\(ask.id)/themes") { res in
                #expect(res.status == .ok)
                #expect(res.html.contains("<h1>Themes in an answer at \(company.name.htmlEscaped)</h1>"))
                #expect(res.html.contains("On-call is brutal"))
                #expect(res.html.contains(detectedChip))
                for action in ["confirm", "dismiss", "retag"] {
                    #expect(res.html.contains(#"name="action" value="\#(action)""#))
                }
                #expect(res.html.contains(#"<select id="to-\#(ask.id)-\#(theme.rawValue)" name="to">"#))
                #expect(res.html.contains(#"<select id="add-\#(ask.id)" name="theme">"#))
                // Every correction there goes back to the answer on the insight page.
                #expect(res.html.contains(#"<input type="hidden" name="back" value="\#(path)"/>"#))
                #expect(res.html.contains(#"href="\#(path)#answer-\#(ask.id)""#))
            }

            // Dismiss: the theme stops counting and can be restored.
            let dismissed = try await Self.correct(app, ask.id, ["action": "dismiss", "theme": theme.rawValue, "back": path])
            #expect(dismissed.status == .seeOther)
            #expect(dismissed.location == "\(path)?notice=theme-dismissed#answer-\(ask.id)")
            var saved = try await store.ask(id: ask.id)
            #expect(saved.dismissedThemes.contains(theme) && !saved.tags.contains(theme))
            try await app.local().test(.GET, Self.insightPath(company.id) + "?notice=theme-dismissed") { res in
                #expect(res.html.contains("Theme dismissed"))
                let item = try Self.answerItem(res.html, ask.id)
                #expect(!item.contains(detectedChip), "no longer shown as detected")
                #expect(item.contains("<s>\(theme.label.htmlEscaped)</s>"))
                #expect(item.contains(#"name="action" value="reset""#) && item.contains(">Restore</button>"))
            }

            // Restore: back to what the pipeline reads.
            let restored = try await Self.correct(app, ask.id, ["action": "reset", "theme": theme.rawValue, "back": path])
            #expect(restored.location == "\(path)?notice=theme-restored#answer-\(ask.id)")
            saved = try await store.ask(id: ask.id)
            #expect(saved.dismissedThemes.isEmpty && !saved.tags.contains(theme))

            // Confirm: kept as the candidate's tag, shown as confirmed.
            _ = try await Self.correct(app, ask.id, ["action": "confirm", "theme": theme.rawValue, "back": path])
            #expect(try await store.ask(id: ask.id).tags.contains(theme))
            try await app.local().test(.GET, Self.insightPath(company.id)) { res in
                let item = try Self.answerItem(res.html, ask.id)
                #expect(item.contains("<strong>\(theme.label.htmlEscaped)</strong><span class=\"chip-meta\"> · \(mention.polarity.label) · confirmed by you</span>"))
            }

            // Re-tag: the answer is about another theme instead.
            let other: Theme = theme == .pace ? .mission : .pace
            let retagged = try await Self.correct(app, ask.id, ["action": "retag", "theme": theme.rawValue, "to": other.rawValue, "back": path])
            #expect(retagged.location == "\(path)?notice=theme-retagged#answer-\(ask.id)")
            saved = try await store.ask(id: ask.id)
            #expect(saved.tags.contains(other) && !saved.tags.contains(theme) && saved.dismissedThemes.contains(theme))

            // Adding a theme Candor missed is confirming it.
            _ = try await Self.correct(app, ask.id, ["action": "confirm", "theme": Theme.staffing.rawValue, "back": path])
            #expect(try await store.ask(id: ask.id).tags.contains(.staffing))
            try await app.local().test(.GET, Self.insightPath(company.id)) { res in
                let item = try Self.answerItem(res.html, ask.id)
                #expect(item.contains("<strong>\(Theme.staffing.label.htmlEscaped)</strong>"))
            }
            try await app.local().test(.GET, "/asks/\(ask.id)/themes") { res in
                let item = res.html
                let add = try #require(item.components(separatedBy: #"<select id="add-\#(ask.id)" name="theme">"#).dropFirst().first?
                    .components(separatedBy: "</select>").first)
                #expect(!add.contains(#"value="staffing""#) && !add.contains(#"value="\#(other.rawValue)""#),
                        "the add list leaves out themes already there")
                #expect(add.contains(#"value="ethics""#))
            }

            // Mistakes: a 422 with one line; an unknown answer is a 404; a foreign `back` is ignored.
            for (fields, message) in [
                (["action": "explode", "theme": theme.rawValue], "action: must be confirm, dismiss, retag or reset"),
                (["action": "dismiss", "theme": "nonsense"], "theme: &#39;nonsense&#39; is not one of"),
                (["action": "retag", "theme": theme.rawValue], "to: choose the theme"),
            ] {
                let res = try await Self.correct(app, ask.id, fields)
                #expect(res.status == .unprocessableEntity, "\(fields)")
                #expect(res.html.contains(message), "\(fields)")
            }
            #expect(try await Self.correct(app, UUID(), ["action": "dismiss", "theme": "pace"]).status == .notFound)
            // An answer's themes page: not for an unknown ask, one without an answer (nothing
            // read), or another account's (the demo's).
            let blank = try await store.addToPlan(interviewID: ask.interviewID, personID: ask.personID, text: "Anything else?", refill: false)
            let demo = Store(db: store.db, accountID: AccountID.demo)
            try await demo.openDemo(zone: Self.utc)
            var foreign: Ask?
            for interview in try await demo.interviews() where foreign == nil {
                foreign = try await demo.asks(interviewID: interview.id).first { $0.answer.trimmedOrNil != nil }
            }
            for id in [UUID(), blank.id, try #require(foreign, "the demo has answers").id] {
                try await app.local().test(.GET, "/asks/\(id)/themes") { res in #expect(res.status == .notFound, "\(id)") }
            }
            let elsewhere = try await Self.correct(app, ask.id, ["action": "reset", "theme": "staffing", "back": "//evil.example/x"])
            #expect(elsewhere.location == "\(path)?notice=theme-restored#answer-\(ask.id)")
        }
    }
}

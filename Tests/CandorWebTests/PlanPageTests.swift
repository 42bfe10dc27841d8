import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("The interview planner")
struct PlanPageTests {
    static let utc = TimeZone(identifier: "UTC")!

    /// The demo, plus a three-person panel at Lumen Health tomorrow: an hour, 20 minutes for questions.
    /// Ana Ruiz is new; Priya Raman and Sam Okafor are the demo's people.
    /// - Parameter startsAt: tomorrow unless given; an interview to be marked done must have
    ///   taken place (`InterviewDraft.checkStatus(at:)`).
    static func panel(_ store: Store, questionMinutes: Int? = 20, startsAt: Date = Date().addingTimeInterval(86_400)) async throws -> Interview {
        try await store.loadDemo(zone: utc)
        let lumen = try await store.company(matching: "Lumen Health")
        let draft = InterviewDraft(companyID: lumen.id, startsAt: startsAt, timeZone: "UTC",
                                   durationMinutes: 60, kind: .panel, questionMinutesPlanned: questionMinutes)
        return try await store.saveInterview(draft, panel: [
            .named("Ana Ruiz", role: .engineer), .named("Priya Raman", role: nil), .named("Sam Okafor", role: nil),
        ])
    }

    static func planPath(_ interview: Interview) -> String { "interviews/\(interview.id)/plan" }

    /// The HTML of the element that opens with `id="<id>"`, up to the end of that section.
    static func section(_ html: String, id: String) throws -> String {
        let start = try #require(html.range(of: #"id="\#(id)""#), "no element with id \(id)")
        let rest = html[start.lowerBound...]
        let end = rest.range(of: "</section>")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    /// The list item of one planned question.
    static func item(_ html: String, _ askID: UUID) throws -> String {
        let start = try #require(html.range(of: #"id="ask-\#(askID)""#), "no item for \(askID)")
        let rest = html[start.lowerBound...]
        let end = rest.range(of: "</li>")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    static func isPinned(_ ask: Ask, in store: Store) async throws -> Bool? {
        try await store.plan(interviewID: ask.interviewID).asks.first { $0.id == ask.id }?.pinned
    }

    /// Posts a change to one planned question, as its little form does.
    static func post(_ app: Application, _ ask: Ask, _ action: String) async throws -> TestingHTTPResponse {
        try await app.local().sendRequest(.POST, "plan-items/\(ask.id)/\(action)")
    }

    @Test("the plan page: the panel in order, each person's questions with minutes and reasons, the closing round in both orders")
    func planPage() async throws {
        try await withCandorApp { app, store in
            let interview = try await Self.panel(store)
            let people = interview.participants.sorted { $0.position < $1.position }
            #expect(people.map(\.name) == ["Ana Ruiz", "Priya Raman", "Sam Okafor"])
            try await app.local().test(.GET, Self.planPath(interview) + "?tz=UTC") { res in
                #expect(res.status == .ok)
                let html = res.html
                #expect(html.contains("<h1>Your questions for Panel at Lumen Health</h1>"))
                #expect(html.contains(LocalTime.display(interview.startsAt, in: Self.utc) + " · 60 minutes · Video"))
                let panelList = try #require(html.components(separatedBy: #"<ol class="panel">"#).dropFirst().first?
                    .components(separatedBy: "</ol>").first)
                let listed = people.map { panelList.range(of: $0.name)?.lowerBound }
                #expect(listed.allSatisfy { $0 != nil } && listed.compactMap { $0 } == listed.compactMap { $0 }.sorted(),
                        "participants in panel order")
                let sections = people.map { html.range(of: #"id="person-\#($0.personID)""#)?.lowerBound }
                #expect(sections.allSatisfy { $0 != nil } && sections.compactMap { $0 } == sections.compactMap { $0 }.sorted(),
                        "one section per person, in panel order")
                let closing = try #require(html.range(of: #"id="closing-round""#)?.lowerBound)
                #expect(sections.compactMap { $0 }.allSatisfy { $0 < closing }, "the closing round comes last")
                #expect(html.contains("follow-up: Jordan Blake raised on-call and operations on "))
                #expect(html.contains(#"<button type="button" class="secondary" data-print hidden>Print this sheet</button>"#),
                        "the print button waits for the script")
            }

            // What the page shows is the saved plan.
            let plan = try await store.plan(interviewID: interview.id)
            #expect(plan.closingRound.count == 6)
            try await app.local().test(.GET, Self.planPath(interview) + "?tz=UTC") { res in
                let html = res.html
                #expect(html.contains("\(plan.plannedMinutes) of 20 minutes planned"))
                for person in people {
                    let section = try Self.section(html, id: "person-\(person.personID)")
                    let asks = plan.questions.filter { $0.personID == person.personID }
                    let places = asks.map { section.range(of: $0.questionText.htmlEscaped)?.lowerBound }
                    #expect(places.allSatisfy { $0 != nil } && places.compactMap { $0 } == places.compactMap { $0 }.sorted(),
                            "\(person.name)'s questions, in plan order")
                    for ask in asks {
                        let item = try Self.item(html, ask.id)
                        #expect(item.contains("\(plan.minutes[ask.id]!) min"))
                        #expect(item.contains(ask.reasons.map(\.text).joined(separator: "; ").htmlEscaped))
                        for action in ["pin", "drop"] {
                            #expect(item.contains(#"action="/plan-items/\#(ask.id)/\#(action)""#))
                        }
                    }
                    if let first = asks.first {
                        let item = try Self.item(html, first.id)
                        #expect(!item.contains("/up\""), "the first has no Up")
                    }
                    if let last = asks.last {
                        let item = try Self.item(html, last.id)
                        #expect(!item.contains("/down\""), "the last has no Down")
                    }
                }

                // Love in panel order, improve in reverse, each with the person's name.
                let round = try Self.section(html, id: "closing-round")
                #expect(round.contains("<h2>Closing round</h2>"))
                #expect(round.contains("the first question round the panel in order, the second in reverse"))
                let items = round.components(separatedBy: #"<li class="plan-item""#).dropFirst()
                let expected = [("Ana Ruiz", "love"), ("Priya Raman", "love"), ("Sam Okafor", "love"),
                                ("Sam Okafor", "could"), ("Priya Raman", "could"), ("Ana Ruiz", "could")]
                #expect(items.count == 6)
                for (item, (name, words)) in zip(items, expected) {
                    let opening = words == "love" ? "What do you love most about working at Lumen Health" : "What could Lumen Health do better?"
                    #expect(item.contains("<strong>\(name)</strong> — \(opening)"), "\(name): \(opening)")
                    #expect(!item.contains("/plan-items/"), "no buttons on the closing round")
                }
            }
        }
    }

    @Test("pin, unpin, up and down change the saved plan and come back to the page with a notice")
    func pinAndMove() async throws {
        try await withCandorApp { app, store in
            let interview = try await Self.panel(store)
            let plan = try await store.plan(interviewID: interview.id)
            let person = try #require(interview.participants.first { p in plan.questions.filter { $0.personID == p.personID }.count >= 2 })
            let mine = plan.questions.filter { $0.personID == person.personID }
            let target = try #require(mine.last { !$0.pinned })

            do {
                let res = try await Self.post(app, target, "pin")
                #expect(res.status == .seeOther)
                #expect(res.location == "/interviews/\(interview.id)/plan?notice=plan-pinned#ask-\(target.id)")
            }
            #expect(try await Self.isPinned(target, in: store) == true)
            try await app.local().test(.GET, Self.planPath(interview) + "?notice=plan-pinned") { res in
                #expect(res.html.contains("Pinned: planning again keeps it."))
                let item = try Self.item(res.html, target.id)
                #expect(item.contains(#"<span class="pill pin no-print">Pinned</span>"#))
                #expect(item.contains(#"action="/plan-items/\#(target.id)/unpin""#))
                #expect(!item.contains(#"action="/plan-items/\#(target.id)/pin""#))
            }
            do {
                let res = try await Self.post(app, target, "unpin")
                #expect(res.location?.contains("notice=plan-unpinned") == true)
            }
            #expect(try await Self.isPinned(target, in: store) == false)

            // Pinned again: the redirect goes back to its place in the plan.
            do {
                let res = try await Self.post(app, target, "pin")
                #expect(res.location == "/interviews/\(interview.id)/plan?notice=plan-pinned#ask-\(target.id)")
            }
            #expect(try await Self.isPinned(target, in: store) == true)

            do {
                let res = try await Self.post(app, mine[1], "up")
                #expect(res.location == "/interviews/\(interview.id)/plan?notice=plan-moved#ask-\(mine[1].id)")
            }
            let moved = try await store.plan(interviewID: interview.id).questions.filter { $0.personID == person.personID }
            #expect(moved.prefix(2).map(\.id) == [mine[1].id, mine[0].id])
            #expect(moved.prefix(2).allSatisfy { $0.pinned }, "moved questions are pinned where they were put")
            do {
                let res = try await Self.post(app, mine[1], "down")
                #expect(res.status == .seeOther)
            }
            let back = try await store.plan(interviewID: interview.id).questions.filter { $0.personID == person.personID }
            #expect(back.prefix(2).map(\.id) == [mine[0].id, mine[1].id])

            try await app.local().test(.POST, "plan-items/\(UUID())/pin") { res in
                #expect(res.status == .notFound)
            }
        }
    }

    @Test("dropping takes a question out and keeps it out; a closing question cannot be dropped (422)")
    func drop() async throws {
        try await withCandorApp { app, store in
            let interview = try await Self.panel(store)
            let plan = try await store.plan(interviewID: interview.id)
            let dropped = try #require(plan.questions.first { $0.questionID != nil })

            do {
                let res = try await Self.post(app, dropped, "drop")
                #expect(res.status == .seeOther)
                #expect(res.location == "/interviews/\(interview.id)/plan?notice=plan-dropped#person-\(dropped.personID)")
            }
            #expect(try await !store.plan(interviewID: interview.id).asks.contains { $0.questionID == dropped.questionID })
            try await app.local().test(.POST, Self.planPath(interview) + "/replan") { res in
                #expect(res.status == .seeOther)
                #expect(res.location == "/interviews/\(interview.id)/plan?notice=plan-replanned")
            }
            let again = try await store.plan(interviewID: interview.id)
            #expect(!again.asks.contains { $0.questionID == dropped.questionID }, "planning again leaves it out")
            try await app.local().test(.GET, Self.planPath(interview)) { res in
                let sheet = try #require(res.html.components(separatedBy: #"id="change""#).first)
                #expect(!sheet.contains(dropped.questionText.htmlEscaped), "gone from the plan (the bank list may still offer it)")
            }

            let closing = try #require(again.closingRound.first)
            do {
                let res = try await Self.post(app, closing, "drop")
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains("The closing questions are asked of every interviewer and cannot be dropped."))
                #expect(res.html.contains(#"<a href="/interviews/\#(interview.id)/plan">Back to the plan</a>"#))
            }
            #expect(try await store.plan(interviewID: interview.id).closingRound.count == 6)
        }
    }

    @Test("adding from the bank or typing a question: pinned, kept by planning again; mistakes are a 422")
    func add() async throws {
        try await withCandorApp { app, store in
            let interview = try await Self.panel(store)
            let plan = try await store.plan(interviewID: interview.id)
            let sam = try #require(interview.participants.first { $0.name == "Sam Okafor" })
            let ana = try #require(interview.participants.first { $0.name == "Ana Ruiz" })
            let planned = Set(plan.asks.compactMap(\.questionID))
            let question = try #require(try await store.questions().first {
                !$0.isClosing && $0.special == nil && $0.audiences.contains(.any) && plan.company.fits($0) && !planned.contains($0.id)
            })

            try await app.local().test(.GET, Self.planPath(interview)) { res in
                #expect(res.html.contains(#"<option value="\#(question.id.uuidString)">"#), "offered in the bank list")
            }
            try await app.local().test(.POST, Self.planPath(interview) + "/add", beforeRequest: { req in
                try req.form(["personID": sam.personID.uuidString, "questionID": question.id.uuidString])
            }) { res in
                #expect(res.status == .seeOther)
                #expect(res.location?.hasPrefix("/interviews/\(interview.id)/plan?notice=plan-added#ask-") == true)
            }
            var now = try await store.plan(interviewID: interview.id)
            let added = try #require(now.asks.first { $0.questionID == question.id && $0.personID == sam.personID })
            #expect(added.pinned && added.reasons == [.added])
            #expect(added.questionText == question.text(for: "Lumen Health"))

            // The same question again for the same person is not planned twice.
            try await app.local().test(.POST, Self.planPath(interview) + "/add", beforeRequest: { req in
                try req.form(["personID": sam.personID.uuidString, "questionID": question.id.uuidString])
            }) { res in
                #expect(res.location == "/interviews/\(interview.id)/plan?notice=plan-already-there#ask-\(added.id)")
            }
            #expect(try await store.plan(interviewID: interview.id).asks.filter { $0.questionID == question.id }.count == 1)

            try await app.local().test(.POST, Self.planPath(interview) + "/add", beforeRequest: { req in
                try req.form(["personID": ana.personID.uuidString, "text": "  Can I see the on-call dashboard?  "])
            }) { res in
                #expect(res.status == .seeOther)
            }
            now = try await store.plan(interviewID: interview.id)
            let typed = try #require(now.asks.first { $0.questionText == "Can I see the on-call dashboard?" })
            #expect(typed.personID == ana.personID && typed.questionID == nil && typed.pinned)
            #expect(now.minutes[typed.id] == 2)

            try await app.local().test(.POST, Self.planPath(interview) + "/replan") { res in
                #expect(res.status == .seeOther)
            }
            now = try await store.plan(interviewID: interview.id)
            #expect(now.asks.contains { $0.id == added.id && $0.pinned })
            #expect(now.asks.contains { $0.id == typed.id && $0.pinned })
            try await app.local().test(.GET, Self.planPath(interview) + "?notice=plan-replanned") { res in
                #expect(res.html.contains("Planned again: what you pinned is kept, and what you dropped stays out."))
                let section = try Self.section(res.html, id: "person-\(sam.personID)")
                #expect(section.contains(added.questionText.htmlEscaped))
                let item = try Self.item(res.html, typed.id)
                #expect(item.contains("added by you"))
            }

            // Mistakes: someone not on the panel, nothing to ask, a made-up question id.
            let priyaElsewhere = try await store.addPerson(PersonDraft(companyID: interview.companyID, name: "Mei Other"))
            for (fields, message) in [
                (["personID": priyaElsewhere.id.uuidString, "text": "Hello?"], "person: is not on this interview&#39;s panel"),
                (["personID": ana.personID.uuidString, "text": "   "], "question: choose one from your bank or type one"),
                (["personID": ana.personID.uuidString, "questionID": "nonsense"], "question: choose one from the list"),
                (["text": "Hello?"], "person: choose who to ask"),
            ] {
                try await app.local().test(.POST, Self.planPath(interview) + "/add", beforeRequest: { req in
                    try req.form(fields)
                }) { res in
                    #expect(res.status == .unprocessableEntity, "\(fields)")
                    #expect(res.html.contains(message), "\(fields)")
                    #expect(res.html.contains("Back to the plan"))
                }
            }
        }
    }

    @Test("the bank list holds the questions that suit the company, by category; ?q= narrows it, best match first")
    func bankList() async throws {
        try await withCandorApp { app, store in
            let interview = try await Self.panel(store)
            let company = try await store.company(id: interview.companyID)
            let roles = interview.participants.map(\.roleKind)
            func offered(_ search: String?) async throws -> [Question] {
                QuestionFilter(search: search).apply(to: try await store.questions()).filter { question in
                    !question.isClosing && company.fits(question) && question.audiences.contains { a in roles.contains { a.suits($0) } }
                }
            }
            func select(_ html: String) throws -> String {
                let start = try #require(html.range(of: #"<select id="bank-question""#))
                let rest = html[start.lowerBound...]
                return String(rest[..<(rest.range(of: "</select>")?.upperBound ?? rest.endIndex)])
            }
            let all = try await offered(nil)
            let bank = try await store.questions()
            let unfit = bank.filter { !company.fits($0) }
            let closing = bank.filter(\.isClosing)
            #expect(!unfit.isEmpty, "the starter bank has questions for other kinds of company")
            try await app.local().test(.GET, Self.planPath(interview)) { res in
                let list = try select(res.html)
                #expect(list.components(separatedBy: "<option ").count - 1 == all.count)
                #expect(list.contains("<optgroup label="))
                for question in unfit { #expect(!list.contains(question.id.uuidString)) }
                for question in closing { #expect(!list.contains(question.id.uuidString)) }
            }
            let narrowed = try await offered("on-call")
            #expect(!narrowed.isEmpty && narrowed.count < all.count)
            try await app.local().test(.GET, Self.planPath(interview) + "?q=on-call") { res in
                let list = try select(res.html)
                #expect(list.components(separatedBy: "<option ").count - 1 == narrowed.count)
                #expect(!list.contains("<optgroup"), "matches in rank order")
                #expect(list.contains(#"<option value="\#(narrowed[0].id.uuidString)">"#))
                let first = try #require(list.range(of: "<option ")?.upperBound)
                #expect(list[first...].hasPrefix(#"value="\#(narrowed[0].id.uuidString)""#), "best match first")
                #expect(res.html.contains(#"<input type="search" id="q" name="q" value="on-call""#))
            }
        }
    }

    @Test("over the minutes kept for questions: a warning")
    func overBudget() async throws {
        try await withCandorApp { app, store in
            let interview = try await Self.panel(store)
            try await app.local().test(.GET, Self.planPath(interview)) { res in
                #expect(res.html.contains(#"class="budget""#))
                #expect(!res.html.contains("Unpin or drop one"))
            }
            for number in 1...8 {
                try await store.addToPlan(interviewID: interview.id, personID: interview.participants[0].personID,
                                          text: "Extra question \(number)?")
            }
            let plan = try await store.plan(interviewID: interview.id)
            #expect(plan.plannedMinutes > 20)
            try await app.local().test(.GET, Self.planPath(interview)) { res in
                #expect(res.html.contains(#"class="budget over""#))
                #expect(res.html.contains("\(plan.plannedMinutes) of 20 minutes planned"))
                #expect(res.html.contains("What you pinned and added takes \(plan.plannedMinutes - 20) minutes more than the 20 kept "
                    + "for your questions. Unpin or drop one here, or"))
                #expect(res.html.contains(#"<a href="/interviews/\#(interview.id)/edit">keep more minutes for this interview</a>"#))
            }
        }
    }

    @Test("minutes set below what the panel needs: the page says what the panel needs, not 'drop a question'")
    func budgetBelowNeed() async throws {
        try await withCandorApp { app, store in
            let interview = try await Self.panel(store, questionMinutes: 8)
            let plan = try await store.plan(interviewID: interview.id)
            try await app.local().test(.GET, Self.planPath(interview)) { res in
                #expect(res.html.contains("This plan is \(plan.minutesOver) minutes over the 8 you kept: for 3 people, "
                    + "the closing round, the why-question and one question each take about \(plan.budget.needed)."))
                #expect(!res.html.contains("Unpin or drop one"))
            }
        }
    }

    @Test("left blank, the minutes are the panel's default and the plan fits them")
    func defaultBudget() async throws {
        try await withCandorApp { app, store in
            let interview = try await Self.panel(store, questionMinutes: nil)
            let plan = try await store.plan(interviewID: interview.id)
            #expect(plan.budgetMinutes > Profile.defaultQuestionMinutesValue, "three people need more than one person's default")
            try await app.local().test(.GET, Self.planPath(interview)) { res in
                #expect(res.html.contains("\(plan.plannedMinutes) of \(plan.budgetMinutes) minutes planned (the default for this panel)"))
                #expect(res.html.contains(#"class="budget""#) && !res.html.contains(#"class="budget over""#))
            }
        }
    }

    @Test("a finished interview's plan says what was asked, never that it is over budget")
    func finishedPlan() async throws {
        try await withCandorApp { app, store in
            try await store.loadDemo(zone: Self.utc)
            let done = try #require(try await store.interviews().first { $0.status == .done && $0.participants.count > 1 })
            let plan = try await store.plan(interviewID: done.id)
            let asked = plan.asks.filter { [.asked, .answered, .dodged].contains($0.status) }.count
            try await app.local().test(.GET, Self.planPath(done)) { res in
                #expect(res.html.contains("\(asked) of \(plan.asks.count) planned questions asked"))
                #expect(!res.html.contains("minutes planned") && !res.html.contains("alert warning"))
            }
        }
    }

    @Test("what the candidate typed is shown as typed, never as markup")
    func escaping() async throws {
        try await withCandorApp { app, store in
            let interview = try await Self.panel(store)
            let text = #"<script>alert("plan")</script> & <b>bold</b>?"#
            try await app.local().test(.POST, Self.planPath(interview) + "/add", beforeRequest: { req in
                try req.form(["personID": interview.participants[1].personID.uuidString, "text": text])
            }) { res in
                #expect(res.status == .seeOther)
            }
            let odd = try await store.saveInterview(InterviewDraft(
                companyID: interview.companyID, startsAt: Date().addingTimeInterval(2 * 86_400), timeZone: "UTC", kind: .technical),
                panel: [.named(#"<i>Eve</i> "O'Hara""#, role: .engineer)])
            try await app.local().test(.GET, Self.planPath(interview)) { res in
                #expect(res.html.contains("&lt;script&gt;alert(&quot;plan&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;?"))
                #expect(!res.html.contains("<script>alert("))
                #expect(!res.html.contains("<b>bold</b>"))
            }
            try await app.local().test(.GET, Self.planPath(odd)) { res in
                #expect(res.status == .ok)
                #expect(res.html.contains("&lt;i&gt;Eve&lt;/i&gt; &quot;O&#39;Hara&quot;"))
                #expect(!res.html.contains("<i>Eve</i>"))
            }
        }
    }

    @Test("an interview with nobody on its panel: a friendly message and a link to edit it")
    func emptyPanel() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Acme"), status: .interviewing)
            let interview = try await store.addInterview(InterviewDraft(
                companyID: company.id, startsAt: Date().addingTimeInterval(86_400), timeZone: "UTC"))
            try await app.local().test(.GET, Self.planPath(interview)) { res in
                #expect(res.status == .ok)
                #expect(res.html.contains("Nobody is on this interview&#39;s panel yet"))
                #expect(res.html.contains(#"<a href="/interviews/\#(interview.id)/edit">edit the interview</a>"#))
                #expect(!res.html.contains("Closing round"))
                #expect(!res.html.contains("minutes planned"))
            }
            try await app.local().test(.GET, "interviews/\(UUID())/plan") { res in
                #expect(res.status == .notFound)
            }
        }
    }

    @Test("the interview page and the company's upcoming interviews link to the plan; the company page shows coverage")
    func linksAndCoverage() async throws {
        try await withCandorApp { app, store in
            let interview = try await Self.panel(store)
            let link = #"<a href="/interviews/\#(interview.id)/plan" class="button">Plan your questions</a>"#
            try await app.local().test(.GET, "interviews/\(interview.id)") { res in
                #expect(res.html.contains(link))
            }
            let interviews = try await store.interviews(companyID: interview.companyID)
            let coverage = try await store.coverage(companyID: interview.companyID)
            #expect(Set(coverage.missingClosing.map(\.name)) == ["Ana Ruiz", "Sam Okafor"])
            #expect(coverage.unprobedDealbreakers == [.workLife])
            try await app.local().test(.GET, "companies/\(interview.companyID)") { res in
                #expect(res.html.contains(link))
                for other in interviews {
                    let planned = res.html.contains(#"href="/interviews/\#(other.id)/plan""#)
                    #expect(planned == (other.startsAt > Date()), "only upcoming interviews link to a plan")
                }
                let card = try Self.section(res.html, id: "coverage")
                #expect(card.contains("<h2>Coverage</h2>"))
                #expect(card.contains("Not yet asked both closing questions:"))
                for person in coverage.missingClosing {
                    #expect(card.contains(#"<a href="/people/\#(person.id)">\#(person.name)</a>"#))
                }
                #expect(!card.contains("Priya Raman"), "Priya answered both in the last panel")
                #expect(!card.contains("Jordan Blake"), "so did Jordan, in the screen")
                #expect(card.contains("Your dealbreakers nobody has been asked about yet:"))
                #expect(card.contains(#"<span class="pill bad">Work-life balance</span>"#))
                #expect(!card.contains("All covered"))
            }

            // A brand-new company, for a candidate without dealbreakers: nothing to cover yet, and
            // nothing heard to look at; never "all covered".
            let calm = try await store.addCompany(CompanyDraft(name: "Calm Co"), status: .applied)
            var profile = try await store.profile()
            profile.dealbreakers = []
            try await store.saveProfile(profile)
            try await app.local().test(.GET, "companies/\(calm.id)") { res in
                let card = try Self.section(res.html, id: "coverage")
                #expect(card.contains("Nothing to cover yet."))
                #expect(card.contains(#"<a href="/profile">your profile</a>"#))
                #expect(!card.contains("overed:") && !card.contains("All covered"))
                #expect(!res.html.contains("/companies/\(calm.id)/insight"), "no 'What you heard' before anything was heard")
            }
            try await app.local().test(.GET, "companies/\(interview.companyID)") { res in
                #expect(res.html.contains(#"<a href="/companies/\#(interview.companyID)/insight" class="button secondary">What you heard</a>"#))
            }

            // Once the one person met was asked both closing questions: covered, and says why.
            let met = try await store.saveInterview(
                InterviewDraft(companyID: calm.id, startsAt: Date().addingTimeInterval(3_600), timeZone: "UTC", durationMinutes: 30, kind: .recruiterScreen),
                panel: [.named("Rae Dunn", role: .recruiter)])
            for ask in try await store.asks(interviewID: met.id) where ask.reasons.contains(.closing) {
                try await store.setStatus(askID: ask.id, .asked)
            }
            try await app.local().test(.GET, "companies/\(calm.id)") { res in
                let card = try Self.section(res.html, id: "coverage")
                #expect(card.contains("Covered: the person you met was asked both closing questions. You have no dealbreakers set"))
            }
        }
    }

    @Test("printing: the stylesheet's print rules and the script behind the print button")
    func printing() async throws {
        try await withCandorApp { app, _ in
            try await app.local().test(.GET, "assets/candor.css") { res in
                let css = res.body.string
                let print = try #require(css.components(separatedBy: "@media print").last)
                for rule in ["@page { margin: 12mm; }", ":root { font-size: 10pt; }", "break-inside: avoid",
                             ".plan-item .q-text::before", ".plan-item .notes { display: block;",
                             ".plan-sheet form, .plan-sheet button"] {
                    #expect(print.contains(rule), "\(rule)")
                }
                #expect(css.contains("[hidden] { display: none !important; }"), "buttons styled inline-block still hide")
            }
            try await app.local().test(.GET, "assets/candor.js") { res in
                #expect(res.body.string.contains(#"document.querySelectorAll("[data-print]")"#))
                #expect(res.body.string.contains("window.print()"))
                #expect(res.body.string.contains("button.hidden = false"))
            }
        }
    }
}

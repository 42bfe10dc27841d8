import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Interview mode: capturing answers")
struct CapturePageTests {
    struct AnswerBody: Content { var text: String; var baseVersion: Int }
    struct StatusBody: Content { var status: String }

    /// The demo's Lumen Health panel (see `PlanPageTests.panel`), planned.
    static func planned(_ store: Store, startsAt: Date = Date().addingTimeInterval(86_400)) async throws -> (Interview, InterviewPlan) {
        let interview = try await PlanPageTests.panel(store, startsAt: startsAt)
        return (interview, try await store.plan(interviewID: interview.id))
    }

    static func capturePath(_ interview: Interview) -> String { "/interviews/\(interview.id)/capture" }

    static func putAnswer(_ app: Application, _ askID: UUID, text: String, baseVersion: Int) async throws -> TestingHTTPResponse {
        try await app.local().sendRequest(.PUT, "/api/asks/\(askID)/answer", beforeRequest: { req in
            try req.content.encode(AnswerBody(text: text, baseVersion: baseVersion), as: .json)
        })
    }

    static func putStatus(_ app: Application, _ askID: UUID, _ status: String) async throws -> TestingHTTPResponse {
        try await app.local().sendRequest(.PUT, "/api/asks/\(askID)/status", beforeRequest: { req in
            try req.content.encode(StatusBody(status: status), as: .json)
        })
    }

    /// The JSON object in a response (empty, and a failed expectation, if there is none).
    static func json(_ res: TestingHTTPResponse, sourceLocation: SourceLocation = #_sourceLocation) -> [String: Any] {
        #expect(res.headers.contentType == .json, "a JSON answer", sourceLocation: sourceLocation)
        guard let object = try? JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any] else {
            Issue.record("not a JSON object: \(res.body.string)", sourceLocation: sourceLocation)
            return [:]
        }
        return object
    }

    /// What the text area for `askID` holds, as the browser reads it (the parser drops one
    /// newline right after the opening tag).
    static func textarea(_ html: String, _ askID: UUID, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        guard let start = html.range(of: #"name="answer-\#(askID.uuidString)""#),
              let open = html[start.upperBound...].range(of: ">"),
              let close = html[open.upperBound...].range(of: "</textarea>")
        else {
            Issue.record("no text area for \(askID)", sourceLocation: sourceLocation)
            return ""
        }
        var content = String(html[open.upperBound..<close.lowerBound])
        if content.hasPrefix("\n") { content.removeFirst() }
        return content
    }

    /// The opening tag of the text area for `askID`.
    static func textareaTag(_ html: String, _ askID: UUID, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        guard let name = html.range(of: #"name="answer-\#(askID.uuidString)""#),
              let open = html[..<name.lowerBound].range(of: "<textarea", options: .backwards),
              let end = html[name.upperBound...].range(of: ">")
        else {
            Issue.record("no text area for \(askID)", sourceLocation: sourceLocation)
            return ""
        }
        return String(html[open.lowerBound..<end.upperBound])
    }

    static func same(_ a: String?, _ b: String?) -> Bool {
        a.map { Array($0.utf8) } == b.map { Array($0.utf8) }
    }

    // MARK: The JSON API

    @Test("PUT /api/asks/:id/answer saves, returns the new version once committed, and the next save builds on it")
    func apiSaves() async throws {
        try await withCandorApp { app, store in
            let (_, plan) = try await Self.planned(store)
            let ask = try #require(plan.questions.first)
            #expect(ask.status == .planned)

            let res = try await Self.putAnswer(app, ask.id, text: "We ship every day.", baseVersion: ask.version)
            #expect(res.status == .ok)
            #expect(res.headers.first(name: .cacheControl) == "no-store")
            let body = Self.json(res)
            #expect(Set(body.keys) == ["id", "version", "savedAt", "status"])
            #expect(body["id"] as? String == ask.id.uuidString)
            #expect(body["version"] as? Int == ask.version + 1)
            #expect(body["status"] as? String == "answered")
            let savedAt = try #require(body["savedAt"] as? String)
            #expect((try? Date(savedAt, strategy: .iso8601)) != nil, "ISO 8601: \(savedAt)")

            let stored = try await store.ask(id: ask.id)
            #expect(stored.answer == "We ship every day.")
            #expect(stored.version == ask.version + 1)

            let again = try await Self.putAnswer(app, ask.id, text: "We ship every day, mostly.", baseVersion: stored.version)
            #expect(again.status == .ok)
            #expect(Self.json(again)["version"] as? Int == stored.version + 1)
            #expect(try await store.ask(id: ask.id).answer == "We ship every day, mostly.")
        }
    }

    @Test("a stale baseVersion gets 409 with the current text and version, and writes nothing")
    func apiConflict() async throws {
        try await withCandorApp { app, store in
            let (_, plan) = try await Self.planned(store)
            let ask = try #require(plan.questions.first)
            _ = try await Self.putAnswer(app, ask.id, text: "Typed in the first tab.", baseVersion: ask.version)
            let current = try await store.ask(id: ask.id)

            let res = try await Self.putAnswer(app, ask.id, text: "Typed in the second tab.", baseVersion: ask.version)
            #expect(res.status == .conflict)
            let body = Self.json(res)
            #expect(Set(body.keys) == ["id", "version", "text", "updatedAt"])
            #expect(body["id"] as? String == ask.id.uuidString)
            #expect(body["version"] as? Int == current.version)
            #expect(body["text"] as? String == "Typed in the first tab.")
            #expect(body["updatedAt"] as? String == current.updatedAt.formatted(.iso8601))
            #expect(try await store.ask(id: ask.id) == current, "nothing written")

            // Nothing saved yet: the text is "".
            let other = try #require(plan.questions.dropFirst().first)
            let blank = try await Self.putAnswer(app, other.id, text: "x", baseVersion: other.version + 7)
            #expect(blank.status == .conflict)
            #expect(Self.json(blank)["text"] as? String == "")
        }
    }

    @Test("20,001 characters are refused (422) leaving the stored answer alone; 20,000 are kept whole")
    func apiLength() async throws {
        try await withCandorApp { app, store in
            let (_, plan) = try await Self.planned(store)
            let ask = try #require(plan.questions.first)
            _ = try await Self.putAnswer(app, ask.id, text: "Short and kept.", baseVersion: ask.version)
            let before = try await store.ask(id: ask.id)

            let tooLong = String(repeating: "a", count: Ask.maxAnswerLength + 1)
            let res = try await Self.putAnswer(app, ask.id, text: tooLong, baseVersion: before.version)
            #expect(res.status == .unprocessableEntity)
            let error = try #require(Self.json(res)["error"] as? String)
            #expect(error.contains("20001") && error.contains("20000"), "\(error)")
            #expect(!error.contains("\n"), "one line")
            #expect(try await store.ask(id: ask.id) == before)

            // Characters as a person counts them: "é" typed as e + a combining accent is one.
            let whole = String(repeating: "e\u{301}", count: Ask.maxAnswerLength / 2) + String(repeating: "🙂", count: Ask.maxAnswerLength / 2)
            #expect(whole.count == Ask.maxAnswerLength)
            let kept = try await Self.putAnswer(app, ask.id, text: whole, baseVersion: before.version)
            #expect(kept.status == .ok)
            #expect(Self.same(try await store.ask(id: ask.id).answer, whole))
        }
    }

    @Test("Unicode (Arabic, Hebrew, emoji, combining accents) round-trips exactly, and shows escaped but exact in the page")
    func unicode() async throws {
        try await withCandorApp { app, store in
            let (interview, plan) = try await Self.planned(store)
            let ask = try #require(plan.questions.first)
            let text = "مرحبا، الفريق صغير — שלום, הצוות קטן\n👩🏽‍💻 🇩🇪 e\u{301}te\u{301} vs été, A\u{30A}ngstro\u{308}m\n\t“quoted” & <b>bold</b> 'single'"
            let res = try await Self.putAnswer(app, ask.id, text: text, baseVersion: ask.version)
            #expect(res.status == .ok)
            #expect(Self.same(try await store.ask(id: ask.id).answer, text), "stored byte for byte")

            // The API gives the same bytes back (a stale save shows the stored text).
            let conflict = try await Self.putAnswer(app, ask.id, text: "other", baseVersion: ask.version)
            #expect(Self.same(Self.json(conflict)["text"] as? String, text))

            try await app.local().test(.GET, Self.capturePath(interview)) { res in
                #expect(res.status == .ok)
                #expect(res.html.contains(">\n" + text.htmlEscaped + "</textarea>"))
                #expect(Self.same(Self.textarea(res.html, ask.id).replacingOccurrences(of: "&lt;", with: "<")
                    .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                    .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&"), text))
                #expect(Self.textareaTag(res.html, ask.id).contains(#"dir="auto""#), "right-to-left text shows right to left")
            }

            // An answer starting with a newline keeps it: the one the parser eats is Candor's own.
            let second = try #require(plan.questions.dropFirst().first)
            _ = try await Self.putAnswer(app, second.id, text: "\nafter a blank line", baseVersion: second.version)
            try await app.local().test(.GET, Self.capturePath(interview)) { res in
                #expect(Self.textarea(res.html, second.id) == "\nafter a blank line")
            }
        }
    }

    @Test("a script typed as an answer is shown as text")
    func scriptAsText() async throws {
        try await withCandorApp { app, store in
            let (interview, plan) = try await Self.planned(store)
            let ask = try #require(plan.questions.first)
            let text = "<script>alert(1)</script>"
            #expect(try await Self.putAnswer(app, ask.id, text: text, baseVersion: ask.version).status == .ok)
            try await app.local().test(.GET, Self.capturePath(interview)) { res in
                #expect(res.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!res.html.contains("<script>alert(1)"))
                #expect(res.headers.first(name: "Content-Security-Policy")?.contains("script-src 'self'") == true)
            }
        }
    }

    @Test("PUT /api/asks/:id/status sets asked, skipped, dodged or planned; the answer's version stays")
    func apiStatus() async throws {
        try await withCandorApp { app, store in
            let (_, plan) = try await Self.planned(store)
            let ask = try #require(plan.questions.first)
            // The version guards the answer's text: a status change must not turn another tab's
            // typing into a conflict.
            for (status, version) in [("asked", ask.version), ("dodged", ask.version), ("skipped", ask.version), ("planned", ask.version)] {
                let res = try await Self.putStatus(app, ask.id, status)
                #expect(res.status == .ok)
                let body = Self.json(res)
                #expect(Set(body.keys) == ["id", "version", "status"])
                #expect(body["status"] as? String == status)
                #expect(body["version"] as? Int == version)
                #expect(try await store.ask(id: ask.id).status.rawValue == status)
            }
            let wrong = try await Self.putStatus(app, ask.id, "answered")
            #expect(wrong.status == .unprocessableEntity)
            #expect((Self.json(wrong)["error"] as? String)?.contains(AskStatus.settable.map(\.rawValue).joined(separator: ", ")) == true)
        }
    }

    @Test("an unknown question is a 404 in JSON, and so is every other error under /api/")
    func apiNotFound() async throws {
        try await withCandorApp { app, _ in
            let res = try await Self.putAnswer(app, UUID(), text: "hello", baseVersion: 0)
            #expect(res.status == .notFound)
            #expect(Self.json(res)["error"] as? String != nil)

            let status = try await Self.putStatus(app, UUID(), "asked")
            #expect(status.status == .notFound)
            #expect(Self.json(status)["error"] as? String != nil)

            for path in ["/api/asks/not-an-id/answer", "/api/nothing-here"] {
                try await app.local().test(.PUT, path, beforeRequest: { req in
                    try req.content.encode(AnswerBody(text: "x", baseVersion: 0), as: .json)
                }) { res in
                    #expect(res.status == .notFound)
                    #expect(Self.json(res)["error"] as? String != nil)
                    #expect(!res.html.contains("<html"))
                }
            }
            try await app.local().test(.PUT, "/api/asks/\(UUID())/answer", beforeRequest: { req in
                req.headers.contentType = .json
                req.body = ByteBuffer(string: "{not json")
            }) { res in
                #expect(res.status == .badRequest)
                #expect(Self.json(res)["error"] as? String != nil)
            }
            // Pages keep their HTML errors.
            try await app.local().test(.GET, "/interviews/\(UUID())/capture") { res in
                #expect(res.status == .notFound)
                #expect(res.html.contains("<html"))
            }
        }
    }

    @Test("a save sent from another site is refused (403) and writes nothing")
    func crossSite() async throws {
        try await withCandorApp { app, store in
            let (_, plan) = try await Self.planned(store)
            let ask = try #require(plan.questions.first)
            for path in ["answer", "status"] {
                try await app.local().test(.PUT, "/api/asks/\(ask.id)/\(path)", beforeRequest: { req in
                    req.headers.replaceOrAdd(name: .origin, value: "https://evil.example")
                    req.headers.replaceOrAdd(name: .host, value: "127.0.0.1:8080")
                    if path == "answer" {
                        try req.content.encode(AnswerBody(text: "planted", baseVersion: ask.version), as: .json)
                    } else {
                        try req.content.encode(StatusBody(status: "skipped"), as: .json)
                    }
                }) { res in
                    #expect(res.status == .forbidden)
                    #expect(Self.json(res)["error"] as? String != nil)
                }
            }
            try await app.local().test(.PUT, "/api/asks/\(ask.id)/answer", beforeRequest: { req in
                req.headers.replaceOrAdd(name: "Sec-Fetch-Site", value: "cross-site")
                try req.content.encode(AnswerBody(text: "planted", baseVersion: ask.version), as: .json)
            }) { res in
                #expect(res.status == .forbidden)
            }
            #expect(try await store.ask(id: ask.id) == ask)

            // The same site is welcome.
            try await app.local().test(.PUT, "/api/asks/\(ask.id)/answer", beforeRequest: { req in
                req.headers.replaceOrAdd(name: .origin, value: "http://127.0.0.1:8080")
                req.headers.replaceOrAdd(name: .host, value: "127.0.0.1:8080")
                try req.content.encode(AnswerBody(text: "mine", baseVersion: ask.version), as: .json)
            }) { res in
                #expect(res.status == .ok)
            }
        }
    }

    // MARK: The page

    @Test("the page: linked from the interview and the plan, a form per person in panel order, the closing round in plan order, a text area per question")
    func page() async throws {
        try await withCandorApp { app, store in
            let (interview, plan) = try await Self.planned(store)
            let path = Self.capturePath(interview)
            for page in ["/interviews/\(interview.id)", "/interviews/\(interview.id)/plan"] {
                try await app.local().test(.GET, page) { res in
                    #expect(res.html.contains(#"href="\#(path)""#), "\(page) links to interview mode")
                    #expect(res.html.contains(">Interview mode</a>"))
                }
            }
            try await app.local().test(.GET, path) { res in
                #expect(res.status == .ok)
                let html = res.html
                #expect(html.contains(#"data-capture"#))
                #expect(html.contains(#"data-interview-id="\#(interview.id.uuidString)""#))
                #expect(html.contains(#"data-minutes-reserved="20""#))
                #expect(html.contains(#"data-clock-start hidden>Start</button>"#), "the clock waits for the script")
                #expect(html.contains(#"id="save-banner""#))
                #expect(html.contains(#"<script src="/assets/candor.js?v=\#(Asset.script.version)" defer>"#))
                #expect(html.contains(#"<script src="/assets/capture.js?v=\#(Asset.captureScript.version)" defer>"#))

                let people = interview.participants.sorted { $0.position < $1.position }
                let sections = people.map { html.range(of: #"id="person-\#($0.personID)""#)?.lowerBound }
                #expect(sections.allSatisfy { $0 != nil } && sections.compactMap { $0 } == sections.compactMap { $0 }.sorted())
                let closing = try #require(html.range(of: #"id="closing-round""#)?.lowerBound)
                #expect(sections.compactMap { $0 }.allSatisfy { $0 < closing })

                for person in people {
                    let section = try PlanPageTests.section(html, id: "person-\(person.personID)")
                    let asks = plan.questions.filter { $0.personID == person.personID }
                    if asks.isEmpty {
                        #expect(section.contains("Nothing planned beyond the closing round."))
                        continue
                    }
                    #expect(section.contains(#"<form method="post" action="\#(path)#person-\#(person.personID)""#))
                    #expect(section.contains("Save this section"))
                    let places = asks.map { section.range(of: #"name="answer-\#($0.id.uuidString)""#)?.lowerBound }
                    #expect(places.allSatisfy { $0 != nil } && places.compactMap { $0 } == places.compactMap { $0 }.sorted(),
                            "\(person.name)'s questions in plan order")
                }
                let round = try PlanPageTests.section(html, id: "closing-round")
                #expect(round.contains(#"<form method="post" action="\#(path)#closing-round""#))
                let places = plan.closingRound.map { round.range(of: #"name="answer-\#($0.id.uuidString)""#)?.lowerBound }
                #expect(plan.closingRound.count == 6)
                #expect(places.allSatisfy { $0 != nil } && places.compactMap { $0 } == places.compactMap { $0 }.sorted(),
                        "closing round in the plan's order")
                let names = round.components(separatedBy: #"class="q-text"><strong>"#).dropFirst().map { $0.components(separatedBy: "<").first ?? "" }
                #expect(names == ["Ana Ruiz", "Priya Raman", "Sam Okafor", "Sam Okafor", "Priya Raman", "Ana Ruiz"])

                for ask in plan.asks {
                    let tag = Self.textareaTag(html, ask.id)
                    #expect(tag.contains(#"data-ask-id="\#(ask.id.uuidString)""#))
                    #expect(tag.contains(#"data-version="\#(ask.version)""#))
                    #expect(!tag.contains("maxlength"))
                    #expect(html.contains(#"<input type="hidden" name="version-\#(ask.id.uuidString)" value="\#(ask.version)"/>"#))
                    for status in ["planned", "asked", "skipped", "dodged"] {
                        #expect(html.contains(#"name="status-\#(ask.id.uuidString)" value="\#(status)""#))
                    }
                    #expect(html.contains(#"data-save-state data-for="\#(ask.id.uuidString)""#))
                }
                #expect(html.contains(#"action="\#(path)/add""#))
                #expect(html.contains(#"action="\#(path)/after""#))
            }
        }
    }

    @Test("without JavaScript a section form saves several answers and status changes, then comes back with a notice")
    func sectionForm() async throws {
        try await withCandorApp { app, store in
            let (interview, _) = try await Self.planned(store)
            let person = try #require(interview.participants.first)
            for text in ["What happened to the last person in this role?", "How do you handle on-call?", "Who decides what ships?"] {
                try await store.addToPlan(interviewID: interview.id, personID: person.personID, text: text)
            }
            let asks = try await store.plan(interviewID: interview.id).questions.filter { $0.personID == person.personID }
            #expect(asks.count >= 3)
            var fields = ["section": "person-\(person.personID)"]
            for ask in asks {
                fields["answer-\(ask.id.uuidString)"] = ""
                fields["version-\(ask.id.uuidString)"] = String(ask.version)
                fields["status-\(ask.id.uuidString)"] = "planned"
            }
            fields["answer-\(asks[0].id.uuidString)"] = "Line one\r\nLine two — ok"
            fields["answer-\(asks[1].id.uuidString)"] = "They hesitated."
            fields["status-\(asks[1].id.uuidString)"] = "dodged"
            fields["status-\(asks[2].id.uuidString)"] = "skipped"
            try await app.local().test(.POST, Self.capturePath(interview), beforeRequest: { req in
                try req.form(fields)
            }) { res in
                #expect(res.status == .seeOther)
                #expect(res.location == "\(Self.capturePath(interview))?notice=capture-saved#person-\(person.personID)")
            }
            let first = try await store.ask(id: asks[0].id)
            #expect(first.answer == "Line one\nLine two — ok", "line breaks as the script sends them")
            #expect(first.status == .answered)
            let second = try await store.ask(id: asks[1].id)
            #expect(second.answer == "They hesitated.")
            #expect(second.status == .dodged)
            let third = try await store.ask(id: asks[2].id)
            #expect(third.answer == nil)
            #expect(third.status == .skipped)

            // Sent again unchanged, as the page now shows it (an answered question as asked) but
            // with the old versions: nothing changes, and no conflict, as the texts are the same.
            try await app.local().test(.POST, Self.capturePath(interview), beforeRequest: { req in
                fields["answer-\(asks[0].id.uuidString)"] = "Line one\r\nLine two — ok"
                fields["status-\(asks[0].id.uuidString)"] = "asked"
                try req.form(fields)
            }) { res in
                #expect(res.status == .seeOther)
            }
            #expect(try await store.ask(id: asks[0].id) == first)
            #expect(try await store.ask(id: asks[1].id) == second)
            #expect(try await store.ask(id: asks[2].id) == third)

            try await app.local().test(.GET, Self.capturePath(interview) + "?notice=capture-saved") { res in
                #expect(res.html.contains("Saved."))
                #expect(Self.textarea(res.html, asks[1].id) == "They hesitated.")
                #expect(res.html.contains(#"name="status-\#(asks[1].id.uuidString)" value="dodged" data-status-for="\#(asks[1].id.uuidString)" checked"#))
                #expect(res.html.contains(#"name="status-\#(asks[0].id.uuidString)" value="asked" data-status-for="\#(asks[0].id.uuidString)" checked"#),
                        "answered shows as asked")
            }
        }
    }

    @Test("without JavaScript a conflict comes back with both texts, and saving again keeps the typed one")
    func sectionConflict() async throws {
        try await withCandorApp { app, store in
            let (interview, plan) = try await Self.planned(store)
            let ask = try #require(plan.closingRound.first)
            let neighbour = try #require(plan.closingRound.dropFirst().first)
            _ = try await Self.putAnswer(app, ask.id, text: "Saved in another tab.", baseVersion: ask.version)
            let theirs = try await store.ask(id: ask.id)

            let fields = [
                "section": "closing-round",
                "answer-\(ask.id.uuidString)": "Typed here & <kept>.", "version-\(ask.id.uuidString)": String(ask.version),
                "answer-\(neighbour.id.uuidString)": "Saved alongside.", "version-\(neighbour.id.uuidString)": String(neighbour.version),
            ]
            try await app.local().test(.POST, Self.capturePath(interview), beforeRequest: { req in
                try req.form(fields)
            }) { res in
                #expect(res.status == .conflict)
                let html = res.html
                #expect(Self.textarea(html, ask.id) == "Typed here &amp; &lt;kept&gt;.", "the typed text, in its box")
                #expect(html.contains(#"data-conflict-for="\#(ask.id.uuidString)""#))
                #expect(html.contains(#"<blockquote dir="auto" data-theirs>Saved in another tab.</blockquote>"#), "the stored text beside it")
                #expect(html.contains("was changed elsewhere"))
                #expect(html.contains(#"<input type="hidden" name="version-\#(ask.id.uuidString)" value="\#(theirs.version)"/>"#))
                #expect(Self.textarea(html, neighbour.id) == "Saved alongside.")
            }
            #expect(try await store.ask(id: ask.id) == theirs, "nothing written over the other tab's text")
            #expect(try await store.ask(id: neighbour.id).answer == "Saved alongside.", "the rest of the section is saved")

            // Saving again from the page that came back keeps the typed text.
            var again = fields
            again["version-\(ask.id.uuidString)"] = String(theirs.version)
            try await app.local().test(.POST, Self.capturePath(interview), beforeRequest: { req in
                try req.form(again)
            }) { res in
                #expect(res.status == .seeOther)
            }
            #expect(try await store.ask(id: ask.id).answer == "Typed here & <kept>.")
        }
    }

    @Test("without JavaScript a too-long answer comes back (422) with one line and the text kept")
    func sectionTooLong() async throws {
        try await withCandorApp { app, store in
            let (interview, plan) = try await Self.planned(store)
            let ask = try #require(plan.questions.first)
            _ = try await Self.putAnswer(app, ask.id, text: "The saved one.", baseVersion: ask.version)
            let before = try await store.ask(id: ask.id)
            let typed = String(repeating: "word ", count: 4_000) + "end!"
            #expect(typed.count == 20_004)
            try await app.local().test(.POST, Self.capturePath(interview), beforeRequest: { req in
                try req.form(["answer-\(ask.id.uuidString)": typed, "version-\(ask.id.uuidString)": String(before.version)])
            }) { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains(#"<p class="field-error" role="alert">This answer is 20004 characters long; the limit is 20000. Nothing was saved: change it and save again.</p>"#))
                #expect(Self.textarea(res.html, ask.id) == typed)
                #expect(res.html.contains(#"<input type="hidden" name="version-\#(ask.id.uuidString)" value="\#(before.version)"/>"#))
            }
            #expect(try await store.ask(id: ask.id) == before)
        }
    }

    @Test("asking something on the spot adds it for that person and comes back to interview mode")
    func onTheSpot() async throws {
        try await withCandorApp { app, store in
            let (interview, _) = try await Self.planned(store)
            let person = try #require(interview.participants.first)
            var location = ""
            try await app.local().test(.POST, Self.capturePath(interview) + "/add", beforeRequest: { req in
                try req.form(["personID": person.personID.uuidString, "text": "Who decides what ships?"])
            }) { res in
                #expect(res.status == .seeOther)
                location = res.location ?? ""
            }
            let added = try #require(try await store.plan(interviewID: interview.id).questions.first { $0.questionText == "Who decides what ships?" })
            #expect(added.personID == person.personID)
            #expect(location == "\(Self.capturePath(interview))?notice=capture-added#ask-\(added.id)")

            try await app.local().test(.POST, Self.capturePath(interview) + "/add", beforeRequest: { req in
                try req.form(["personID": person.personID.uuidString, "text": "  "])
            }) { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains("question: type what you want to ask"))
            }
        }
    }

    @Test("'Next unanswered' leads to the first question with nothing typed, then to the after-the-interview form")
    func nextUnanswered() async throws {
        try await withCandorApp { app, store in
            let (interview, plan) = try await Self.planned(store)
            let first = try #require(plan.questions.first)
            try await app.local().test(.GET, Self.capturePath(interview)) { res in
                #expect(res.html.contains(##"<a href="#ask-\##(first.id.uuidString)" data-next-unanswered>Next unanswered</a>"##))
            }
            _ = try await store.saveAnswer(askID: first.id, text: "Weekly rotation.", baseVersion: first.version)
            let second = try #require(plan.questions.dropFirst().first)
            try await app.local().test(.GET, Self.capturePath(interview)) { res in
                #expect(res.html.contains(##"<a href="#ask-\##(second.id.uuidString)" data-next-unanswered>"##))
            }
            for ask in plan.asks where ask.id != first.id {
                _ = try await store.setStatus(askID: ask.id, .skipped)
            }
            try await app.local().test(.GET, Self.capturePath(interview)) { res in
                #expect(res.html.contains(##"<a href="#after" data-next-unanswered>"##))
            }
        }
    }

    @Test("after the interview: minutes given, a gut feeling per interviewer, notes and themes are saved, and the interview is held")
    func afterForm() async throws {
        try await withCandorApp { app, store in
            let (interview, plan) = try await Self.planned(store, startsAt: Date().addingTimeInterval(-7_200))
            let people = interview.participants.sorted { $0.position < $1.position }
            let tagged = try #require(plan.questions.first)
            let untagged = try #require(plan.questions.dropFirst().first)
            try await store.tagAnswer(askID: untagged.id, themes: [.pace])

            var fields = [
                "minutesGiven": "0", "notes": "Rushed at the end.\r\nAsk the recruiter about on-call.",
                "tags-\(tagged.id.uuidString)": "1",
                "tag-\(tagged.id.uuidString)-on-call": "on", "tag-\(tagged.id.uuidString)-tech-debt": "on",
                "tags-\(untagged.id.uuidString)": "1",
            ]
            for (index, person) in people.enumerated() { fields["gut-\(person.personID.uuidString)"] = String(index + 2) }
            try await app.local().test(.POST, Self.capturePath(interview) + "/after", beforeRequest: { req in
                try req.form(fields)
            }) { res in
                #expect(res.status == .seeOther)
                #expect(res.location == "\(Self.capturePath(interview))?notice=capture-finished#after")
            }
            let held = try await store.interview(id: interview.id)
            #expect(held.questionMinutesGiven == 0)
            #expect(held.status == .done)
            #expect(held.notes == "Rushed at the end.\nAsk the recruiter about on-call.")
            let gut = Dictionary(uniqueKeysWithValues: try await store.gutFeelings(interviewID: interview.id).map { ($0.personID, $0.score) })
            #expect(gut == Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1.personID, $0 + 2) }))
            #expect(Set(try await store.ask(id: tagged.id).tags) == [.onCall, .techDebt])
            #expect(try await store.ask(id: untagged.id).tags.isEmpty, "all boxes cleared")

            try await app.local().test(.GET, Self.capturePath(interview) + "?notice=capture-finished") { res in
                let html = res.html
                #expect(html.contains("The interview is marked as held."))
                #expect(html.contains(#"name="minutesGiven" value="0""#))
                #expect(html.contains(#"name="gut-\#(people[0].personID.uuidString)" value="2" checked"#))
                #expect(html.contains(#"name="tag-\#(tagged.id.uuidString)-on-call" value="on" checked"#))
                #expect(html.contains("Rushed at the end.\nAsk the recruiter about on-call.</textarea>"))
            }

            // A mistake comes back with everything typed.
            var wrong = fields
            wrong["minutesGiven"] = "lots"
            wrong["notes"] = "Second thoughts"
            try await app.local().test(.POST, Self.capturePath(interview) + "/after", beforeRequest: { req in
                try req.form(wrong)
            }) { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains("&#39;lots&#39; is not a whole number"))
                #expect(res.html.contains(#"name="minutesGiven" value="lots""#))
                #expect(res.html.contains(">Second thoughts</textarea>"))
            }
            #expect(try await store.interview(id: interview.id).notes == "Rushed at the end.\nAsk the recruiter about on-call.")
        }
    }
}

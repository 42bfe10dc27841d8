import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

@Suite("Question bank pages")
struct QuestionPageTests {
    @Test("the bank comes by category, closed with counts; a filter opens its group; a search is one ranked list")
    func groupedByCategory() async throws {
        try await withCandorApp { app, store in
            let engineering = try await store.questions().filter { $0.category == "engineering" }.count
            #expect(engineering > 0)
            try await app.local().test(.GET, "questions") { res in
                #expect(res.html.contains(#"<details class="category-group" id="category-engineering"><summary><h3>Engineering<span class="muted"> · \#(engineering)</span></h3></summary>"#))
                #expect(!res.html.contains(#"class="category-group" id="category-engineering" open"#))
            }
            try await app.local().test(.GET, "questions?category=engineering") { res in
                #expect(res.html.contains(#"<details class="category-group" id="category-engineering" open>"#))
                #expect(!res.html.contains(#"id="category-team""#))
            }
            try await app.local().test(.GET, "questions?q=on-call") { res in
                #expect(!res.html.contains("category-group"))
                #expect(res.html.contains("best match first"))
            }
        }
    }

    @Test("a large bank stays a page of bounded size: a few questions per group, then pages of one category or of a search")
    func largeBankIsPaged() async throws {
        try await withCandorApp { app, store in
            for number in 1...120 {
                try await store.addQuestion(QuestionDraft(text: "Practice question number \(number) about rituals?", category: "rituals"))
            }
            let cards = { (html: String) in html.components(separatedBy: #"<article class="card question""#).count - 1 }
            // The whole bank: each group is closed and shows its first ten, then a link to all.
            try await app.local().test(.GET, "questions") { res in
                #expect(res.status == .ok)
                #expect(res.html.contains(#"<details class="category-group" id="category-rituals"><summary><h3>Rituals<span class="muted"> · 120</span></h3></summary>"#))
                #expect(res.html.contains(#"All 120 questions in Rituals</a>"#))
                #expect(res.html.contains(#"href="/questions?category=rituals#results""#))
                let groups = res.html.components(separatedBy: #"class="category-group""#).count - 1
                #expect(cards(res.html) <= groups * QuestionBankModel.previewPerGroup)
                #expect(!res.html.contains("Practice question number 11 about"))
            }
            // One category: open, fifty at a time, with a way on and back.
            try await app.local().test(.GET, "questions?category=rituals") { res in
                #expect(cards(res.html) == QuestionBankModel.pageSize)
                #expect(res.html.contains("120 questions (1–50 here)"))
                #expect(res.html.contains("Page 1 of 3"))
                #expect(res.html.contains(#"href="/questions?category=rituals&amp;page=2#results""#) || res.html.contains(#"href="/questions?category=rituals&page=2#results""#))
                #expect(!res.html.contains(#"rel="prev""#))
            }
            try await app.local().test(.GET, "questions?category=rituals&page=3") { res in
                #expect(cards(res.html) == 20)
                #expect(res.html.contains("Page 3 of 3"))
                #expect(res.html.contains(#"rel="prev""#))
                #expect(!res.html.contains(#"rel="next""#))
                // An edit from here comes back to this page.
                #expect(res.html.contains(#"name="back" value="/questions?category=rituals&amp;page=3""#))
            }
            // Past the end is the last page; nonsense is the first.
            try await app.local().test(.GET, "questions?category=rituals&page=99") { res in
                #expect(res.html.contains("Page 3 of 3"))
            }
            try await app.local().test(.GET, "questions?category=rituals&page=zero") { res in
                #expect(res.status == .ok)
                #expect(res.html.contains("Page 1 of 3"))
            }
            // A search is ranked and paged the same way.
            try await app.local().test(.GET, "questions?q=rituals") { res in
                #expect(cards(res.html) == QuestionBankModel.pageSize)
                #expect(res.html.contains("best match first (1–50 here)"))
            }
        }
    }

    @Test("the bank lists the starter questions; search ranks and filters narrow")
    func listAndSearch() async throws {
        try await withCandorApp { app, store in
            let total = try await store.questions().count
            try await app.local().test(.GET, "questions") { res in
                #expect(res.status == .ok)
                #expect(res.html.contains("\(total) questions"))
                // Each closed group shows its first few; the rest are a click away.
                let previews = Dictionary(grouping: try await store.questions()) { $0.category.lowercased() }
                    .values.reduce(0) { $0 + min($1.count, QuestionBankModel.previewPerGroup) }
                #expect(res.html.components(separatedBy: #"<article class="card question""#).count - 1 == previews)
            }
            try await app.local().test(.GET, "questions?theme=on-call&audience=engineer") { res in
                let expected = QuestionFilter(audience: .engineer, theme: .onCall).apply(to: try await store.questions())
                #expect(!expected.isEmpty)
                #expect(res.html.contains("\(expected.count) question"))
            }
            let own = try await store.addQuestion(QuestionDraft(text: "How often do you ship deployments to production?"))
            try await app.local().test(.GET, "questions?q=deploy&origin=own") { res in
                #expect(res.html.contains("1 question, best match first"))
                #expect(res.html.contains(#"id="q-\#(own.id)""#))
            }
        }
    }

    @Test("add, inline edit, retire and restore, keeping the filters the person had")
    func lifecycle() async throws {
        try await withCandorApp { app, store in
            var id = UUID()
            try await app.local().test(.POST, "questions", beforeRequest: { req in
                try req.form(["text": "What breaks most often at {company}?", "category": "engineering", "minutes": "3",
                              "themes[]": "on-call", "audiences[]": "engineer", "back": "/questions?category=engineering"])
            }, afterResponse: { res in
                #expect(res.status == .seeOther)
                #expect(res.location?.hasPrefix("/questions?category=engineering&notice=question-added#q-") == true)
            })
            let added = try #require(try await store.questions().first { $0.origin == .own })
            id = added.id
            #expect(added.themes == [.onCall] && added.audiences == [.engineer] && added.minutes == 3)

            try await app.local().test(.POST, "questions/\(id)", beforeRequest: { req in
                try req.form(["scope": "inline", "text": "What breaks most often at {company}, and why?", "category": "engineering",
                              "minutes": "4", "purpose": "Shows the weak spots."])
            }, afterResponse: { res in #expect(res.status == .seeOther) })
            let edited = try await store.question(id: id)
            #expect(edited.text == "What breaks most often at {company}, and why?" && edited.minutes == 4)
            #expect(edited.themes == [.onCall] && edited.audiences == [.engineer], "an inline edit keeps the fields it does not show")

            try await app.local().test(.POST, "questions/\(id)/retire") { res in #expect(res.status == .seeOther) }
            #expect(try await store.question(id: id).retired)
            try await app.local().test(.GET, "questions?category=engineering") { res in #expect(!res.html.contains(#"id="q-\#(id)""#)) }
            try await app.local().test(.GET, "questions?category=engineering&retired=1") { res in #expect(res.html.contains(#"id="q-\#(id)""#)) }
            try await app.local().test(.POST, "questions/\(id)/restore") { res in #expect(res.status == .seeOther) }
            #expect(try await !store.question(id: id).retired)
        }
    }

    @Test("a bad edit comes back with the reason and the typed text; a closing question keeps {company}")
    func badEdits() async throws {
        try await withCandorApp { app, store in
            let love = try await store.ensureClosingQuestions().love
            try await app.local().test(.POST, "questions/\(love.id)", beforeRequest: { req in
                try req.form(["scope": "inline", "text": "What do you love here?", "category": "closing", "minutes": "3"])
            }, afterResponse: { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains("must keep {company}"))
                #expect(res.html.contains("What do you love here?"))
            })
            #expect(try await store.question(id: love.id).text == love.text)
            try await app.local().test(.POST, "questions/\(love.id)/retire") { res in
                #expect(res.status == .unprocessableEntity)
            }
            try await app.local().test(.GET, "questions") { res in
                #expect(!res.html.contains(#"action="/questions/\#(love.id)/retire""#), "no retire button on closing questions")
            }
        }
    }

    @Test("a post cannot send the person to another site after saving")
    func safeBack() throws {
        #expect(QuestionFormInput(back: "https://evil.example/").backPath == "/questions")
        #expect(QuestionFormInput(back: "//evil.example/questions").backPath == "/questions")
        #expect(QuestionFormInput(back: "/questions?theme=pace").backPath == "/questions?theme=pace")
    }

    @Test("upload a Markdown list: a dry run shows the report and writes nothing, then the import adds")
    func importUpload() async throws {
        let markdown = """
        # Questions I like

        Some intro prose that is not a question.

        ## Team
        - How does the team *decide* what to build next?
        - [Who](https://example.com) reviews code, and how fast?

        ## Growth
        1. What did the last person in this role move on to?
        """
        try await withCandorApp { app, store in
            let before = try await store.questions(includeRetired: true).count
            for dryRun in [true, false] {
                try await app.local().test(.POST, "questions/import", beforeRequest: { req in
                    try req.upload(name: "questions.md", content: markdown, dryRun: dryRun)
                }, afterResponse: { res in
                    #expect(res.status == .ok)
                    #expect(res.html.contains(dryRun ? "Would add 3" : "Added 3"))
                })
                #expect(try await store.questions(includeRetired: true).count == before + (dryRun ? 0 : 3))
            }
            let added = try await store.questions().filter { $0.origin == .own }
            #expect(added.map(\.text).contains("Who reviews code, and how fast?"))
            #expect(added.first { $0.text.hasPrefix("What did the last person") }?.category == "growth")
        }
    }

    @Test("an unusable upload is refused with one line and nothing written")
    func badUpload() async throws {
        try await withCandorApp { app, store in
            let before = try await store.questions(includeRetired: true).count
            try await app.local().test(.POST, "questions/import", beforeRequest: { req in
                try req.upload(name: "q.csv", content: "text,themes\nHow is on-call?,oncall\n", dryRun: false)
            }, afterResponse: { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.html.contains("line 2"))
                #expect(res.html.contains("oncall"))
            })
            #expect(try await store.questions(includeRetired: true).count == before)
        }
    }

    @Test("export downloads each format, and the file imports back as all duplicates")
    func export() async throws {
        try await withCandorApp { app, store in
            try await store.addQuestion(QuestionDraft(text: "Mine, with \"quotes\", commas; and {company}?", themes: [.pace]))
            for format in BankFormat.allCases {
                try await app.local().test(.GET, "questions/export?format=\(format.rawValue)") { res in
                    #expect(res.status == .ok)
                    #expect(res.headers.first(name: .contentDisposition) == "attachment; filename=\"candor-questions.\(format.fileExtension)\"")
                    let parsed = try BankImport.parse(Data(buffer: res.body), format: format)
                    let report = try await store.importQuestions(parsed, dryRun: true)
                    #expect(report.added == 0 && report.skippedDuplicates == parsed.questions.count && report.rejected.isEmpty)
                }
            }
        }
    }
}

extension TestingHTTPRequest {
    /// A multipart upload as the bank page's import form sends it.
    mutating func upload(name: String, content: String, dryRun: Bool) throws {
        let boundary = "candor-test-boundary"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n\(content)\r\n"
        if dryRun { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n1\r\n" }
        body += "--\(boundary)--\r\n"
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        self.body = ByteBuffer(string: body)
    }
}

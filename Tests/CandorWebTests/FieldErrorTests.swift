import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import Testing
import Vapor
import VaporTesting

/// The profile, offer and question forms put a refusal next to the field it concerns, in the
/// words the form itself uses, and give back everything typed.
@Suite("Refused saves place their reason next to the field")
struct FieldErrorTests {
    /// A refused control as the page shows it: its opening tag, and the text of the element
    /// its `aria-describedby` names.
    struct Refusal {
        var tag: String
        var message: String?

        var isMarked: Bool { tag.contains(#"aria-invalid="true""#) }
    }

    /// The control (input, text area or select) named `name`, or the refused fieldset of check
    /// boxes `name`, and the message its `aria-describedby` points at.
    static func refusal(_ html: String, _ name: String) -> Refusal? {
        let tags = html.matches(of: #/<(input|textarea|select|fieldset)\b[^>]*>/#).map { String($0.output.0) }
        guard let tag = tags.first(where: {
            $0.contains(#" name="\#(name)""#) || ($0.hasPrefix("<fieldset") && $0.contains(#"aria-describedby="\#(name)-error""#))
        }) else {
            return nil
        }
        guard let describedBy = attribute(tag, "aria-describedby") else { return Refusal(tag: tag, message: nil) }
        let element = html.firstMatch(of: try! Regex(#"<(\w+)[^>]*\bid="\#(describedBy)"[^>]*>([^<]*)</"#))
        return Refusal(tag: tag, message: element.map { unescaped(String($0.output[2].substring ?? "")) })
    }

    /// Text as the person reads it, from the page's escaped HTML.
    static func unescaped(_ html: String) -> String {
        html.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func attribute(_ tag: String, _ name: String) -> String? {
        tag.firstMatch(of: try! Regex(#"\b\#(name)="([^"]*)""#)).map { String($0.output[1].substring ?? "") }
    }

    /// The banner at the top of the page.
    static func summary(_ html: String) -> String? {
        html.firstMatch(of: #/<div class="alert error" role="alert">([^<]*)</div>/#).map { String($0.output.1) }
    }

    // MARK: Profile

    static func postProfile(_ app: Application, _ input: ProfileFormInput) async throws -> TestingHTTPResponse {
        try await app.local().sendRequest(.POST, "profile", beforeRequest: { req in
            try req.content.encode(input, as: .urlEncodedForm)
        })
    }

    @Test("profile: minutes out of range sit at their field, in the form's words, with every value kept")
    func profileNumbers() async throws {
        try await withCandorApp { app, store in
            var input = ProfileFormInput(profile: Profile())
            input.values = ["growth"]
            input.valuePhrases = "small teams that ship"
            input.defaultQuestionMinutes = "500"
            input.maxDailyCount = "4"
            let res = try await Self.postProfile(app, input)
            #expect(res.status == .unprocessableEntity)
            let refused = try #require(Self.refusal(res.html, "defaultQuestionMinutes"))
            #expect(refused.isMarked)
            #expect(Self.attribute(refused.tag, "aria-describedby") == "defaultQuestionMinutes-error")
            #expect(refused.message == "Must be between 0 and 240, got 500.")
            #expect(Self.attribute(refused.tag, "value") == "500", "the refused value stays in its field")
            #expect(Self.summary(res.html) == "Not saved: check the field marked below (Minutes to keep for your questions).")
            #expect(!res.html.contains("default minutes for questions"), "no internal field name")
            #expect(Self.refusal(res.html, "maxDailyCount").map { Self.attribute($0.tag, "value") } == "4", "other values kept")
            #expect(Self.refusal(res.html, "valuePhrases").map { Self.attribute($0.tag, "value") } == "small teams that ship")
            #expect(res.html.contains(#"value="growth" checked"#))
            #expect(Self.refusal(res.html, "maxDailyCount")?.isMarked == false, "only the refused field is marked")
            #expect(try await store.profile().defaultQuestionMinutes == Profile.defaultQuestionMinutesValue, "nothing saved")

            // A schedule limit, not a number at all.
            input.defaultQuestionMinutes = "20"
            input.minBreakMinutes = "ten"
            let schedule = try await Self.postProfile(app, input)
            #expect(schedule.status == .unprocessableEntity)
            let minBreak = try #require(Self.refusal(schedule.html, "minBreakMinutes"))
            #expect(minBreak.isMarked)
            #expect(minBreak.message == "'ten' is not a whole number.")
            #expect(Self.attribute(minBreak.tag, "value") == "ten")
            #expect(Self.summary(schedule.html) == "Not saved: check the field marked below (Minimum break between interviews).")
            #expect(!schedule.html.contains("minimum break (minutes)"))
        }
    }

    @Test("profile: a theme both a value and a dealbreaker is marked on the dealbreakers, by its label")
    func profileClash() async throws {
        try await withCandorApp { app, _ in
            var input = ProfileFormInput(profile: Profile())
            input.values = ["people", "pace"]
            input.dealbreakers = ["people"]
            let res = try await Self.postProfile(app, input)
            #expect(res.status == .unprocessableEntity)
            let refused = try #require(Self.refusal(res.html, "dealbreakers"))
            #expect(refused.isMarked)
            #expect(refused.message == "Colleagues is also ticked under Values; a theme can be one or the other.")
            #expect(Self.summary(res.html) == "Not saved: check the field marked below (Dealbreakers).")
            #expect(res.html.contains(#"name="dealbreakers[]" value="people" checked"#), "the ticks are kept")
            #expect(res.html.contains(#"name="values[]" value="pace" checked"#))
        }
    }

    // MARK: Offer

    @Test("offer: a negative or wordy amount and a bad date sit at their fields, with everything typed kept")
    func offer() async throws {
        try await withCandorApp { app, store in
            let company = try await store.addCompany(CompanyDraft(name: "Acme"), status: .interviewing)
            let cases: [(fields: [String: String], input: String, label: String, message: String)] = [
                (["basePay": "-5", "currency": "EUR", "equity": "0.1% options"], "basePay", "Base pay",
                 "Must be between 0 and 1000000000, got -5."),
                (["basePay": "85,000", "bonus": "about 5k", "currency": "EUR"], "bonus", "Bonus", "'about 5k' is not a whole number."),
                (["basePay": "85000", "currency": "EUR", "startDate": "2026-02-30"], "startDate", "Start date",
                 "That date does not exist: February 2026 has 28 days."),
                (["basePay": "85000", "decisionDeadline": "2027-01-15"], "currency", "Currency",
                 "Is needed with an amount, for example EUR or USD."),
            ]
            for (fields, input, label, message) in cases {
                let res = try await OfferPageTests.postOffer(app, company, fields)
                #expect(res.status == .unprocessableEntity, "\(input)")
                let refused = try #require(Self.refusal(res.html, input), "\(input)")
                #expect(refused.isMarked, "\(input)")
                #expect(Self.attribute(refused.tag, "aria-describedby") == "\(input)-error")
                #expect(refused.message == message, "\(input)")
                #expect(Self.summary(res.html) == "Not saved: check the field marked below (\(label)).")
                for (name, typed) in fields {
                    #expect(Self.refusal(res.html, name).map { Self.attribute($0.tag, "value") } == typed.htmlEscaped, "\(name) kept")
                }
                #expect(!res.html.contains("base pay:") && !res.html.contains("start date:"), "no internal field name")
            }
            #expect(try await store.offer(companyID: company.id) == nil, "nothing saved")
        }
    }

    // MARK: Questions

    @Test("add a question: minutes out of range sit at the Minutes field, everything typed kept")
    func addQuestion() async throws {
        try await withCandorApp { app, store in
            let before = try await store.questions(includeRetired: true).count
            let res = try await app.local().sendRequest(.POST, "questions", beforeRequest: { req in
                try req.form(["text": "How do you ship <fast>?", "category": "delivery", "minutes": "45",
                              "purpose": "pace", "themes[]": "pace", "back": "/questions"])
            })
            #expect(res.status == .unprocessableEntity)
            let minutes = try #require(Self.refusal(res.html, "minutes"))
            #expect(minutes.isMarked)
            #expect(Self.attribute(minutes.tag, "aria-describedby") == "minutes-error")
            #expect(minutes.message == "Must be between 1 and 30, got 45.")
            #expect(Self.attribute(minutes.tag, "value") == "45")
            #expect(Self.summary(res.html) == "Not saved: check the field marked below (Minutes).")
            #expect(res.html.contains(">How do you ship &lt;fast&gt;?</textarea>"), "the text is kept, escaped")
            #expect(Self.refusal(res.html, "category").map { Self.attribute($0.tag, "value") } == "delivery")
            #expect(res.html.contains(#"value="pace" checked"#))
            #expect(try await store.questions(includeRetired: true).count == before)

            let empty = try await app.local().sendRequest(.POST, "questions", beforeRequest: { req in
                try req.form(["text": "  ", "category": "delivery", "minutes": "3"])
            })
            #expect(empty.status == .unprocessableEntity)
            let text = try #require(Self.refusal(empty.html, "text"))
            #expect(text.isMarked)
            #expect(text.message == "Is required.")
            #expect(Self.summary(empty.html) == "Not saved: check the field marked below (Question).")
            #expect(Self.refusal(empty.html, "minutes").map { Self.attribute($0.tag, "value") } == "3")
        }
    }

    @Test("the inline edit: a refusal comes back on the full form at its field, with the typed wording")
    func inlineEdit() async throws {
        try await withCandorApp { app, store in
            let question = try #require(try await store.questions().first { !$0.isClosing })
            let res = try await app.local().sendRequest(.POST, "questions/\(question.id)", beforeRequest: { req in
                try req.form(["scope": "inline", "text": "Reworded by me", "category": "mine", "minutes": "0",
                              "purpose": "why", "back": "/questions?theme=pace"])
            })
            #expect(res.status == .unprocessableEntity)
            let minutes = try #require(Self.refusal(res.html, "minutes"))
            #expect(minutes.isMarked)
            #expect(minutes.message == "Must be between 1 and 30, got 0.")
            #expect(Self.attribute(minutes.tag, "value") == "0")
            #expect(res.html.contains(">Reworded by me</textarea>"))
            #expect(Self.refusal(res.html, "category").map { Self.attribute($0.tag, "value") } == "mine")
            #expect(Self.refusal(res.html, "purpose").map { Self.attribute($0.tag, "value") } == "why")
            #expect(res.html.contains(#"name="back" value="/questions?theme=pace""#), "the way back is kept")
            #expect(try await store.question(id: question.id).text == question.text, "nothing saved")
        }
    }

    @Test("the edit page: empty text is marked on the question; a closing question's rule sits there too")
    func editPage() async throws {
        try await withCandorApp { app, store in
            let question = try #require(try await store.questions().first { !$0.isClosing })
            let res = try await app.local().sendRequest(.POST, "questions/\(question.id)", beforeRequest: { req in
                try req.form(["text": "", "category": "mine", "minutes": "4", "audiences[]": "engineer", "themes[]": "pace"])
            })
            #expect(res.status == .unprocessableEntity)
            let text = try #require(Self.refusal(res.html, "text"))
            #expect(text.isMarked)
            #expect(Self.attribute(text.tag, "aria-describedby") == "text-error")
            #expect(text.message == "Is required.")
            #expect(Self.refusal(res.html, "minutes").map { Self.attribute($0.tag, "value") } == "4")
            #expect(res.html.contains(#"name="audiences[]" value="engineer" checked"#))
            #expect(res.html.contains(#"name="themes[]" value="pace" checked"#))

            let love = try await store.ensureClosingQuestions().love
            let closing = try await app.local().sendRequest(.POST, "questions/\(love.id)", beforeRequest: { req in
                try req.form(["text": "What do you love here?", "category": "closing", "minutes": "3"])
            })
            #expect(closing.status == .unprocessableEntity)
            let wording = try #require(Self.refusal(closing.html, "text"))
            #expect(wording.isMarked)
            #expect(wording.message == "A closing question must keep {company}, where the company's name goes.")
            #expect(closing.html.contains(">What do you love here?</textarea>"))
        }
    }
}

import CandorCore
import Foundation
import Testing

@Suite("Bank import and export")
struct BankTransferTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let validThemes = "people, mission, growth, autonomy, work-life, remote, management, communication, process, pace, "
        + "engineering, tech-debt, compensation, stability, inclusion, feedback, on-call, priorities, staffing, ethics, "
        + "role-clarity, workspace"

    static func question(
        _ text: String, category: String = "general", audiences: [Audience] = [.any], contexts: [CompanyContext] = [],
        themes: [Theme] = [], minutes: Int = 2, purpose: String? = nil, askEveryone: Bool = false, retired: Bool = false
    ) -> Question {
        Question(id: UUID(), text: text, category: category, audiences: audiences, contexts: contexts, themes: themes,
                 minutes: minutes, purpose: purpose, retired: retired, askEveryone: askEveryone, createdAt: now, updatedAt: now)
    }

    static func parse(_ text: String, _ format: BankFormat) throws -> ParsedImport {
        try BankImport.parse(Data(text.utf8), format: format)
    }

    /// The error a parse throws, or nil when it succeeds.
    static func failure(_ data: Data, _ format: BankFormat) -> CandorError? {
        do {
            _ = try BankImport.parse(data, format: format)
            return nil
        } catch {
            return error as? CandorError
        }
    }

    static func failure(_ text: String, _ format: BankFormat) -> CandorError? {
        failure(Data(text.utf8), format)
    }

    /// Questions whose text or details trip up naive Markdown, CSV or JSON handling, listed by category
    /// (as the bank lists them), so the Markdown export keeps their order.
    static let trickyBank: [Question] = [
        question("What's it like at {company}, really?", category: "Culture", audiences: [.engineer, .hiringManager, .engineer],
                 contexts: [.startup, .vcFunded], themes: [.people, .onCall], minutes: 5,
                 purpose: "Listen for \"we\" vs \"they\"; a long pause --> a warning, <b>not</b> proof,\nsecond line", askEveryone: true),
        question("Retired but detailed?", category: "Culture", audiences: [.executive], themes: [.ethics, .stability],
                 purpose: "  spaced purpose  ", retired: true),
        question("Which *stars* or **bold** or _under_ words matter?", category: "Markup & Co", themes: [.communication]),
        question("Is a_b_c or snake_case_name fine?", category: "Markup & Co"),
        question("Do [brackets] and [links](http://x.y) and ![images](i.png) stay literal?", category: "Markup & Co"),
        question("Are <b>tags</b>, <!-- comments --> and <https://autolinks> kept?", category: "Markup & Co"),
        question("Is &amp; an entity, & is &#39; one too, &nbsp; as well?", category: "Markup & Co"),
        question(#"Back\slash, \* escaped star, \\ double and a trailing backslash \"#, category: "Markup & Co"),
        question("1. Is this numbered?", category: "Starts"),
        question("# Is this a heading?", category: "Starts"),
        question("- Starts with a dash?", category: "Starts"),
        question("+ Starts with a plus?", category: "Starts"),
        question("2) Paren numbered?", category: "Starts"),
        question("> Quoted?", category: "Starts"),
        question("---", category: "Starts"),
        question("* * *", category: "Starts"),
        question("[ ] Is a task box kept?", category: "Starts"),
        question("[x] Checked?", category: "Starts"),
        question("=SUM(A1) in a spreadsheet?", category: "Starts"),
        question("https://example.com/only-a-link", category: "Starts"),
        question("Two  spaces,   three, and\ttab?", category: "Spacing"),
        question("`code` and ```fences``` and ~~struck~~ and ~tilde~?", category: "Spacing"),
        question("Line one\nline two?", category: "Spacing"),
        question("  Padded question?  ", category: "  Spacing  "),
        question("🚀 How fast do you ship? 👩🏽‍💻", category: "Émojis 🎉", contexts: [.enterprise, .public]),
        question("ما الذي تحبه في العمل هنا؟", category: "ثقافة", audiences: [.recruiter]),
        question("מה הכי קשה בתפקיד?", category: "עברית", themes: [.workLife]),
        question("Qu'est-ce qui rend l'équipe unique à Zürich ? Ça dépend…", category: "Équipe", minutes: 30),
        question("\u{301}Starts with a combining accent, and e\u{301}?", category: "Équipe", minutes: 1),
        question("Text ending with a hash #", category: "C# #"),
        question("\"\u{301}Quote, then a combining mark\" >\u{301} *\u{301}?", category: "C# #", purpose: "arrow -->\u{301} then \"\u{301}"),
        question("Uses a pipe | and a colon: fine?", category: "C# #", purpose: "semi; colons: and | pipes, \"quotes\""),
        question("What about <!-- candor {\"themes\":[\"oncall\"]} --> inside the text?", category: "C# #"),
        question("Ends with an arrow -->", category: "C# #"),
        question("Has &#32; literally?", category: "C# #"),
        question("Why?", category: "", retired: true),
    ]

    // MARK: Round trips

    @Test("Markdown export imports back to the same drafts, retired flags included")
    func markdownRoundTrip() throws {
        let data = BankExport.render(Self.trickyBank, format: .markdown)
        #expect(BankExport.render(Self.trickyBank, format: .markdown) == data)
        let parsed = try BankImport.parse(data, format: .markdown)
        #expect(parsed.rejections == [])
        #expect(parsed.questions.map(\.draft) == (try Self.trickyBank.map { try $0.draft.validated() }))
        #expect(parsed.questions.map(\.retired) == Self.trickyBank.map(\.retired))
        for (imported, original) in zip(parsed.questions, Self.trickyBank) {
            #expect(imported.draft == (try original.draft.validated()), "\(original.text)")
        }
    }

    @Test("CSV export imports back to the same text, category, audiences, contexts, themes, minutes and purpose")
    func csvRoundTrip() throws {
        let data = BankExport.render(Self.trickyBank, format: .csv)
        #expect(BankExport.render(Self.trickyBank, format: .csv) == data)
        let parsed = try BankImport.parse(data, format: .csv)
        #expect(parsed.rejections == [])
        let expected = try Self.trickyBank.map { question -> QuestionDraft in
            var draft = try question.draft.validated()
            draft.askEveryone = false  // not a CSV column
            return draft
        }
        #expect(parsed.questions.map(\.draft) == expected)
        #expect(parsed.questions.allSatisfy { !$0.retired })
        #expect(parsed.questions.map(\.line).prefix(3) == [2, 4, 5])  // the first purpose spans two lines (2-3)
    }

    @Test("JSON export imports back to the same drafts, retired flags included")
    func jsonRoundTrip() throws {
        let data = BankExport.render(Self.trickyBank, format: .json)
        #expect(BankExport.render(Self.trickyBank, format: .json) == data)
        let parsed = try BankImport.parse(data, format: .json)
        #expect(parsed.rejections == [])
        #expect(parsed.questions.map(\.draft) == (try Self.trickyBank.map { try $0.draft.validated() }))
        #expect(parsed.questions.map(\.retired) == Self.trickyBank.map(\.retired))
        #expect(parsed.questions.map(\.line) == Array(1...Self.trickyBank.count))
    }

    /// A small deterministic generator (SplitMix64), so the random round trip is the same on every run.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("500 random texts built from markup characters round-trip through all three formats")
    func randomRoundTrips() throws {
        let pieces = ["a", "b", " ", "  ", "*", "**", "_", "~~", "`", "[", "]", "(", ")", "<", ">", "!", "&", "#", ";", "\\", "-",
                      "+", "1", ".", "|", "\"", "'", ",", "\t", "\n", "\r\n", "é", "\u{301}", "ع", "🚀", "{company}", "&amp;",
                      "&#32;", "<!--", "-->", " candor ", "{", "}", ":", "?", "=", "http://x", "\u{00A0}", "\u{200F}", "\u{7}"]
        var generator = SeededGenerator(state: 2026)
        func random(_ count: ClosedRange<Int>) -> String {
            (0..<Int.random(in: count, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        var bank: [Question] = []
        while bank.count < 500 {
            let question = Self.question(
                random(1...12), category: random(0...4), themes: [Theme.allCases.randomElement(using: &generator)!],
                minutes: Int.random(in: 1...30, using: &generator), purpose: Bool.random(using: &generator) ? random(0...8) : nil,
                askEveryone: Bool.random(using: &generator), retired: Bool.random(using: &generator))
            if (try? question.draft.validated()) != nil { bank.append(question) }
        }
        // Listed by category, as the bank lists them, so Markdown keeps the order.
        let categories = bank.reduce(into: [String]()) { if !$0.contains($1.category) { $0.append($1.category) } }
        bank = categories.flatMap { category in bank.filter { $0.category == category } }
        let expected = try bank.map { try $0.draft.validated() }

        for format in BankFormat.allCases {
            let parsed = try BankImport.parse(BankExport.render(bank, format: format), format: format)
            #expect(parsed.rejections == [], "\(format)")
            let drafts = parsed.questions.map(\.draft)
            if format == .csv {
                #expect(drafts == expected.map { var draft = $0; draft.askEveryone = false; return draft })
            } else {
                #expect(drafts == expected, "\(format)")
                #expect(parsed.questions.map(\.retired) == bank.map(\.retired), "\(format)")
            }
            for (draft, wanted) in zip(drafts, expected) where draft.text != wanted.text || draft.category != wanted.category || draft.purpose != wanted.purpose {
                Issue.record("\(format): \(String(reflecting: draft.text)) / \(String(reflecting: draft.category)) should be \(String(reflecting: wanted.text)) / \(String(reflecting: wanted.category))")
            }
        }
    }

    static let smallBank: [Question] = [
        question("Why is this role open?", category: "role", audiences: [.hiringManager], themes: [.roleClarity], minutes: 3,
                 purpose: "Backfill or growth, \"new\" -> tells a lot", askEveryone: true),
        question("1. What is *done*?", category: "process"),
        question("Who owns on-call?", category: "role", contexts: [.startup, .scaleup], retired: true),
    ]

    @Test("the Markdown export groups by category in order of first appearance and hides details in comments")
    func markdownExactOutput() {
        let text = String(decoding: BankExport.render(Self.smallBank, format: .markdown), as: UTF8.self)
        #expect(text == #"""
            # Interview questions

            Each question ends with a hidden comment holding Candor's details (audiences, themes, minutes); keep it to import the file back into Candor.

            ## role

            - Why is this role open? <!-- candor {"askEveryone":true,"audiences":["hiring-manager"],"contexts":[],"minutes":3,"purpose":"Backfill or growth, \"new\" -\u003e tells a lot","retired":false,"themes":["role-clarity"]} -->
            - Who owns on-call? <!-- candor {"askEveryone":false,"audiences":["any"],"contexts":["startup","scaleup"],"minutes":2,"retired":true,"themes":[]} -->

            ## process

            - 1\. What is \*done\*? <!-- candor {"askEveryone":false,"audiences":["any"],"contexts":[],"minutes":2,"retired":false,"themes":[]} -->

            """#)
    }

    @Test("Markdown brings interleaved categories together, in order of first appearance, keeping the order within each")
    func markdownGroupsCategories() throws {
        let bank = [
            Self.question("First in a?", category: "a"), Self.question("First in b?", category: "b"),
            Self.question("Second in a?", category: "a"), Self.question("Second in b?", category: "B"),
        ]
        let parsed = try BankImport.parse(BankExport.render(bank, format: .markdown), format: .markdown)
        #expect(parsed.questions.map(\.draft.text) == ["First in a?", "Second in a?", "First in b?", "Second in b?"])
        #expect(parsed.questions.map(\.draft.category) == ["a", "a", "b", "b"])
        #expect(parsed.questions.map(\.line) == [7, 8, 12, 16])
    }

    @Test("the CSV export is RFC 4180: header, quoting only where needed, CRLF after every row")
    func csvExactOutput() {
        var bank = Self.smallBank
        bank.append(Self.question("Padded purpose?", purpose: " padded "))
        let text = String(decoding: BankExport.render(bank, format: .csv), as: UTF8.self)
        #expect(text == "text,category,audiences,contexts,themes,minutes,purpose\r\n"
            + "Why is this role open?,role,hiring-manager,,role-clarity,3,\"Backfill or growth, \"\"new\"\" -> tells a lot\"\r\n"
            + "1. What is *done*?,process,any,,,2,\r\n"
            + "Who owns on-call?,role,any,startup;scaleup,,2,\r\n"
            + "Padded purpose?,general,any,,,2,\" padded \"\r\n")
    }

    @Test("the JSON export is Candor's versioned file: sorted keys, explicit null purpose, final newline")
    func jsonExactOutput() throws {
        let data = BankExport.render(Self.smallBank, format: .json)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("{\n"))
        #expect(text.hasSuffix("}\n"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["format"] as? String == "candor-questions")
        #expect(root["version"] as? Int == 1)
        let questions = try #require(root["questions"] as? [[String: Any]])
        #expect(questions.count == 3)
        #expect(Set(questions[1].keys) == ["text", "category", "audiences", "contexts", "themes", "minutes", "purpose", "askEveryone", "retired"])
        #expect(questions[1]["purpose"] is NSNull)
        #expect(questions[0]["purpose"] as? String == "Backfill or growth, \"new\" -> tells a lot")
        #expect(questions[0]["audiences"] as? [String] == ["hiring-manager"])
        #expect(questions[2]["retired"] as? Bool == true)
        #expect(questions[2]["contexts"] as? [String] == ["startup", "scaleup"])
        // Sorted keys: "askEveryone" is written before "audiences", "text" after "retired".
        let first = try #require(text.range(of: "\"askEveryone\""))
        let second = try #require(text.range(of: "\"audiences\""))
        #expect(first.lowerBound < second.lowerBound)
    }

    // MARK: Markdown

    static let readme = #"""
        ---
        title: Questions to ask your interviewer
        tags: [career, interviews]
        ---
        # Questions to ask your interviewer

        A list I keep for my own interviews. Why not **star** it if it helps you?

        ## Contents

        - [The role](#the-role)
        - [Team & culture](#team--culture)
          - [What is on-call like?](#on-call)
        - <https://example.com/more-questions>

        ## The role

        1. What does a **typical day** look like for this role?
        2. How will my performance be *measured*,
           and by whom?
        3) Tell me about the [team](https://example.com/team "Team page") I'd join.
           - What are they working on right now?
             + Which part would I own first?
           - Team size is 6 engineers
        4. Salary range and equity
        5. How does the [roadmap][rm] get decided?

        ```sh
        - rm -rf / ?
        * What is this?
        ```

        Team & Culture
        --------------

        * [ ] Is there a ~~strict~~ return-to-office policy?
        * [x] How do decisions get made when people __disagree__?
        * Describe a conflict on the team and how it was resolved.
        * Free snacks 🍕
        * What does <em>ownership</em> mean here?

        > - What would you ask a former employee?
        Quotes are ignored, even lazy lines?

        | Question | Why |
        |---|---|
        | What is the budget? | money |

        ## On-call &amp; Operations

        + Who gets paged at 3 a.m., and how often? ![pager](pager.png)
        + Walk me through your last incident &amp; its post-mortem.
        + How is on-call compensated? <https://example.com/oncall>
        + `kubectl` access: do engineers have it in production?
        + Are \*asterisks\* kept when escaped?

        <!--
        - Is this commented out?
        -->

            - What about indented code?

        <details>
        <summary>Bonus</summary>
        - Is this in an HTML block?
        </details>

        Extras
        ======

        - Is there a training budget, and how is it used? (ask the manager)
        - Great question to end with
        - ![badge](https://img.shields.io/badge.svg)

        [rm]: https://example.com/roadmap
        """#

    static let readmeQuestions: [(line: Int, category: String, text: String)] = [
        (18, "the role", "What does a typical day look like for this role?"),
        (19, "the role", "How will my performance be measured, and by whom?"),
        (21, "the role", "Tell me about the team I'd join."),
        (22, "the role", "What are they working on right now?"),
        (23, "the role", "Which part would I own first?"),
        (26, "the role", "How does the roadmap get decided?"),
        (36, "team & culture", "Is there a strict return-to-office policy?"),
        (37, "team & culture", "How do decisions get made when people disagree?"),
        (38, "team & culture", "Describe a conflict on the team and how it was resolved."),
        (40, "team & culture", "What does ownership mean here?"),
        (51, "on-call & operations", "Who gets paged at 3 a.m., and how often?"),
        (52, "on-call & operations", "Walk me through your last incident & its post-mortem."),
        (53, "on-call & operations", "How is on-call compensated?"),
        (54, "on-call & operations", "kubectl access: do engineers have it in production?"),
        (55, "on-call & operations", "Are *asterisks* kept when escaped?"),
        (71, "extras", "Is there a training budget, and how is it used? (ask the manager)"),
    ]

    @Test("a typical 'questions to ask your interviewer' README imports exactly its questions")
    func markdownReadme() throws {
        let parsed = try Self.parse(Self.readme, .markdown)
        #expect(parsed.rejections == [])
        #expect(parsed.questions.map(\.line) == Self.readmeQuestions.map(\.line))
        #expect(parsed.questions.map(\.draft.category) == Self.readmeQuestions.map(\.category))
        #expect(parsed.questions.map(\.draft.text) == Self.readmeQuestions.map(\.text))
        for question in parsed.questions {
            #expect(question.draft == QuestionDraft(text: question.draft.text, category: question.draft.category))
            #expect(question.draft == (try question.draft.validated()))
            #expect(!question.retired)
        }
    }

    @Test("inline markup is reduced to the text a reader sees")
    func markdownInlineCleaning() throws {
        let text = #"""
            - What do **bold**, *em*, _em_, __strong__, ***both*** and ~~struck~~ become?
            - Is `inline code` kept, and `` a ` tick ``?
            - Does [a link](https://x.y/(paren) "title") or [a ref][r] keep its text, and ![an image](i.png) vanish?
            - Are <b>tags</b> stripped <!-- and comments --> and <https://autolinks.example> dropped?
            - Are &amp; &lt; &gt; &quot; &#39; &nbsp;and &#x1F600; decoded, &unknown; not?
            - Are \*escapes\* and \_these\_ honoured, and a lone \ kept?
            - Is  spacing    collapsed   
            - [x] Is a task box stripped?
            - Is snake_case_name or 2 * 3 * 4 left alone?
            """#
        let parsed = try Self.parse(text, .markdown)
        #expect(parsed.questions.map(\.draft.text) == [
            "What do bold, em, em, strong, both and struck become?",
            "Is inline code kept, and a ` tick?",
            "Does a link or a ref keep its text, and vanish?",
            "Are tags stripped and dropped?",
            "Are & < > \" ' \u{00A0}and 😀 decoded, &unknown; not?",
            #"Are *escapes* and _these_ honoured, and a lone \ kept?"#,
            "Is spacing collapsed",
            "Is a task box stripped?",
            "Is snake_case_name or 2 * 3 * 4 left alone?",
        ])
        #expect(parsed.questions.map(\.line) == Array(1...9))
    }

    @Test("CRLF line ends, tabs and a BOM read the same as LF")
    func markdownLineEnds() throws {
        let crlf = Data([0xEF, 0xBB, 0xBF]) + Data(Self.readme.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let parsed = try BankImport.parse(crlf, format: .markdown)
        #expect(parsed == (try Self.parse(Self.readme, .markdown)))

        let tabs = try Self.parse("- Parent?\n\t- Tab-indented child?\n", .markdown)
        #expect(tabs.questions.map(\.draft.text) == ["Parent?", "Tab-indented child?"])
        #expect(tabs.questions.map(\.line) == [1, 2])
    }

    @Test("items before any heading are 'general'; 4-space nesting; lazy continuation; candor details override defaults")
    func markdownDetails() throws {
        let text = """
            * Before any heading?
                1) Nested four spaces deep, still a question?
            lazily continued
            - An item without a question mark
            - Walk me through a release

            ## Mixed
            - Plain statement <!-- candor {"themes":["on call","tech_debt"],"audiences":["Engineer"],"contexts":["vc-funded"],"minutes":7,"purpose":"why","askEveryone":true,"retired":true} -->
            """
        let parsed = try Self.parse(text, .markdown)
        #expect(parsed.rejections == [])
        #expect(parsed.questions == [
            ImportedQuestion(line: 1, draft: QuestionDraft(text: "Before any heading?")),
            ImportedQuestion(line: 2, draft: QuestionDraft(text: "Nested four spaces deep, still a question? lazily continued")),
            ImportedQuestion(line: 5, draft: QuestionDraft(text: "Walk me through a release")),
            ImportedQuestion(
                line: 8,
                draft: QuestionDraft(text: "Plain statement", category: "mixed", audiences: [.engineer], contexts: [.vcFunded],
                                     themes: [.onCall, .techDebt], minutes: 7, purpose: "why", askEveryone: true),
                retired: true),
        ])
    }

    @Test("bad items are rejected with their line; the rest still imports")
    func markdownRejections() throws {
        let long = String(repeating: "Why ", count: 300) + "?"
        let text = """
            # Questions
            - Fine?
            - \(long)
            - Too long to ask? <!-- candor {"minutes": 45} -->
            - Half a minute? <!-- candor {"minutes": 2.5} -->
            - Broken details? <!-- candor {"minutes": 2 -->
            - Wrong kind? <!-- candor {"themes": "people"} -->
            - <!-- candor {"minutes": 3} -->
            - Also fine?
            """
        let parsed = try Self.parse(text, .markdown)
        #expect(parsed.questions.map(\.line) == [2, 9])
        #expect(parsed.questions.map(\.draft.category) == ["questions", "questions"])
        #expect(parsed.rejections == [
            ImportRejection(line: 3, reason: "text: is 1201 characters long; the limit is 1000"),
            ImportRejection(line: 4, reason: "minutes: must be between 1 and 30, got 45"),
            ImportRejection(line: 5, reason: "minutes: 2.5 is not a whole number"),
            ImportRejection(line: 6, reason: "the candor comment is not a JSON object"),
            ImportRejection(line: 7, reason: "candor comment: \"themes\" must be a list of ids"),
            ImportRejection(line: 8, reason: "text: is required"),
        ])
    }

    @Test("an unknown theme, audience or context in a candor comment stops the import, naming the line and the valid ids")
    func markdownUnknownIDs() {
        let theme = "# Ops\n\n- Fine?\n\n- What is on-call like? <!-- candor {\"themes\": [\"people\", \"oncall\"]} -->\n"
        #expect(Self.failure(theme, .markdown) == .invalidImport(line: 5, reason: "unknown theme 'oncall'; valid themes: \(Self.validThemes)"))
        #expect(Self.failure(theme, .markdown)?.errorDescription
            == "Cannot import: line 5: unknown theme 'oncall'; valid themes: \(Self.validThemes). Nothing was written.")
        #expect(Self.failure("- Who? <!-- candor {\"audiences\": [\"boss\"]} -->", .markdown)
            == .invalidImport(line: 1, reason: "unknown audience 'boss'; valid audiences: \(Audience.allCases.map(\.rawValue).joined(separator: ", "))"))
        #expect(Self.failure("\n- Where? <!-- candor {\"contexts\": [\"unicorn\"]} -->", .markdown)
            == .invalidImport(line: 2, reason: "unknown context 'unicorn'; valid contexts: startup, scaleup, enterprise, private, public, bootstrapped, vc-funded, consultancy, agency, nonprofit, government"))
    }

    @Test("hostile markup (unclosed brackets, tags, code and comments by the thousand) is read in linear time")
    func markdownHostileMarkup() throws {
        let units = ["[(", "<a '", "``", "<!--", "![", "*_", "&#", "[a]("]
        let text = units.map { "- Why " + String(repeating: $0, count: 40_000 / $0.count) + "?" }.joined(separator: "\n")
        let parsed = try Self.parse(text, .markdown)
        #expect(parsed.questions == [])
        #expect(parsed.rejections.map(\.line) == Array(1...units.count))
        for rejection in parsed.rejections {
            #expect(rejection.reason.hasPrefix("text: is "))
            #expect(rejection.reason.hasSuffix(" characters long; the limit is 1000"))
        }
    }

    @Test("a Markdown file with no question-like list items is refused with a hint")
    func markdownNoQuestions() {
        let prose = "# My notes\n\nJust prose, asking nothing? Not a list.\n\n- [Contents](#contents)\n- Salary\n\n```\n- Is code ignored?\n```\n"
        #expect(Self.failure(prose, .markdown) == .invalidImport(
            line: nil, reason: "no questions found; in Markdown, questions are list items such as '- What does a normal week look like?'"))
    }

    // MARK: CSV

    @Test("CSV: quoted commas, doubled quotes and multi-line fields, with the line each record starts on")
    func csvQuoting() throws {
        let text = "text,category,audiences,contexts,themes,minutes,purpose\r\n"
            + "\"What does \"\"done\"\" mean, here?\",Process, engineer ; hiring-manager ;,startup,process;engineering,3,\"Listen for tests, reviews\"\r\n"
            + "\"A question\r\nthat spans lines?\",,,,,,\"and a purpose\nover two\"\r\n"
            + "Plain question?,,,,,,\r\n"
            + "No line end at the end?,Last,,,,,"
        let parsed = try Self.parse(text, .csv)
        #expect(parsed.rejections == [])
        #expect(parsed.questions == [
            ImportedQuestion(line: 2, draft: QuestionDraft(
                text: "What does \"done\" mean, here?", category: "process", audiences: [.engineer, .hiringManager],
                contexts: [.startup], themes: [.process, .engineering], minutes: 3, purpose: "Listen for tests, reviews")),
            ImportedQuestion(line: 3, draft: QuestionDraft(text: "A question that spans lines?", purpose: "and a purpose\nover two")),
            ImportedQuestion(line: 6, draft: QuestionDraft(text: "Plain question?")),
            ImportedQuestion(line: 7, draft: QuestionDraft(text: "No line end at the end?", category: "last")),
        ])
    }

    @Test("CSV: columns in any order and case, extra columns ignored, only 'text' required")
    func csvColumns() throws {
        let text = "Minutes,Notes,TEXT, Theme \n5,ignored,How big is the team?,people\n,x,What is the budget?,\n"
        let parsed = try Self.parse(text, .csv)
        #expect(parsed.questions == [
            ImportedQuestion(line: 2, draft: QuestionDraft(text: "How big is the team?", themes: [.people], minutes: 5)),
            ImportedQuestion(line: 3, draft: QuestionDraft(text: "What is the budget?")),
        ])
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data("text\nWith a BOM?\n".utf8)
        #expect(try BankImport.parse(bom, format: .csv).questions == [ImportedQuestion(line: 2, draft: QuestionDraft(text: "With a BOM?"))])
    }

    @Test("CSV: bad rows are rejected with their line; blank rows are skipped silently")
    func csvRejections() throws {
        let long = String(repeating: "a", count: 1_001)
        let text = "text,minutes\nGood question?,2\n,3\nToo slow?,45\nHalf?,2.5\n\(long),1\n,\n\n\"\",\" \"\nLast?,\n"
        let parsed = try Self.parse(text, .csv)
        #expect(parsed.questions.map(\.line) == [2, 10])
        #expect(parsed.questions.map(\.draft.text) == ["Good question?", "Last?"])
        #expect(parsed.questions.map(\.draft.minutes) == [2, 2])
        #expect(parsed.rejections == [
            ImportRejection(line: 3, reason: "text: is required"),
            ImportRejection(line: 4, reason: "minutes: must be between 1 and 30, got 45"),
            ImportRejection(line: 5, reason: "minutes: '2.5' is not a whole number"),
            ImportRejection(line: 6, reason: "text: is 1001 characters long; the limit is 1000"),
        ])
    }

    @Test("CSV: an unknown id is fatal with the physical line of its record")
    func csvUnknownIDs() {
        let text = "text,themes\n\"Multi\nline?\",people\nB?,people; oncall\n"
        #expect(Self.failure(text, .csv) == .invalidImport(line: 4, reason: "unknown theme 'oncall'; valid themes: \(Self.validThemes)"))
        #expect(Self.failure("text,audiences\nA?,boss\n", .csv) == .invalidImport(
            line: 2, reason: "unknown audience 'boss'; valid audiences: \(Audience.allCases.map(\.rawValue).joined(separator: ", "))"))
    }

    @Test("CSV: an unterminated quote and a missing text column are fatal")
    func csvMalformed() {
        #expect(Self.failure("text,category\nFine?,x\n\"Broken,x\nmore\n", .csv) == .invalidImport(
            line: 3, reason: "a quoted field starts here but its closing quote (\") is missing"))
        #expect(Self.failure("question,category\nA?,b\n", .csv) == .invalidImport(
            line: 1, reason: "the header row has no 'text' column; the first row must name the columns, e.g. text,category,audiences,contexts,themes,minutes,purpose"))
        #expect(Self.failure("text;category\nA?;b\n", .csv) == .invalidImport(
            line: 1, reason: "the header row has no 'text' column; the first row must name the columns, e.g. text,category,audiences,contexts,themes,minutes,purpose (columns must be separated by commas)"))
        #expect(Self.failure("text,Text\nA?,B?\n", .csv) == .invalidImport(line: 1, reason: "the header names the 'text' column twice"))
        #expect(Self.failure("text,category\r\n\r\n", .csv) == .invalidImport(
            line: nil, reason: "no questions found; a CSV file needs a header row with a 'text' column, then one question per row"))
    }

    // MARK: JSON

    @Test("JSON: missing fields take the defaults; bad rows are rejected by their index")
    func jsonDefaultsAndRejections() throws {
        let text = """
            {"format": "candor-questions", "version": 1, "extra": true, "questions": [
              {"text": "Only text?"},
              {"category": "No text"},
              {"text": "Half?", "minutes": 2.5},
              {"text": "Zero?", "minutes": 0},
              {"text": "Full?", "category": "Ops", "audiences": ["engineer"], "contexts": ["startup"], "themes": ["on-call"],
               "minutes": 4, "purpose": null, "askEveryone": true, "retired": true}
            ]}
            """
        let parsed = try Self.parse(text, .json)
        #expect(parsed.questions == [
            ImportedQuestion(line: 1, draft: QuestionDraft(text: "Only text?")),
            ImportedQuestion(line: 5, draft: QuestionDraft(text: "Full?", category: "ops", audiences: [.engineer], contexts: [.startup],
                                                           themes: [.onCall], minutes: 4, askEveryone: true), retired: true),
        ])
        #expect(parsed.rejections == [
            ImportRejection(line: 2, reason: "text: is required"),
            ImportRejection(line: 3, reason: "minutes: 2.5 is not a whole number"),
            ImportRejection(line: 4, reason: "minutes: must be between 1 and 30, got 0"),
        ])
    }

    @Test("JSON: foreign files, wrong versions and wrong shapes are refused, naming the question")
    func jsonRefusals() {
        func failure(_ text: String) -> CandorError? { Self.failure(text, .json) }
        #expect(failure("hello") == .invalidImport(line: nil, reason: "the file is not valid JSON"))
        #expect(failure("[1, 2]") == .invalidImport(
            line: nil, reason: "it is not a Candor question file (expected an object with \"format\": \"candor-questions\")"))
        #expect(failure(#"{"format": "something-else", "version": 1, "questions": []}"#) == .invalidImport(
            line: nil, reason: "it is not a Candor question file (it does not say \"format\": \"candor-questions\")"))
        #expect(failure(#"{"format": "candor-backup", "version": 1}"#) == .invalidImport(
            line: nil, reason: "this is a Candor backup, not a question file; restore it instead of importing it"))
        #expect(failure(#"{"format": "candor-questions", "questions": []}"#) == .invalidImport(line: nil, reason: "it has no version number"))
        #expect(failure(#"{"format": "candor-questions", "version": 2, "questions": []}"#) == .invalidImport(
            line: nil, reason: "it was made by a newer Candor (version 2); update Candor first"))
        #expect(failure(#"{"format": "candor-questions", "version": "1", "questions": []}"#) == .invalidImport(
            line: nil, reason: "its version must be a whole number from 1, not \"1\""))
        #expect(failure(#"{"format": "candor-questions", "version": 1, "questions": {}}"#) == .invalidImport(
            line: nil, reason: "it has no \"questions\" list"))
        #expect(failure(#"{"format": "candor-questions", "version": 1, "questions": [{"text": "A?"}, "B?"]}"#) == .invalidImport(
            line: nil, reason: "question 2: expected an object with a \"text\", not \"B?\""))
        #expect(failure(#"{"format": "candor-questions", "version": 1, "questions": [{"text": "A?", "themes": "people"}]}"#) == .invalidImport(
            line: nil, reason: "question 1: \"themes\" must be a list of ids"))
        #expect(failure(#"{"format": "candor-questions", "version": 1, "questions": [{"text": 7}]}"#) == .invalidImport(
            line: nil, reason: "question 1: \"text\" must be text"))
        #expect(failure(#"{"format": "candor-questions", "version": 1, "questions": [{"text": "A?", "retired": "yes"}]}"#) == .invalidImport(
            line: nil, reason: "question 1: \"retired\" must be true or false"))
        #expect(failure(#"{"format": "candor-questions", "version": 1, "questions": [{"text": "A?"}, {"text": "B?", "themes": ["oncall"]}]}"#)
            == .invalidImport(line: nil, reason: "question 2: unknown theme 'oncall'; valid themes: \(Self.validThemes)"))
        #expect(failure(#"{"format": "candor-questions", "version": 1, "questions": []}"#) == .invalidImport(
            line: nil, reason: "no questions found; the \"questions\" list is empty"))
    }

    // MARK: Files that cannot be read at all

    @Test("empty, blank, oversized, binary and non-UTF-8 files are refused in every format", arguments: BankFormat.allCases)
    func unreadableFiles(format: BankFormat) {
        #expect(Self.failure(Data(), format) == .invalidImport(line: nil, reason: "the file is empty"))
        #expect(Self.failure(" \n\t\r\n  ", format) == .invalidImport(line: nil, reason: "the file is empty (only blank lines and spaces)"))
        #expect(Self.failure(Data(repeating: 0x61, count: BankImport.maxBytes + 1), format)
            == .invalidImport(line: nil, reason: "the file is larger than 5 MB"))
        #expect(Self.failure("- What?\u{0}\n", format) == .invalidImport(line: nil, reason: "the file looks binary, not text"))
        #expect(Self.failure(Data("- Is it fine?\n- Caf".utf8) + Data([0xC3, 0x28]), format)
            == .invalidImport(line: 2, reason: "the file is not UTF-8 text; save it as UTF-8 and try again"))
        #expect(Self.failure(Data([0xFF, 0xFE, 0x2D, 0x00]), format)
            == .invalidImport(line: nil, reason: "the file is UTF-16 text; save it as UTF-8 and try again"))
    }

    @Test("a file of exactly 5 MB is read (and here has no questions)")
    func sizeLimitIsInclusive() {
        var text = "text\n"
        text += String(repeating: " ", count: BankImport.maxBytes - text.utf8.count)
        #expect(Self.failure(text, .csv) == .invalidImport(
            line: nil, reason: "no questions found; a CSV file needs a header row with a 'text' column, then one question per row"))
    }
}

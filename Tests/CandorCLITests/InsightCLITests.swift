import CandorCore
import Foundation
import Testing

/// `candor analyze`, `compare`, `offer` and `theme` on the demo search (see ``Sandbox``).
struct InsightCLITests {
    private func demo() throws -> Sandbox {
        let sandbox = try Sandbox()
        let loaded = try sandbox.candor("demo")
        #expect(loaded.status == 0, "\(loaded.errors)")
        return sandbox
    }

    private func insight(_ sandbox: Sandbox, _ company: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CompanyInsight {
        let run = try sandbox.candor("analyze", company, "--json")
        #expect(run.status == 0, "\(run.errors)", sourceLocation: sourceLocation)
        return try CandorJSON.decoder().decode(CompanyInsight.self, from: Data(run.output.utf8))
    }

    private func offer(_ sandbox: Sandbox, _ company: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Offer {
        let run = try sandbox.candor("offer", "show", company, "--json")
        #expect(run.status == 0, "\(run.errors)", sourceLocation: sourceLocation)
        return try CandorJSON.decoder().decode(Offer.self, from: Data(run.output.utf8))
    }

    /// The first answer with a theme the pipeline found and nobody has corrected yet.
    private func detected(in insight: CompanyInsight) throws -> (answer: ReadAnswer, theme: Theme) {
        let answer = try #require(insight.answers.first { $0.mentions.contains { $0.source == .detected } })
        let theme = try #require(answer.mentions.first { $0.source == .detected }?.theme)
        return (answer, theme)
    }

    private func short(_ id: UUID) -> String { String(id.uuidString.lowercased().prefix(8)) }

    @Test func statusPutsAnOfferDeadlineWithinThreeDaysFirst() throws {
        let sandbox = try demo()
        let run = try sandbox.candor("status")
        #expect(run.status == 0, "\(run.errors)")
        // The demo's offer from Fernhill needs an answer in two days.
        let first = try #require(run.output.split(separator: "\n").first)
        #expect(first.hasPrefix("Decision due: the offer from Fernhill Studio in 2 days ("), "\(first)")

        #expect(try sandbox.candor("offer", "set", "fernhill", "--deadline", "2099-01-01").status == 0)
        #expect(!(try sandbox.candor("status").output.contains("Decision due")))
    }

    @Test func helpListsTheInsightCommands() throws {
        let run = try Sandbox().candor("--help")
        #expect(run.status == 0)
        for command in ["analyze", "compare", "offer", "theme"] {
            #expect(run.output.contains("  \(command) "), "--help does not list \(command)")
        }
    }

    // MARK: - analyze

    @Test func analyzeJSONHasTheBoardFlagsAndAnswers() throws {
        let sandbox = try demo()
        let lumen = try insight(sandbox, "lumen")
        #expect(lumen.companyName == "Lumen Health")
        #expect(lumen.answersRead > 0)
        #expect(lumen.interviewersAsked > 0)
        #expect(!lumen.board.isEmpty)
        #expect(!lumen.flags.isEmpty)
        #expect(!lumen.answers.isEmpty)
    }

    @Test func analyzeTextHasEverySectionAndTheAnswerIDs() throws {
        let sandbox = try demo()
        let lumen = try insight(sandbox, "lumen")
        let run = try sandbox.candor("analyze", "Lumen Health")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Lumen Health: \(lumen.answersRead) answers read, \(lumen.interviewersAsked) interviewers asked\n"))
        for heading in ["FLAGS", "CONSENSUS", "THEME BOARD", "FOLLOW-UPS", "OTHER THINGS SEVERAL PEOPLE SAID", "ANSWERS"] {
            #expect(run.output.contains("\n\(heading)\n"), "no \(heading) section")
        }
        for answer in lumen.answers {
            #expect(run.output.contains("  \(short(answer.quote.askID))  \(answer.quote.personName), "))
        }
        let flag = try #require(lumen.flags.first)
        #expect(run.output.contains("  \(flag.kind.label)\n"))
        if let evidence = flag.evidence.first {
            #expect(run.output.contains("\(evidence.personName), \(evidence.day): "))
            #expect(run.output.contains("(ask \(short(evidence.askID)))"))
        }
    }

    @Test func analyzeOfACompanyWithNothingRecordedSaysSo() throws {
        let sandbox = try demo()
        #expect(try sandbox.candor("company", "add", "Globex").status == 0)
        let run = try sandbox.candor("analyze", "globex")
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == "Globex: 0 answers read, 0 interviewers asked")
        #expect(lines.last?.hasPrefix("Nothing has been recorded at Globex yet.") == true)
        #expect(try insight(sandbox, "globex").answers.isEmpty)
    }

    @Test func analyzeOfAnUnknownCompanyIsOneLine() throws {
        let sandbox = try demo()
        let run = try sandbox.candor("analyze", "Initech")
        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: No company matches 'Initech'. Run `candor company list` to see names and ids."])
        #expect(run.output.isEmpty)
    }

    // MARK: - theme

    @Test func dismissingAThemeTakesItOffTheAnswer() throws {
        let sandbox = try demo()
        let (answer, theme) = try detected(in: try insight(sandbox, "lumen"))
        let id = short(answer.quote.askID)
        let run = try sandbox.candor("theme", "dismiss", id, theme.rawValue)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "Dismissed \(theme.rawValue) from \(answer.quote.personName)'s answer (\(id)).\n")

        let after = try #require(try insight(sandbox, "lumen").answers.first { $0.quote.askID == answer.quote.askID })
        #expect(!after.mentions.contains { $0.theme == theme })
        #expect(after.dismissed.contains(theme))
        #expect(try sandbox.candor("analyze", "lumen").output.contains("dismissed by you: \(theme.rawValue)"))

        // Reset brings back what the pipeline reads.
        let reset = try sandbox.candor("theme", "reset", id, theme.rawValue)
        #expect(reset.status == 0, "\(reset.errors)")
        let restored = try #require(try insight(sandbox, "lumen").answers.first { $0.quote.askID == answer.quote.askID })
        #expect(restored.mentions.contains { $0.theme == theme && $0.source == .detected })
        #expect(restored.dismissed.isEmpty)
    }

    @Test func confirmingAThemeMarksItConfirmed() throws {
        let sandbox = try demo()
        let (answer, theme) = try detected(in: try insight(sandbox, "lumen"))
        let id = short(answer.quote.askID)
        let run = try sandbox.candor("theme", "confirm", answer.quote.askID.uuidString, theme.rawValue)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "Confirmed \(theme.rawValue) on \(answer.quote.personName)'s answer (\(id)).\n")
        let after = try #require(try insight(sandbox, "lumen").answers.first { $0.quote.askID == answer.quote.askID })
        #expect(after.mentions.first { $0.theme == theme }?.source == .confirmed)
    }

    @Test func retaggingMovesTheAnswerToTheOtherTheme() throws {
        let sandbox = try demo()
        let (answer, theme) = try detected(in: try insight(sandbox, "lumen"))
        let other = try #require(Theme.allCases.first { candidate in !answer.mentions.contains { $0.theme == candidate } })
        let id = short(answer.quote.askID)
        let run = try sandbox.candor("theme", "retag", id, theme.rawValue, other.rawValue)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "Retagged \(answer.quote.personName)'s answer (\(id)) from \(theme.rawValue) to \(other.rawValue).\n")
        let after = try #require(try insight(sandbox, "lumen").answers.first { $0.quote.askID == answer.quote.askID })
        #expect(after.mentions.first { $0.theme == other }?.source == .candidate)
        #expect(!after.mentions.contains { $0.theme == theme })
    }

    @Test func badThemeOrAnswerIsOneLine() throws {
        let sandbox = try demo()
        let answer = try #require(try insight(sandbox, "lumen").answers.first)
        let badTheme = try sandbox.candor("theme", "dismiss", short(answer.quote.askID), "vibes")
        #expect(badTheme.status == 1)
        #expect(badTheme.errorLines.count == 1)
        #expect(badTheme.errors.hasPrefix("Error: theme: 'vibes' is not one of people, mission,"))

        let badAnswer = try sandbox.candor("theme", "confirm", "ffffffff", "on-call")
        #expect(badAnswer.status == 1)
        #expect(badAnswer.errorLines.count == 1)
        #expect(badAnswer.errors.contains("No answer matches 'ffffffff'"))

        #expect(try sandbox.candor("theme", "retag", short(answer.quote.askID), "on-call").status == 64)
    }

    @Test func aDodgedQuestionHasNoThemesToCorrect() throws {
        let sandbox = try demo()
        let dodged = try #require(try insight(sandbox, "fernhill").flags(.closingDodged).first?.evidence.first)
        #expect(dodged.text == nil)
        let run = try sandbox.candor("theme", "confirm", short(dodged.askID), "on-call")
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.errors.contains("(it is dodged)"))
    }

    // MARK: - compare

    @Test func compareNeedsTwoDifferentCompanies() throws {
        let sandbox = try demo()
        let one = try sandbox.candor("compare", "lumen")
        #expect(one.status == 64)
        #expect(one.errors.contains("at least two companies"))

        let twice = try sandbox.candor("compare", "lumen", "Lumen")
        #expect(twice.status == 64)

        let sameCompany = try sandbox.candor("compare", "lumen", "Lumen Health")
        #expect(sameCompany.status == 1)
        #expect(sameCompany.errorLines.count == 1)
        #expect(sameCompany.errors.contains("are both Lumen Health"))

        let unknown = try sandbox.candor("compare", "lumen", "Initech")
        #expect(unknown.status == 1)
        #expect(unknown.errorLines.count == 1)
    }

    @Test func compareShowsOneColumnPerCompany() throws {
        let sandbox = try demo()
        let run = try sandbox.candor("compare", "lumen", "fernhill")
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.first)
        let lumenColumn = try #require(header.range(of: "Lumen Health"))
        let fernhillColumn = try #require(header.range(of: "Fernhill Studio"))
        #expect(lumenColumn.lowerBound < fernhillColumn.lowerBound)
        for label in ["Values matched", "Dealbreakers hit", "Trade-offs", "Consensus loves", "Consensus problems",
                      "Your people", "Process signals", "Minutes for questions", "Average gut feeling",
                      "Open follow-ups", "Offer base", "Offer bonus", "Offer equity", "Offer currency",
                      "Offer start", "Offer deadline"] {
            #expect(lines.contains { $0.hasPrefix(label + " ") }, "no \(label) row")
        }
        // Fernhill's demo offer sits in its column; Lumen has none.
        let base = try #require(lines.first { $0.hasPrefix("Offer base ") })
        #expect(base.hasSuffix("92,000"))
        let currency = try #require(lines.first { $0.hasPrefix("Offer currency ") })
        #expect(currency.contains("-"))
        #expect(currency.hasSuffix("EUR"))

        let json = try sandbox.candor("compare", "lumen", "fernhill", "northwind", "--json")
        #expect(json.status == 0, "\(json.errors)")
        let comparison = try CandorJSON.decoder().decode(Comparison.self, from: Data(json.output.utf8))
        #expect(comparison.companies.map(\.name) == ["Lumen Health", "Fernhill Studio", "Northwind Logistics"])
        #expect(comparison.companies[1].offer?.basePay == 92_000)
        #expect(comparison.companies[0].offer == nil)
    }

    // MARK: - offer

    @Test func offerSetThenShowRoundTripsAndMerges() throws {
        let sandbox = try demo()
        let set = try sandbox.candor("offer", "set", "lumen", "--base", "95,000", "--currency", "eur", "--deadline", "2026-12-10")
        #expect(set.status == 0, "\(set.errors)")
        #expect(set.output.hasPrefix("Saved the offer from Lumen Health.\n"))
        #expect(set.output.contains("Base pay:"))
        #expect(set.output.contains("95,000 EUR"))
        var saved = try offer(sandbox, "lumen")
        #expect(saved.terms == OfferTerms(basePay: 95_000, currency: "EUR", decisionDeadline: "2026-12-10"))

        // Only the options given change.
        #expect(try sandbox.candor("offer", "set", "lumen", "--bonus", "8000", "--equity", "0.1% over 4 years").status == 0)
        saved = try offer(sandbox, "lumen")
        #expect(saved.terms == OfferTerms(basePay: 95_000, bonus: 8_000, equity: "0.1% over 4 years", currency: "EUR",
                                          decisionDeadline: "2026-12-10"))

        // An empty value clears one field.
        #expect(try sandbox.candor("offer", "set", "lumen", "--equity", "").status == 0)
        saved = try offer(sandbox, "lumen")
        #expect(saved.terms.equity == nil)
        #expect(saved.terms.bonus == 8_000)

        let show = try sandbox.candor("offer", "show", "lumen")
        #expect(show.status == 0, "\(show.errors)")
        #expect(show.output.hasPrefix("Offer from Lumen Health (updated "))
        #expect(show.output.contains("Yearly cash:"))
        #expect(show.output.contains("103,000 EUR"))

        // Recording an offer moves an interviewing company to the offer stage.
        let company = try sandbox.candor("company", "show", "lumen", "--json")
        #expect(company.output.contains("\"status\" : \"offer\""))
    }

    @Test func offerWithABadValueIsOneLineAndSavesNothing() throws {
        let sandbox = try demo()
        let currency = try sandbox.candor("offer", "set", "lumen", "--base", "95000", "--currency", "euros")
        #expect(currency.status == 1)
        #expect(currency.errorLines == ["Error: --currency: 'euros' is not a three-letter code such as EUR or USD"])

        let noCurrency = try sandbox.candor("offer", "set", "lumen", "--base", "95000")
        #expect(noCurrency.status == 1)
        #expect(noCurrency.errorLines.count == 1)
        #expect(noCurrency.errors.contains("--currency"))

        let amount = try sandbox.candor("offer", "set", "lumen", "--base", "lots", "--currency", "EUR")
        #expect(amount.status == 1)
        #expect(amount.errorLines == ["Error: --base: 'lots' is not a whole number such as 95000"])

        let day = try sandbox.candor("offer", "set", "lumen", "--start", "2027-02-30")
        #expect(day.status == 1)
        #expect(day.errorLines.count == 1)
        #expect(day.errors.contains("--start"))

        #expect(try sandbox.candor("offer", "set", "lumen").status == 64)
        #expect(try sandbox.candor("offer", "show", "lumen", "--json").output == "null\n")
    }

    @Test func offerRemoveTakesTheOfferAway() throws {
        let sandbox = try demo()
        #expect(try offer(sandbox, "fernhill").terms.basePay == 92_000)
        let removed = try sandbox.candor("offer", "remove", "fernhill")
        #expect(removed.status == 0, "\(removed.errors)")
        #expect(removed.output == "Removed the offer from Fernhill Studio.\n")
        #expect(try sandbox.candor("offer", "show", "fernhill", "--json").output == "null\n")
        #expect(try sandbox.candor("offer", "show", "fernhill").output.hasPrefix("No offer recorded from Fernhill Studio."))
        let again = try sandbox.candor("offer", "remove", "fernhill")
        #expect(again.status == 0)
        #expect(again.output.hasPrefix("No offer was recorded"))
    }
}

import CandorCore
import CandorStore
import Foundation
import Testing

@Suite("Insights from stored answers")
struct InsightStoreTests {
    static func demo(_ store: Store) async throws -> [String: Company] {
        try await store.loadDemo(zone: TimeZone(identifier: "UTC")!)
        return Dictionary(uniqueKeysWithValues: try await store.companies().map { ($0.name, $0) })
    }

    @Test("the demo shows every kind of flag somewhere", arguments: Backend.available)
    func demoShowsEveryFlag(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let companies = try await Self.demo(store)
            var kinds: [FlagKind: [String]] = [:]
            for company in companies.values {
                for flag in try await store.insight(companyID: company.id).flags {
                    kinds[flag.kind, default: []].append(company.name)
                }
            }
            for kind in FlagKind.allCases {
                #expect(kinds[kind] != nil, "no \(kind.rawValue) in the demo")
            }
            #expect(kinds[.redFlag]?.contains("Lumen Health") == true, "work-life at Lumen")
            #expect(kinds[.redFlag]?.contains("Northwind Logistics") == true, "the ad tech phrase")
            #expect(kinds[.yourPeople] == ["Fernhill Studio"])
            let lumen = try await store.insight(companyID: companies["Lumen Health"]!.id)
            #expect(lumen.flags(.tradeOff).contains { $0.theme == .onCall })
            #expect(lumen.groups.contains { $0.name.lowercased().contains("fhir") }, "\(lumen.groups)")
            #expect(!lumen.followUps.isEmpty)
        }
    }

    @Test("an interview with blank minutes for questions counts its panel's default, not zero", arguments: Backend.available)
    func blankMinutesAreTheDefault(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let companies = try await Self.demo(store)
            for company in companies.values {
                let input = try await store.insightInput(companyID: company.id)
                for interview in try await store.interviews(companyID: company.id) {
                    let counted = try #require(input.interviews.first { $0.id == interview.id }?.minutesPlanned)
                    #expect(counted == (try await store.questionBudget(for: interview)).minutes)
                    if interview.questionMinutesPlanned == nil { #expect(counted > 0, "\(interview.title)") }
                }
            }
        }
    }

    @Test("a correction is kept on the answer and wins on the next analysis", arguments: Backend.available)
    func corrections(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let lumen = try #require(try await Self.demo(store)["Lumen Health"])
            let before = try await store.insight(companyID: lumen.id)
            let answer = try #require(before.answers.first { $0.mentions.contains { $0.theme == .onCall && $0.source == .detected } })
            try await store.correctThemes(askID: answer.quote.askID, .dismiss(.onCall))
            var after = try await store.insight(companyID: lumen.id)
            var read = try #require(after.answers.first { $0.quote.askID == answer.quote.askID })
            #expect(!read.mentions.contains { $0.theme == .onCall })
            #expect(read.dismissed == [.onCall])

            try await store.correctThemes(askID: answer.quote.askID, .retag(from: .onCall, to: .pace))
            after = try await store.insight(companyID: lumen.id)
            read = try #require(after.answers.first { $0.quote.askID == answer.quote.askID })
            #expect(read.mentions.contains { $0.theme == .pace && $0.source == .candidate })

            try await store.correctThemes(askID: answer.quote.askID, .reset(.onCall))
            #expect(try await store.ask(id: answer.quote.askID).dismissedThemes.isEmpty)
        }
    }

    @Test("a flag's theme is dismissed in all its answers at once, and only at its own company", arguments: Backend.available)
    func dismissAFlag(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let companies = try await Self.demo(store)
            let lumen = try #require(companies["Lumen Health"])
            let flag = try #require(try await store.insight(companyID: lumen.id).flags.first { $0.kind == .redFlag && $0.theme != nil })
            let theme = try #require(flag.theme)
            let askIDs = flag.evidence.map(\.askID)
            #expect(!askIDs.isEmpty)

            // An answer of another company in the list: nothing at all changes.
            let other = try #require(companies["Fernhill Studio"])
            let foreign = try #require(try await store.insight(companyID: other.id).answers.first?.quote.askID)
            await #expect(throws: CandorError.self) {
                try await store.dismissTheme(theme, askIDs: askIDs + [foreign], companyID: lumen.id)
            }
            for id in askIDs { #expect(try await store.ask(id: id).dismissedThemes.isEmpty) }
            await #expect(throws: CandorError.self) { try await store.dismissTheme(theme, askIDs: [], companyID: lumen.id) }

            try await store.dismissTheme(theme, askIDs: askIDs, companyID: lumen.id)
            for id in askIDs { #expect(try await store.ask(id: id).dismissedThemes.contains(theme)) }
            let after = try await store.insight(companyID: lumen.id)
            #expect(!after.flags.contains { $0.kind == .redFlag && $0.theme == theme })
        }
    }

    @Test("offers: recorded, merged into the pipeline, due soon, removed", arguments: Backend.available)
    func offers(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let companies = try await Self.demo(store)
            let northwind = try #require(companies["Northwind Logistics"])
            let saved = try await store.setOffer(companyID: northwind.id,
                                                 terms: OfferTerms(basePay: 80_000, currency: "eur", decisionDeadline: "2026-12-01"))
            #expect(saved?.terms.currency == "EUR")
            #expect(try await store.company(id: northwind.id).status == .offer)
            let due = try await store.offersDueSoon(today: "2026-11-29").map(\.company)
            #expect(due.contains("Northwind Logistics"))
            #expect(try await store.offersDueSoon(today: "2026-11-20").map(\.company).contains("Northwind Logistics") == false)
            await #expect(throws: CandorError.self) {
                try await store.setOffer(companyID: northwind.id, terms: OfferTerms(basePay: 1, currency: "euros"))
            }
            #expect(try await store.offer(companyID: northwind.id)?.terms.basePay == 80_000, "a refused change writes nothing")
            try await store.setOffer(companyID: northwind.id, terms: OfferTerms())
            #expect(try await store.offer(companyID: northwind.id) == nil)
        }
    }

    @Test("comparison puts companies side by side with their offers", arguments: Backend.available)
    func comparison(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let companies = try await Self.demo(store)
            let ids = [companies["Fernhill Studio"]!.id, companies["Lumen Health"]!.id]
            let comparison = try await store.comparison(companyIDs: ids)
            #expect(comparison.companies.map(\.name) == ["Fernhill Studio", "Lumen Health"])
            #expect(comparison.companies[0].offer?.currency == "EUR")
            #expect(comparison.companies[0].yourPeople)
            #expect(comparison.companies[1].dealbreakersHit == [.workLife])
            #expect(comparison.themes.contains(.onCall))
            #expect(comparison.largestCount >= 3)
        }
    }

    @Test("a backup keeps offers and dismissed themes", arguments: Backend.available)
    func backup(backend: Backend) async throws {
        try await TestDatabase.with(backend) { _, store in
            let lumen = try #require(try await Self.demo(store)["Lumen Health"])
            let answer = try #require(try await store.insight(companyID: lumen.id).answers.first { !$0.mentions.isEmpty })
            let theme = try #require(answer.mentions.first?.theme)
            try await store.correctThemes(askID: answer.quote.askID, .dismiss(theme))
            let backup = try await store.exportBackup()
            #expect(backup.offers.count == 1)
            let decoded = try Backup.decode(try backup.encoded())
            try await store.restore(decoded, replace: true)
            #expect(try await store.exportBackup() == backup)
            #expect(try await store.ask(id: answer.quote.askID).dismissedThemes == [theme])
        }
    }
}

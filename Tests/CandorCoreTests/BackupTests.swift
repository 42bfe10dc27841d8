import CandorCore
import Foundation
import Testing

@Suite("Backup file")
struct BackupTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func demo() throws -> Backup {
        let love = Question(id: UUID(), text: ClosingQuestions.loveText, category: "closing", special: .closingLove, createdAt: now, updatedAt: now)
        let improve = Question(id: UUID(), text: ClosingQuestions.improveText, category: "closing", special: .closingImprove, createdAt: now, updatedAt: now)
        var backup = DemoData(now: now, zone: try LocalTime.zone(named: "Europe/London"), loveQuestion: love, improveQuestion: improve).content()
        backup.questions = [love, improve]
        return backup
    }

    @Test("encode then decode gives the same backup, and the same bytes again")
    func roundTrip() throws {
        let backup = try Self.demo()
        let data = try backup.encoded()
        let decoded = try Backup.decode(data)
        #expect(decoded == backup)
        #expect(try decoded.encoded() == data)
    }

    @Test("a backup written before offers and theme corrections existed still restores")
    func olderBackup() throws {
        let backup = try Self.demo()
        #expect(!backup.offers.isEmpty, "the demo records an offer")
        var object = try #require(try JSONSerialization.jsonObject(with: backup.encoded()) as? [String: Any])
        object["offers"] = nil
        object["asks"] = (object["asks"] as? [[String: Any]])?.map { ask in
            var ask = ask
            ask["dismissedThemes"] = nil
            return ask
        }
        let decoded = try Backup.decode(try JSONSerialization.data(withJSONObject: object))
        #expect(decoded.offers.isEmpty)
        #expect(decoded.asks.count == backup.asks.count)
        #expect(decoded.asks.allSatisfy { $0.dismissedThemes.isEmpty })
    }

    @Test("foreign, empty, newer and broken files are refused with a clear reason")
    func refusals() throws {
        func reason(_ text: String) -> String? {
            do {
                _ = try Backup.decode(Data(text.utf8))
                return nil
            } catch {
                return (error as? CandorError)?.errorDescription
            }
        }
        #expect(reason("")?.contains("empty") == true)
        #expect(reason("hello")?.contains("not JSON") == true)
        #expect(reason(#"{"name": "something else"}"#)?.contains("candor-backup") == true)
        #expect(reason(#"{"format": "candor-backup", "version": 99}"#)?.contains("newer Candor") == true)
        #expect(reason(#"{"format": "candor-backup", "version": 1}"#)?.contains("missing") == true)
    }

    @Test("a backup whose references do not hold together is refused")
    func inconsistent() throws {
        var backup = try Self.demo()
        backup.people[0].companyID = UUID()
        #expect(throws: CandorError.self) { try backup.checkConsistency() }

        var orphanAnswer = try Self.demo()
        orphanAnswer.asks[0].questionID = UUID()
        #expect(throws: CandorError.self) { try orphanAnswer.checkConsistency() }
    }
}

@Suite("Demo data")
struct DemoDataTests {
    @Test("three companies of different stages, a three-person panel, answers to both closing questions")
    func shape() throws {
        let backup = try BackupTests.demo()
        #expect(backup.companies.count == 3)
        #expect(Set(backup.companies.compactMap(\.stage)) == [.startup, .scaleup, .enterprise])
        #expect(backup.interviews.contains { $0.participants.count == 3 })
        #expect(backup.interviews.contains { $0.startsAt > BackupTests.now })
        let specials = Set(backup.asks.compactMap { ask in backup.questions.first { $0.id == ask.questionID }?.special })
        #expect(specials == [.closingLove, .closingImprove])
        try backup.checkConsistency()
    }

    @Test("in the panel the first closing question goes round in order, the second in reverse")
    func closingOrder() throws {
        let backup = try BackupTests.demo()
        let panel = try #require(backup.interviews.first { $0.participants.count == 3 })
        let love = backup.questions.first { $0.special == .closingLove }!.id
        let improve = backup.questions.first { $0.special == .closingImprove }!.id
        let asks = backup.asks.filter { $0.interviewID == panel.id }.sorted { $0.position < $1.position }
        let order = panel.participants.map(\.personID)
        #expect(asks.filter { $0.questionID == love }.map(\.personID) == order)
        #expect(asks.filter { $0.questionID == improve }.map(\.personID) == order.reversed())
        let lastLove = try #require(asks.lastIndex { $0.questionID == love })
        let firstImprove = try #require(asks.firstIndex { $0.questionID == improve })
        #expect(lastLove < firstImprove)
    }
}

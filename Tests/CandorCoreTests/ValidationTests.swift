import CandorCore
import Foundation
import Testing

@Suite("Validation")
struct ValidationTests {
    @Test("choices parse leniently and list the valid values when wrong")
    func choices() throws {
        #expect(try CompanyStage.parse(" ScaleUp ", field: "stage") == .scaleup)
        #expect(try Funding.parse("VC funded", field: "funding") == .vcFunded)
        #expect(try RoleKind.parse("hiring_manager", field: "role") == .hiringManager)
        #expect(throws: CandorError.invalidChoice(field: "stage", value: "megacorp", allowed: ["startup", "scaleup", "enterprise"])) {
            try CompanyStage.parse("megacorp", field: "stage")
        }
    }

    @Test("every theme id from the shared design is present, exactly")
    func themeIDs() {
        let ids = ["people", "mission", "growth", "autonomy", "work-life", "remote", "management", "communication",
                   "process", "pace", "engineering", "tech-debt", "compensation", "stability", "inclusion", "feedback",
                   "on-call", "priorities", "staffing", "ethics", "role-clarity", "workspace"]
        #expect(Theme.allCases.map(\.rawValue) == ids)
    }

    @Test("a company needs a name; blanks become nil; bad links and numbers name their field")
    func companyDraft() throws {
        let valid = try CompanyDraft(name: "  Acme  ", website: " ", roleTitle: "", concerns: [.onCall, .onCall]).validated()
        #expect(valid.name == "Acme")
        #expect(valid.website == nil && valid.roleTitle == nil)
        #expect(valid.concerns == [.onCall])
        #expect(throws: CandorError.invalidField(field: "name", reason: "is required")) {
            try CompanyDraft(name: "   ").validated()
        }
        #expect { try CompanyDraft(name: "Acme", website: "javascript:alert(1)").validated() } throws: {
            ($0 as? CandorError)?.errorDescription?.hasPrefix("website:") == true
        }
        #expect { try CompanyDraft(name: "Acme", headcount: 0).validated() } throws: {
            ($0 as? CandorError)?.errorDescription?.hasPrefix("headcount:") == true
        }
    }

    @Test("interviews: zone, duration and question minutes are checked")
    func interviewDraft() throws {
        let company = UUID()
        let ok = InterviewDraft(companyID: company, startsAt: Date(), timeZone: "Europe/Paris", durationMinutes: 45, questionMinutesPlanned: 10)
        #expect(try ok.validated().durationMinutes == 45)
        for duration in [0, 721] {
            #expect { try InterviewDraft(companyID: company, startsAt: Date(), timeZone: "UTC", durationMinutes: duration).validated() } throws: {
                ($0 as? CandorError)?.errorDescription?.hasPrefix("duration (minutes):") == true
            }
        }
        #expect(throws: CandorError.self) {
            try InterviewDraft(companyID: company, startsAt: Date(), timeZone: "UTC", durationMinutes: 30, questionMinutesPlanned: 31).validated()
        }
        #expect(throws: CandorError.self) {
            try InterviewDraft(companyID: company, startsAt: Date(), timeZone: "Nowhere/Land").validated()
        }
    }

    @Test("a theme cannot be both a value and a dealbreaker; phrases are de-duplicated")
    func profile() throws {
        let cleaned = try Profile(values: [.growth, .growth], valuePhrases: ["Small teams", " small teams ", ""]).validated()
        #expect(cleaned.values == [.growth])
        #expect(cleaned.valuePhrases == ["Small teams"])
        #expect(throws: CandorError.self) { try Profile(values: [.onCall], dealbreakers: [.onCall]).validated() }
        #expect(throws: CandorError.self) { try Profile(practiceCadenceMonths: 0).validated() }
        #expect(Profile.phrases(from: "ad tech, crypto;\nunpaid overtime") == ["ad tech", "crypto", "unpaid overtime"])
    }

    @Test("company contexts follow stage, ownership, funding and kind")
    func contexts() throws {
        let id = UUID()
        let draft = CompanyDraft(name: "A", stage: .startup, ownership: .private, funding: .vcFunded, kind: .consultancy)
        let company = Company(id: id, draft: draft, status: .applied, statusHistory: [], createdAt: Date(), updatedAt: Date())
        #expect(company.contexts == [.startup, .private, .vcFunded, .consultancy])
    }
}

import Foundation
import Testing

/// `CANDOR_FIXED_NOW`: the clock tests and screenshots fix so pages and the demo look the same
/// on any day (see `CandorClock`).
struct FixedClockCLITests {
    @Test("the demo's dates follow the fixed clock, not the system's")
    func demoFollowsFixedClock() throws {
        let sandbox = try Sandbox()
        sandbox.environment["CANDOR_FIXED_NOW"] = "2031-03-03T09:00:00Z"
        #expect(try sandbox.candor("demo").status == 0)
        let list = try sandbox.candor("interview", "list", "--json")
        #expect(list.status == 0)
        let interviews = try #require(JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
        #expect(!interviews.isEmpty)
        let parser = ISO8601DateFormatter()
        let fixed = try #require(parser.date(from: "2031-03-03T09:00:00Z"))
        for interview in interviews {
            let startsAt = try #require((interview["startsAt"] as? String).flatMap(parser.date(from:)))
            // The demo spreads its interviews over the weeks around "now".
            #expect(abs(startsAt.timeIntervalSince(fixed)) < 60 * 86_400, "\(startsAt) is not near the fixed clock")
        }
    }

    @Test("a value that is not an instant is refused in one line, exit 1, before anything is opened")
    func mistypedClockIsRefused() throws {
        let sandbox = try Sandbox()
        sandbox.environment["CANDOR_FIXED_NOW"] = "next tuesday"
        let run = try sandbox.candor("company", "list")
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.errors.contains("CANDOR_FIXED_NOW"))
        #expect(run.errors.contains("next tuesday"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("candor/candor.sqlite")))
    }
}

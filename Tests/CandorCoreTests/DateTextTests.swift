import CandorCore
import Foundation
import Testing

@Suite("Dates as text")
struct DateTextTests {
    let instant = Date(timeIntervalSince1970: 1_796_983_200) // 2026-12-11 10:00 UTC

    @Test("the same text as a formatter made for the call, in any zone, from many threads at once")
    func sameAsFreshFormatter() async {
        let zones = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC"].map { TimeZone(identifier: $0)! }
        let patterns = ["HH:mm zzz", "EEEE d MMMM yyyy", "EEE d MMM"]
        await withTaskGroup(of: Bool.self) { group in
            for round in 0..<200 {
                let zone = zones[round % zones.count]
                let pattern = patterns[round % patterns.count]
                let date = instant.addingTimeInterval(Double(round) * 3_541)
                group.addTask {
                    let fresh = DateFormatter()
                    fresh.locale = Locale(identifier: "en_GB")
                    fresh.timeZone = zone
                    fresh.dateFormat = pattern
                    return DateText.string(date, pattern: pattern, zone: zone) == fresh.string(from: date)
                }
            }
            for await same in group { #expect(same) }
        }
    }

    @Test("the machine format pads every part")
    func padded() {
        let utc = TimeZone(identifier: "UTC")!
        #expect(LocalTime.format(Date(timeIntervalSince1970: 0), in: utc) == "1970-01-01 00:00")
        #expect(LocalTime.format(instant, in: utc) == "2026-12-11 10:00")
        #expect(LocalTime.format(instant, in: TimeZone(identifier: "Asia/Kolkata")!) == "2026-12-11 15:30")
    }
}

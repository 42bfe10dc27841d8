import CandorCore
import Foundation
import Testing

@Suite("Local time")
struct LocalTimeTests {
    @Test("a typed time round-trips through its zone")
    func roundTrip() throws {
        let berlin = try LocalTime.zone(named: "Europe/Berlin")
        let date = try LocalTime.parse("2026-12-03 14:30", in: berlin)
        #expect(date == Date(timeIntervalSince1970: 1_796_304_600))
        #expect(LocalTime.format(date, in: berlin) == "2026-12-03 14:30")
        #expect(LocalTime.format(date, in: try LocalTime.zone(named: "UTC")) == "2026-12-03 13:30")
    }

    @Test("the form's T separator is accepted")
    func isoSeparator() throws {
        let zone = try LocalTime.zone(named: "America/New_York")
        #expect(try LocalTime.parse("2026-07-01T09:00", in: zone) == LocalTime.parse("2026-07-01 09:00", in: zone))
    }

    @Test("unknown zones and abbreviations are refused, naming the field")
    func unknownZone() {
        for bad in ["Mars/Olympus", "EST", ""] {
            #expect {
                try LocalTime.zone(named: bad)
            } throws: { error in
                (error as? CandorError)?.errorDescription?.hasPrefix("time zone:") == true
            }
        }
    }

    @Test("malformed and impossible dates are refused", arguments: ["tomorrow", "2026-13-01 10:00", "2026-02-30 10:00", "2026-01-01 25:00", "2026-01-01"])
    func badDates(text: String) throws {
        let zone = try LocalTime.zone(named: "UTC")
        #expect(throws: CandorError.self) { try LocalTime.parse(text, in: zone) }
    }

    @Test("a time skipped by daylight saving is refused, not moved")
    func springForwardGap() throws {
        let zone = try LocalTime.zone(named: "Europe/Berlin")
        #expect {
            try LocalTime.parse("2026-03-29 02:30", in: zone, field: "--at")
        } throws: { error in
            (error as? CandorError)?.errorDescription?.contains("daylight saving") == true
        }
    }

    @Test("a day past the month's end is refused in plain words", arguments: [
        ("2031-02-31 10:00", "that date does not exist: February 2031 has 28 days"),
        ("2028-02-30T09:00", "that date does not exist: February 2028 has 29 days"),
        ("2030-04-31 12:00", "that date does not exist: April 2030 has 30 days"),
        ("2030-13-01 12:00", "'2030-13-01 12:00' is not a real calendar date"),
    ])
    func impossibleDays(text: String, reason: String) {
        #expect(throws: CandorError.invalidField(field: "start", reason: reason)) {
            try LocalTime.parse(text, in: TimeZone(identifier: "UTC")!, field: "start")
        }
    }
}

@testable import CandorCore
import Foundation
import Testing

@Suite("iCalendar output")
struct ICalendarTests {
    static let stamp = Date(timeIntervalSince1970: 1_796_000_000)

    static func interview(location: String? = "https://meet.example/x", notes: String? = nil) -> Interview {
        let company = UUID()
        let start = try! LocalTime.parse("2026-12-03 14:30", in: TimeZone(identifier: "Europe/Berlin")!)
        let people = [
            Participant(personID: UUID(), name: "Dana Park", title: "Head of Platform", roleKind: .hiringManager, position: 0),
            Participant(personID: UUID(), name: "Zoë Ng; \"Z\"", title: nil, roleKind: .engineer, position: 1),
        ]
        let draft = InterviewDraft(companyID: company, startsAt: start, timeZone: "Europe/Berlin", durationMinutes: 45,
                                   kind: .panel, location: location, questionMinutesPlanned: 10, notes: notes)
        return Interview(id: UUID(uuidString: "0A1B2C3D-0000-4000-8000-000000000001")!, companyName: "Acme, Inc.",
                         draft: draft, participants: people, createdAt: stamp)
    }

    @Test("one event with UTC times, a stable UID, escaped text and CRLF line ends")
    func event() {
        let text = ICalendar.render([Self.interview()], stamp: Self.stamp)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("\r\nUID:0a1b2c3d-0000-4000-8000-000000000001@candor\r\n"))
        #expect(unfolded.contains("\r\nDTSTART:20261203T133000Z\r\n"))
        #expect(unfolded.contains("\r\nDTEND:20261203T141500Z\r\n"))
        #expect(unfolded.contains("\r\nSUMMARY:Panel interview at Acme\\, Inc.\r\n"))
        #expect(unfolded.contains("\r\nLOCATION:https://meet.example/x\r\nURL:https://meet.example/x\r\n"))
        #expect(unfolded.contains("DESCRIPTION:Panel\\, in order:\\n- Dana Park (Head of Platform\\, Hiring manager)\\n- Zoë Ng\\; \"Z\" (Engineer)"))
        #expect(ICalendar.render([Self.interview()], stamp: Self.stamp) == text, "same input, same bytes")
    }

    @Test("long lines fold at 75 octets without splitting a character")
    func folding() {
        let notes = String(repeating: "Élan vital, ünïcödé 🚀 ", count: 20)
        let text = ICalendar.render([Self.interview(notes: notes)], stamp: Self.stamp)
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)")
        }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains(ICalendar.escape("Notes: " + notes)))
    }

    @Test("backslashes, semicolons, commas and newlines are escaped")
    func escaping() {
        #expect(ICalendar.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
    }

    @Test("a place that is not a link is a location only; planned questions are listed per person")
    func onsite() {
        var interview = Self.interview(location: "12 Quay Street")
        interview.status = .cancelled
        let ask = Ask(id: UUID(), interviewID: interview.id, personID: interview.participants[0].personID, questionID: nil,
                      position: 0, status: .planned, questionText: "Why now?", createdAt: Self.stamp, updatedAt: Self.stamp)
        let text = ICalendar.render([interview], questions: [interview.id: [ask]], stamp: Self.stamp)
            .replacingOccurrences(of: "\r\n ", with: "")
        #expect(text.contains("LOCATION:12 Quay Street"))
        #expect(!text.contains("URL:"))
        #expect(text.contains("STATUS:CANCELLED"))
        #expect(text.contains("Your questions:\\n- Dana Park: Why now?"))
    }
}

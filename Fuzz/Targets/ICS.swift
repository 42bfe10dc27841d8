@testable import CandorCore
import Foundation

// Fuzz target `ics`: the iCalendar writer (ICalendar.render: escape and fold), which the
// calendar feed /calendar/<token>.ics serves to calendar apps.
//
// Input: two bytes (number of events 1–3, full or times-only detail), three bytes per event (kind,
// status, panel role, day), then text fields apart by U+001F: the calendar's name, then per event
// the company, location, notes, two panel members (name, title) and two planned questions. An
// empty field is "not given".
//
// Invariants on the output (RFC 5545 §3.1, §3.3.11):
// - CRLF after every line, no bare CR or LF anywhere, no line longer than 75 octets, every
//   continuation line starts with a space and holds valid UTF-8 on its own (no split character);
// - unfolded, every content line is a property Candor writes (user text cannot start one of its
//   own), with no control character but tab in its value;
// - one VEVENT per interview, and each TEXT value is valid escaping (`\\`, `\;`, `\,`, `\n` only;
//   no bare `;` or `,`) that reads back as the text given, line breaks as `\n` and other control
//   characters as spaces;
// - URL only for a plain http(s) address, equal to the location.
@_cdecl("LLVMFuzzerTestOneInput")
public func icsTarget(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    var input = FuzzReader(UnsafeBufferPointer(start: start, count: count))
    let eventCount = 1 + Int(input.byte() % 3)
    let detail: ICalendar.Detail = input.byte() & 1 == 0 ? .full : .timesOnly
    let settings = (0..<eventCount).map { _ in
        (kind: input.pick(InterviewKind.allCases), status: input.pick(InterviewStatus.allCases),
         role: input.pick(RoleKind.allCases), day: Int(input.byte()))
    }
    var fields = input.rest().split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    func field() -> String? {
        let value = fields.isEmpty ? "" : fields.removeFirst()
        return value.isEmpty ? nil : value
    }

    let stamp = Date(timeIntervalSince1970: 1_800_000_000)
    let calendarName = field() ?? ""
    var interviews: [Interview] = []
    var asks: [UUID: [Ask]] = [:]
    for (index, setting) in settings.enumerated() {
        func uuid(_ kind: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8%03x-%012x", kind, index))! }
        let company = field() ?? "Acme"
        let draft = InterviewDraft(
            companyID: uuid(1), startsAt: stamp.addingTimeInterval(Double(setting.day * 86_400 + index * 3_600)),
            timeZone: "UTC", durationMinutes: 45, kind: setting.kind, location: field(), status: setting.status,
            questionMinutesPlanned: setting.day % 2 == 0 ? 10 : nil, notes: field())
        var participants: [Participant] = []
        for seat in 0..<2 {
            let name = field(), title = field()
            if let name {
                participants.append(Participant(personID: uuid(10 + seat), name: name, title: title, roleKind: setting.role, position: seat))
            }
        }
        let interview = Interview(id: uuid(0), companyName: company, draft: draft, participants: participants, createdAt: stamp)
        interviews.append(interview)
        for (position, status) in [AskStatus.planned, .asked].enumerated() {
            guard let question = field() else { continue }
            let person = participants.isEmpty ? uuid(99) : participants[position % participants.count].personID
            asks[interview.id, default: []].append(Ask(
                id: uuid(20 + position), interviewID: interview.id, personID: person, questionID: nil, position: position,
                status: status, questionText: question, createdAt: stamp, updatedAt: stamp))
        }
    }

    let output = ICalendar.render(interviews, questions: asks, stamp: stamp, name: calendarName, detail: detail)
    let events = checkedEvents(output)
    require(events.calendarName == plain(calendarName), "X-WR-CALNAME \(show(events.calendarName)) for \(show(calendarName))")
    require(events.list.count == interviews.count, "\(events.list.count) events for \(interviews.count) interviews")
    for interview in interviews {
        let uid = "\(interview.id.uuidString.lowercased())@candor"
        guard let event = events.list.first(where: { $0["UID"] == uid }) else {
            require(false, "no event with UID \(uid)")
            return 0
        }
        require(event["SUMMARY"] == plain("\(interview.kind.label) interview at \(interview.companyName)"),
                "SUMMARY \(show(event["SUMMARY"] as Any)) for \(show(interview.companyName))")
        require(event["STATUS"] == (interview.status == .cancelled ? "CANCELLED" : "CONFIRMED"), "STATUS \(show(event["STATUS"] as Any))")
        guard detail == .full else {
            require(event["LOCATION"] == nil && event["URL"] == nil && event["DESCRIPTION"] == nil, "times only, yet more: \(show(event))")
            continue
        }
        require(event["LOCATION"] == interview.location.map(plain), "LOCATION \(show(event["LOCATION"] as Any)) for \(show(interview.location as Any))")
        if let url = event["URL"] {
            require(url == interview.location && url.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F },
                    "URL \(show(url)) for location \(show(interview.location as Any))")
        }
        let description = ICalendar.description(interview, asks: asks[interview.id] ?? [])
        require(event["DESCRIPTION"] == plain(description), "DESCRIPTION \(show(event["DESCRIPTION"] as Any)) for \(show(description))")
    }
    return 0
}

/// What a text should read as once written and read back: line breaks (CRLF counts as one) as
/// LF, other control characters but tab as a space.
func plain(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var afterCR = false
    for scalar in text.unicodeScalars {
        defer { afterCR = scalar == "\r" }
        if scalar == "\n" && afterCR { continue }
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out.append("\n")
        case "\t": out.append(scalar)
        default: out.append(scalar.properties.generalCategory == .control ? " " : scalar)
        }
    }
    return String(out)
}

/// The TEXT properties Candor writes, whose values are checked and unescaped.
private let textProperties: Set<String> = ["X-WR-CALNAME", "SUMMARY", "LOCATION", "DESCRIPTION"]
private let knownProperties: Set<String> = textProperties.union([
    "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "UID", "DTSTAMP", "DTSTART", "DTEND", "STATUS", "URL",
])

/// Checks the file's lines and structure and reads its events (TEXT values unescaped).
func checkedEvents(_ output: String) -> (calendarName: String?, list: [[String: String]]) {
    let bytes = Array(output.utf8)
    require(bytes.count >= 2 && bytes.suffix(2) == [0x0D, 0x0A], "the file does not end with CRLF")
    for (index, byte) in bytes.enumerated() {
        if byte == 0x0D { require(index + 1 < bytes.count && bytes[index + 1] == 0x0A, "a bare CR at byte \(index)") }
        if byte == 0x0A { require(index > 0 && bytes[index - 1] == 0x0D, "a bare LF at byte \(index)") }
    }

    // Physical lines, then content lines (a line starting with a space continues the one before).
    var physical: [[UInt8]] = [[]]
    var index = 0
    while index < bytes.count {
        if bytes[index] == 0x0D {
            physical.append([])
            index += 2
        } else {
            physical[physical.count - 1].append(bytes[index])
            index += 1
        }
    }
    physical.removeLast()  // after the final CRLF
    var content: [[UInt8]] = []
    for (number, line) in physical.enumerated() {
        require(line.count <= 75, "line \(number + 1) has \(line.count) octets: \(show(String(decoding: line, as: UTF8.self)))")
        require(!line.isEmpty, "line \(number + 1) is empty")
        require(String(validating: line, as: UTF8.self) != nil, "line \(number + 1) splits a UTF-8 sequence")
        if line.first == 0x20 {
            require(!content.isEmpty && line.count > 1, "line \(number + 1) continues nothing")
            content[content.count - 1] += line.dropFirst()
        } else {
            content.append(line)
        }
    }

    var calendarName: String?
    var events: [[String: String]] = []
    var current: [String: String]?
    for (number, bytes) in content.enumerated() {
        // By bytes, as a calendar app reads it: a ':' followed by a combining mark is one
        // Character to Swift, and would hide from a search by Character.
        let line = String(decoding: bytes, as: UTF8.self)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else {
            require(false, "content line \(number + 1) has no ':': \(show(line))")
            continue
        }
        let name = String(decoding: bytes[..<colon], as: UTF8.self)
        var value = String(decoding: bytes[(colon + 1)...], as: UTF8.self)
        require(knownProperties.contains(name), "content line \(number + 1) is a property Candor does not write: \(show(line))")
        require(!value.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\t" },
                "a control character in \(name): \(show(value))")
        if textProperties.contains(name) { value = unescaped(value, in: name) }
        switch (name, value) {
        case ("BEGIN", "VCALENDAR"):
            require(number == 0, "BEGIN:VCALENDAR on content line \(number + 1)")
        case ("END", "VCALENDAR"):
            require(number == content.count - 1 && current == nil, "END:VCALENDAR on content line \(number + 1) of \(content.count)")
        case ("BEGIN", "VEVENT"):
            require(current == nil, "a VEVENT inside a VEVENT")
            current = [:]
        case ("END", "VEVENT"):
            require(current != nil, "END:VEVENT without BEGIN")
            events.append(current ?? [:])
            current = nil
        case ("BEGIN", _), ("END", _):
            require(false, "a component Candor does not write: \(show(line))")
        case ("X-WR-CALNAME", _):
            require(current == nil && calendarName == nil, "X-WR-CALNAME inside an event or twice")
            calendarName = value
        default:
            guard current != nil else { continue }  // VERSION, PRODID, … in the calendar
            require(current?[name] == nil, "\(name) twice in one event")
            current?[name] = value
        }
    }
    return (calendarName, events)
}

/// A TEXT value read back (RFC 5545 §3.3.11); anything that is not valid TEXT fails.
func unescaped(_ value: String, in property: String) -> String {
    var out = String.UnicodeScalarView()
    var scalars = value.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
        switch scalar {
        case "\\":
            switch scalars.next() {
            case "\\": out.append("\\")
            case ";": out.append(";")
            case ",": out.append(",")
            case "n", "N": out.append("\n")
            case let other:
                require(false, "\(property): a backslash before \(show(other as Any)) is not an escape: \(show(value))")
            }
        case ";", ",":
            require(false, "\(property): an unescaped '\(scalar)' in a TEXT value: \(show(value))")
        default:
            out.append(scalar)
        }
    }
    return String(out)
}

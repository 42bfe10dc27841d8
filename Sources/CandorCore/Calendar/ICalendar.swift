import Foundation

/// Writes interviews as an iCalendar file (RFC 5545) that calendar apps import or subscribe to.
public enum ICalendar {
    public static let mediaType = "text/calendar; charset=utf-8"

    /// One calendar with a VEVENT per interview.
    ///
    /// - Parameters:
    ///   - questions: what is planned for each interview, by interview id, in plan order.
    ///   - stamp: when the file was made (DTSTAMP); times are written in UTC.
    ///   - detail: how much of each interview the file carries (see `Detail`).
    public static func render(
        _ interviews: [Interview], questions: [UUID: [Ask]] = [:], stamp: Date, name: String = "Candor interviews",
        detail: Detail = .full
    ) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Candor//Candor interviews//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:\(escape(name))",
        ]
        for interview in interviews.sorted(by: { ($0.startsAt, $0.id.uuidString) < ($1.startsAt, $1.id.uuidString) }) {
            lines += event(interview, asks: questions[interview.id] ?? [], stamp: stamp, detail: detail)
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// What a calendar shows of each interview.
    public enum Detail: Sendable {
        /// When, and with which company: safe to sync to a calendar others may see.
        case timesOnly
        /// Also the place, the panel by name, the planned questions and the notes.
        case full
    }

    static func event(_ interview: Interview, asks: [Ask], stamp: Date, detail: Detail) -> [String] {
        var lines = [
            "BEGIN:VEVENT",
            // Stable across exports, so a subscribed calendar updates the event rather than adding one.
            "UID:\(interview.id.uuidString.lowercased())@candor",
            "DTSTAMP:\(utc(stamp))",
            "DTSTART:\(utc(interview.startsAt))",
            "DTEND:\(utc(interview.endsAt))",
            "SUMMARY:\(escape("\(interview.kind.label) interview at \(interview.companyName)"))",
            "STATUS:\(interview.status == .cancelled ? "CANCELLED" : "CONFIRMED")",
        ]
        guard detail == .full else {
            lines.append("END:VEVENT")
            return lines
        }
        if let location = interview.location {
            lines.append("LOCATION:\(escape(location))")
            // URL is a URI value, written unescaped, so only a plain web address goes there.
            if isPlainWebAddress(location) {
                lines.append("URL:\(location)")
            }
        }
        lines.append("DESCRIPTION:\(escape(description(interview, asks: asks)))")
        lines.append("END:VEVENT")
        return lines
    }

    /// Who is on the panel, in order, then the planned questions per person.
    static func description(_ interview: Interview, asks: [Ask]) -> String {
        var text = interview.participants.isEmpty
            ? "Panel: not known yet."
            : "Panel, in order:\n" + interview.participants.map { person in
                "- \(person.name) (\([person.title, person.roleKind.label].compactMap { $0 }.joined(separator: ", ")))"
            }.joined(separator: "\n")
        let planned = asks.filter { $0.status == .planned || $0.status == .asked }
        if !planned.isEmpty {
            let names = Dictionary(uniqueKeysWithValues: interview.participants.map { ($0.personID, $0.name) })
            text += "\n\nYour questions:\n" + planned.map { "- \(names[$0.personID] ?? "Someone"): \($0.questionText)" }.joined(separator: "\n")
        }
        if let minutes = interview.questionMinutesPlanned {
            text += "\n\nKeep \(minutes) minutes for your questions."
        }
        if let notes = interview.notes { text += "\n\nNotes: \(notes)" }
        return text
    }

    /// `20261203T133000Z`.
    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks (CRLF is
    /// one). Every other control character becomes a space, so no user text can end the content
    /// line it is in and start a property (an ATTENDEE, a whole VEVENT) of its own.
    ///
    /// Scalar by scalar, as calendar apps read it: a `;`, `,` or `\` followed by a combining mark,
    /// a variation selector or a zero-width joiner is one `Character` with it, which compares
    /// unequal to the bare one and would be written unescaped.
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case ";": result.append(contentsOf: "\\;".unicodeScalars)
            case ",": result.append(contentsOf: "\\,".unicodeScalars)
            case "\r", "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":  // what Character.isNewline knows
                if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
                result.append(contentsOf: "\\n".unicodeScalars)
            default:
                result.append(isControl(scalar) ? " " : scalar)
            }
        }
        return String(result)
    }

    /// An http(s) address with a host and nothing a content line cannot hold unescaped.
    static func isPlainWebAddress(_ text: String) -> Bool {
        guard text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value != 0x7F && $0 != "\"" }),
              let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false
        else { return false }
        return true
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control && scalar != "\t"
    }

    /// Folds a content line into lines of at most 75 octets (RFC 5545 §3.1), each continuation
    /// starting with a space, never splitting a UTF-8 sequence.
    ///
    /// Characters are kept whole on a line, except one longer than a line (a letter under dozens
    /// of combining marks, a long emoji ZWJ sequence), which is split between its scalars:
    /// unfolding joins it again.
    static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var currentBytes = 0
        func append(_ piece: String, size: Int) {
            let limit = lines.isEmpty ? 75 : 74  // a continuation's leading space counts
            if currentBytes + size > limit {
                lines.append(current)
                current = ""
                currentBytes = 0
            }
            current += piece
            currentBytes += size
        }
        for character in line {
            let size = character.utf8.count
            if size <= 74 {
                append(String(character), size: size)
            } else {
                for scalar in character.unicodeScalars { append(String(scalar), size: scalar.utf8.count) }
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }
}

import CandorCore
import CandorStore
import Foundation

/// What the interview form posts, kept as typed. The panel is a list of numbered slots so
/// the order works without JavaScript: each slot names a known person or a new one.
struct InterviewFormInput {
    struct Slot {
        var personID: String = ""
        var newName: String = ""
        /// Blank until chosen: a new person's role is required.
        var newRole: String = ""
    }

    var startsAt: String = ""
    var timeZone: String = LocalTime.machineZone.identifier
    var durationMinutes: String = "60"
    /// Blank: the kind the panel suggests.
    var kind: String = ""
    var format: String = InterviewFormat.video.rawValue
    var location: String = ""
    var status: String = InterviewStatus.scheduled.rawValue
    var questionMinutesPlanned: String = ""
    var questionMinutesGiven: String = ""
    var notes: String = ""
    var slots: [Slot] = []

    static let minimumSlots = 4

    init() {}

    init(interview: Interview) {
        let zone = TimeZone(identifier: interview.timeZone) ?? .current
        startsAt = LocalTime.format(interview.startsAt, in: zone).replacingOccurrences(of: " ", with: "T")
        timeZone = interview.timeZone
        durationMinutes = String(interview.durationMinutes)
        kind = interview.kind.rawValue
        format = interview.format.rawValue
        location = interview.location ?? ""
        status = interview.status.rawValue
        questionMinutesPlanned = interview.questionMinutesPlanned.map(String.init) ?? ""
        questionMinutesGiven = interview.questionMinutesGiven.map(String.init) ?? ""
        notes = interview.notes ?? ""
        slots = interview.participants.map { Slot(personID: $0.personID.uuidString) }
    }

    /// Reads a posted form; unknown keys are ignored.
    init(form: [String: String]) {
        startsAt = form["startsAt"] ?? ""
        timeZone = form["timeZone"] ?? ""
        durationMinutes = form["durationMinutes"] ?? ""
        kind = form["kind"] ?? ""
        format = form["format"] ?? InterviewFormat.video.rawValue
        location = form["location"] ?? ""
        status = form["status"] ?? InterviewStatus.scheduled.rawValue
        questionMinutesPlanned = form["questionMinutesPlanned"] ?? ""
        questionMinutesGiven = form["questionMinutesGiven"] ?? ""
        notes = form["notes"] ?? ""
        var index = 0
        while form["slot\(index)Person"] != nil || form["slot\(index)Name"] != nil {
            slots.append(Slot(
                personID: form["slot\(index)Person"] ?? "", newName: form["slot\(index)Name"] ?? "",
                newRole: form["slot\(index)Role"] ?? ""))
            index += 1
        }
    }

    /// The slots to show: those filled in, then empty ones to reach a comfortable number.
    var shownSlots: [Slot] {
        slots + Array(repeating: Slot(), count: max(Self.minimumSlots - slots.count, 2))
    }

    /// The input a refused field's label names, so its error shows next to it.
    func inputName(forField field: String) -> String? {
        switch field {
        case "start": return "startsAt"
        case "time zone": return "timeZone"
        case "duration (minutes)": return "durationMinutes"
        case "kind": return "kind"
        case "format": return "format"
        case "status": return "status"
        case "location": return "location"
        case "notes": return "notes"
        case "minutes for your questions": return "questionMinutesPlanned"
        case "minutes given for your questions": return "questionMinutesGiven"
        default:
            guard field.hasPrefix("role of ") else { return nil }
            let name = field.dropFirst("role of ".count).lowercased()
            return slots.firstIndex { $0.newName.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() == name }
                .map { "slot\($0)Role" }
        }
    }

    /// Saves the interview: new people in the panel are added first, all in one transaction.
    func save(in store: Store, companyID: UUID, replacing id: UUID?) async throws -> Interview {
        let zone = try LocalTime.zone(named: timeZone)
        let start = try LocalTime.parse(startsAt, in: zone, field: "start")
        guard let duration = try FieldCheck.parseNumber(durationMinutes, field: "duration (minutes)", in: 1...InterviewDraft.maxDurationMinutes) else {
            throw CandorError.invalidField(field: "duration (minutes)", reason: "is required")
        }
        let kind = try InterviewKind.parseOptional(kind, field: "kind")
        let format = try InterviewFormat.parse(format, field: "format")
        let status = try InterviewStatus.parse(status, field: "status")
        let planned = try FieldCheck.parseNumber(questionMinutesPlanned, field: "minutes for your questions", in: 0...duration)
        let given = try FieldCheck.parseNumber(questionMinutesGiven, field: "minutes given for your questions", in: 0...duration)
        let panel = try slots.compactMap { slot -> PanelSeat? in
            if let name = slot.newName.trimmedOrNil {
                return .named(name, role: try RoleKind.parseOptional(slot.newRole, field: "role of \(name)"))
            }
            return UUID(uuidString: slot.personID).map(PanelSeat.person)
        }
        let draft = InterviewDraft(
            companyID: companyID, startsAt: start, timeZone: zone.identifier, durationMinutes: duration,
            kind: kind ?? .other, format: format, location: location, status: status,
            questionMinutesPlanned: planned, questionMinutesGiven: given, notes: notes)
        return try await store.saveInterview(draft, panel: panel, replacing: id, suggestKind: kind == nil)
    }
}

struct InterviewFormModel {
    var heading: String
    var company: Company
    var people: [Person]
    var action: String
    var cancel: String
    var input: InterviewFormInput
    var isNew: Bool
    var error: String?
    /// Input name → why its value was refused (see `FormError`).
    var fieldErrors: [String: String] = [:]
}

import Foundation

/// The fields of an interview that the candidate types in.
public struct InterviewDraft: Codable, Equatable, Sendable {
    public var companyID: UUID
    /// The start as an instant; ``timeZone`` remembers where it was entered.
    public var startsAt: Date
    /// The IANA zone the start was entered in, e.g. `Europe/Berlin`.
    public var timeZone: String
    public var durationMinutes: Int
    public var kind: InterviewKind
    public var format: InterviewFormat
    /// An address for on-site interviews, a link or phone number otherwise.
    public var location: String?
    public var status: InterviewStatus
    /// Minutes the candidate plans to keep for their own questions; `nil` uses the profile default.
    public var questionMinutesPlanned: Int?
    /// Minutes the company actually left for the candidate's questions.
    public var questionMinutesGiven: Int?
    public var notes: String?
    /// The people taking part, in panel order.
    public var participantIDs: [UUID]

    public static let maxDurationMinutes = 12 * 60

    public init(
        companyID: UUID, startsAt: Date, timeZone: String, durationMinutes: Int = 60,
        kind: InterviewKind = .other, format: InterviewFormat = .video, location: String? = nil,
        status: InterviewStatus = .scheduled, questionMinutesPlanned: Int? = nil, questionMinutesGiven: Int? = nil,
        notes: String? = nil, participantIDs: [UUID] = []
    ) {
        self.companyID = companyID
        self.startsAt = startsAt
        self.timeZone = timeZone
        self.durationMinutes = durationMinutes
        self.kind = kind
        self.format = format
        self.location = location
        self.status = status
        self.questionMinutesPlanned = questionMinutesPlanned
        self.questionMinutesGiven = questionMinutesGiven
        self.notes = notes
        self.participantIDs = participantIDs
    }

    public func validated() throws -> InterviewDraft {
        var copy = self
        _ = try LocalTime.zone(named: timeZone)
        _ = try FieldCheck.number(durationMinutes, field: "duration (minutes)", in: 1...Self.maxDurationMinutes)
        copy.location = try FieldCheck.optional(location, field: "location", maxLength: 2_000)
        copy.questionMinutesPlanned = try FieldCheck.number(
            questionMinutesPlanned, field: "minutes for your questions", in: 0...durationMinutes)
        copy.questionMinutesGiven = try FieldCheck.number(
            questionMinutesGiven, field: "minutes given for your questions", in: 0...durationMinutes)
        copy.notes = try FieldCheck.optional(notes, field: "notes")
        copy.participantIDs = participantIDs.uniqued()
        return copy
    }

    /// An interview is marked done only once its day has come (in its own time zone): a held
    /// interview in 2031 is a slip of the date or of the status, and would count answers that
    /// cannot have been given yet.
    public func checkStatus(at now: Date) throws {
        guard status == .done, let zone = TimeZone(identifier: timeZone) else { return }
        let day = LocalTime.day(startsAt, in: zone)
        guard day > LocalTime.day(now, in: zone) else { return }
        throw CandorError.invalidField(
            field: "status", reason: "the interview is on \(day), still to come: mark it done once it has taken place")
    }
}

/// One person in an interview, with their place in the panel order.
public struct Participant: Codable, Equatable, Sendable {
    public var personID: UUID
    public var name: String
    public var title: String?
    public var roleKind: RoleKind
    /// 0-based place in the panel order.
    public var position: Int

    public init(personID: UUID, name: String, title: String?, roleKind: RoleKind, position: Int) {
        self.personID = personID
        self.name = name
        self.title = title
        self.roleKind = roleKind
        self.position = position
    }
}

/// An interview as stored, with its participants in panel order.
public struct Interview: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    public var companyID: UUID
    public var companyName: String
    public var startsAt: Date
    public var timeZone: String
    public var durationMinutes: Int
    public var kind: InterviewKind
    public var format: InterviewFormat
    public var location: String?
    public var status: InterviewStatus
    public var questionMinutesPlanned: Int?
    public var questionMinutesGiven: Int?
    public var notes: String?
    public var participants: [Participant]
    public var createdAt: Date

    public init(id: UUID, companyName: String, draft: InterviewDraft, participants: [Participant], createdAt: Date) {
        self.id = id
        self.companyID = draft.companyID
        self.companyName = companyName
        self.startsAt = draft.startsAt
        self.timeZone = draft.timeZone
        self.durationMinutes = draft.durationMinutes
        self.kind = draft.kind
        self.format = draft.format
        self.location = draft.location
        self.status = draft.status
        self.questionMinutesPlanned = draft.questionMinutesPlanned
        self.questionMinutesGiven = draft.questionMinutesGiven
        self.notes = draft.notes
        self.participants = participants
        self.createdAt = createdAt
    }

    public var endsAt: Date { startsAt.addingTimeInterval(TimeInterval(durationMinutes * 60)) }

    public var draft: InterviewDraft {
        InterviewDraft(
            companyID: companyID, startsAt: startsAt, timeZone: timeZone, durationMinutes: durationMinutes,
            kind: kind, format: format, location: location, status: status,
            questionMinutesPlanned: questionMinutesPlanned, questionMinutesGiven: questionMinutesGiven,
            notes: notes, participantIDs: participants.map(\.personID)
        )
    }

    /// A short human title, e.g. "Panel at Acme".
    /// "Technical at Acme"; an interview of no particular kind is just an interview.
    public var title: String { "\(kind == .other ? "Interview" : kind.label) at \(companyName)" }

    /// A plan changes only while its interview is still to come; afterwards it is the record of
    /// what was asked (answers may still be recorded in it).
    public func checkPlanCanChange() throws {
        guard status == .scheduled else {
            throw CandorError.notAllowed(reason: "\(title) (\(id.short)) is \(status.label.lowercased()): its plan is a record now "
                + "and is not changed. Plan an interview still to come.")
        }
    }
}

/// One seat on a panel as a person fills it in: someone already known, or a name that
/// is matched to the company's people (and added when nobody matches).
public enum PanelSeat: Sendable, Equatable {
    case person(UUID)
    case named(String, role: RoleKind?)
}

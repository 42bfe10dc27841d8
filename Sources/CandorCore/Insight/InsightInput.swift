import Foundation

/// Everything known at one company that the insight analysis reads.
///
/// Built by the store from the company's interviews; pure values, so the analysis can be
/// tested with hand-written answer sets and timed without a database.
public struct InsightInput: Sendable {
    public var companyName: String
    public var profile: Profile
    public var people: [InsightPerson]
    public var interviews: [InsightInterview]
    public var answers: [InsightAnswer]
    public var gutFeelings: [GutFeeling]

    public init(companyName: String, profile: Profile, people: [InsightPerson], interviews: [InsightInterview],
                answers: [InsightAnswer], gutFeelings: [GutFeeling] = []) {
        self.companyName = companyName
        self.profile = profile
        self.people = people
        self.interviews = interviews
        self.answers = answers
        self.gutFeelings = gutFeelings
    }
}

/// Someone met at the company.
public struct InsightPerson: Sendable {
    public var id: UUID
    public var name: String
    public var roleKind: RoleKind

    public init(id: UUID, name: String, roleKind: RoleKind) {
        self.id = id
        self.name = name
        self.roleKind = roleKind
    }
}

/// One interview at the company, with the time it left for the candidate's questions.
public struct InsightInterview: Sendable {
    public var id: UUID
    public var startsAt: Date
    /// The interview's day where it took place, `YYYY-MM-DD`.
    public var day: String
    public var minutesPlanned: Int?
    /// Minutes the company actually left for the candidate's questions; `nil` until recorded.
    public var minutesGiven: Int?

    public init(id: UUID, startsAt: Date, day: String, minutesPlanned: Int?, minutesGiven: Int?) {
        self.id = id
        self.startsAt = startsAt
        self.day = day
        self.minutesPlanned = minutesPlanned
        self.minutesGiven = minutesGiven
    }
}

/// One question put to one interviewer, what they said, and the candidate's corrections.
public struct InsightAnswer: Sendable {
    public var askID: UUID
    public var interviewID: UUID
    public var personID: UUID
    public var questionText: String
    public var special: QuestionSpecial?
    public var status: AskStatus
    public var text: String?
    /// Themes the candidate tagged or confirmed on the answer.
    public var tags: [Theme]
    /// Detected themes the candidate said are not in the answer.
    public var dismissed: [Theme]
    /// Themes the question itself probes (from the bank), to tell whether a problem was followed up.
    public var questionThemes: [Theme]

    public init(askID: UUID, interviewID: UUID, personID: UUID, questionText: String, special: QuestionSpecial?,
                status: AskStatus, text: String?, tags: [Theme] = [], dismissed: [Theme] = [],
                questionThemes: [Theme] = []) {
        self.askID = askID
        self.interviewID = interviewID
        self.personID = personID
        self.questionText = questionText
        self.special = special
        self.status = status
        self.text = text
        self.tags = tags
        self.dismissed = dismissed
        self.questionThemes = questionThemes
    }

    public var side: AnswerSide { AnswerSide(special: special) }

    /// Whether the person was actually asked (an answer, a bare "asked" or a dodge).
    public var wasAsked: Bool { status == .asked || status == .answered || status == .dodged }

    /// The answer's text when there is something to read (not blank).
    public var spokenText: String? {
        // A scan for one non-blank character, cheaper than trimming: this runs for every answer.
        guard status == .answered || status == .asked, let text,
              text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return nil }
        return text
    }
}

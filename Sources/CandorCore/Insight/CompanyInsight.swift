import Foundation

/// What the answers given at one company add up to, with the quotes behind every claim.
public struct CompanyInsight: Codable, Equatable, Sendable {
    public var companyName: String
    /// Answers with text that were read.
    public var answersRead: Int
    /// Distinct interviewers asked anything.
    public var interviewersAsked: Int
    /// Per theme, who raised it as loved and as needing improvement.
    public var board: [ThemeBoardRow]
    public var consensus: [Consensus]
    public var flags: [InsightFlag]
    public var followUps: [FollowUp]
    /// Answers that touch no theme, grouped by what they have in common.
    public var groups: [AnswerGroup]
    /// Every answer read, with the themes it touches (after the candidate's corrections).
    public var answers: [ReadAnswer]
    /// The average 1-5 gut feeling the candidate recorded about the people met, if any.
    public var averageGutFeeling: Double?
    /// Minutes the company left for questions, summed over interviews where it was recorded.
    public var minutesGiven: Int?
    /// Minutes the candidate planned for questions in those same interviews.
    public var minutesPlanned: Int?

    public init(companyName: String, answersRead: Int, interviewersAsked: Int, board: [ThemeBoardRow],
                consensus: [Consensus], flags: [InsightFlag], followUps: [FollowUp], groups: [AnswerGroup],
                answers: [ReadAnswer], averageGutFeeling: Double?, minutesGiven: Int?, minutesPlanned: Int?) {
        self.companyName = companyName
        self.answersRead = answersRead
        self.interviewersAsked = interviewersAsked
        self.board = board
        self.consensus = consensus
        self.flags = flags
        self.followUps = followUps
        self.groups = groups
        self.answers = answers
        self.averageGutFeeling = averageGutFeeling
        self.minutesGiven = minutesGiven
        self.minutesPlanned = minutesPlanned
    }

    /// Flags of one kind, in the order they were raised.
    public func flags(_ kind: FlagKind) -> [InsightFlag] { flags.filter { $0.kind == kind } }

    /// Consensus on one side (`.positive` loves, `.negative` problems).
    public func consensus(_ polarity: Polarity) -> [Consensus] { consensus.filter { $0.polarity == polarity } }
}

/// Something an interviewer said, with who, when and in reply to what.
public struct Quote: Codable, Equatable, Sendable {
    public var askID: UUID
    public var personID: UUID
    public var personName: String
    public var interviewID: UUID
    /// The interview's day, `YYYY-MM-DD`.
    public var day: String
    public var question: String
    /// The answer; `nil` for a question that was dodged.
    public var text: String?

    public init(askID: UUID, personID: UUID, personName: String, interviewID: UUID, day: String, question: String,
                text: String?) {
        self.askID = askID
        self.personID = personID
        self.personName = personName
        self.interviewID = interviewID
        self.day = day
        self.question = question
        self.text = text
    }
}

/// One interviewer's word on a theme.
public struct ThemeVoice: Codable, Equatable, Sendable {
    public var personID: UUID
    public var personName: String
    public var quotes: [Quote]

    public init(personID: UUID, personName: String, quotes: [Quote]) {
        self.personID = personID
        self.personName = personName
        self.quotes = quotes
    }
}

/// A theme on the board: the distinct interviewers on each side.
public struct ThemeBoardRow: Codable, Equatable, Sendable {
    public var theme: Theme
    public var loved: [ThemeVoice]
    public var toImprove: [ThemeVoice]

    public init(theme: Theme, loved: [ThemeVoice], toImprove: [ThemeVoice]) {
        self.theme = theme
        self.loved = loved
        self.toImprove = toImprove
    }
}

/// A theme raised on the same side by at least two interviewers and at least half of those asked.
public struct Consensus: Codable, Equatable, Sendable {
    public var theme: Theme
    public var polarity: Polarity
    public var people: [String]
    /// How many interviewers were asked the question on that side (or anything, for other answers).
    public var asked: Int

    public init(theme: Theme, polarity: Polarity, people: [String], asked: Int) {
        self.theme = theme
        self.polarity = polarity
        self.people = people
        self.asked = asked
    }
}

/// The kinds of flag the insight raises.
public enum FlagKind: String, Choice {
    /// A dealbreaker raised as a problem (or a dealbreaker phrase said) by anyone.
    case redFlag = "red-flag"
    /// A problem most interviewers share that is not a dealbreaker: the candidate weighs it.
    case tradeOff = "trade-off"
    /// Something most interviewers love that the candidate values.
    case greenFlag = "green-flag"
    /// What most interviewers love covers the candidate's top values.
    case yourPeople = "your-people"
    /// Someone sidestepped a closing question.
    case closingDodged = "closing-dodged"
    /// An interview left no minutes for the candidate's questions.
    case noTimeForQuestions = "no-time-for-questions"
    /// The why-this-role answer named no specific work, outcome, time frame or number.
    case vagueWhyRole = "vague-why-role"

    public var label: String {
        switch self {
        case .redFlag: "Red flag"
        case .tradeOff: "Trade-off"
        case .greenFlag: "Green flag"
        case .yourPeople: "You may have found your people"
        case .closingDodged: "Closing question dodged"
        case .noTimeForQuestions: "No time for your questions"
        case .vagueWhyRole: "Vague answer on why the role exists"
        }
    }

    /// Process signals describe how the interviews went rather than what was said.
    public var isProcessSignal: Bool {
        switch self {
        case .closingDodged, .noTimeForQuestions, .vagueWhyRole: true
        default: false
        }
    }

    /// Whether the flag is good news.
    public var isGood: Bool { self == .greenFlag || self == .yourPeople }
}

/// One flag, with the evidence behind it.
public struct InsightFlag: Codable, Equatable, Sendable {
    public var kind: FlagKind
    /// One line saying what was found.
    public var summary: String
    public var theme: Theme?
    /// The candidate's own phrase that matched, for a dealbreaker phrase.
    public var phrase: String?
    public var evidence: [Quote]

    public init(kind: FlagKind, summary: String, theme: Theme? = nil, phrase: String? = nil, evidence: [Quote]) {
        self.kind = kind
        self.summary = summary
        self.theme = theme
        self.phrase = phrase
        self.evidence = evidence
    }
}

/// A problem raised at the company that no later interview has probed yet.
public struct FollowUp: Codable, Equatable, Sendable {
    public var theme: Theme
    /// Who raised it, in the order they did.
    public var raisedBy: [String]
    /// The first day it was raised, `YYYY-MM-DD`.
    public var firstRaised: String
    /// A question to ask in the next interview.
    public var question: String
    /// Whom to ask: the role best placed to answer.
    public var askRole: RoleKind

    public init(theme: Theme, raisedBy: [String], firstRaised: String, question: String, askRole: RoleKind) {
        self.theme = theme
        self.raisedBy = raisedBy
        self.firstRaised = firstRaised
        self.question = question
        self.askRole = askRole
    }
}

/// Answers that touch no known theme but resemble each other.
public struct AnswerGroup: Codable, Equatable, Sendable {
    /// The group's top terms, as a name.
    public var name: String
    public var terms: [String]
    public var quotes: [Quote]
    /// Distinct interviewers in the group.
    public var people: Int

    public init(name: String, terms: [String], quotes: [Quote], people: Int) {
        self.name = name
        self.terms = terms
        self.quotes = quotes
        self.people = people
    }
}

/// One answer as the insight read it.
public struct ReadAnswer: Codable, Equatable, Sendable {
    public var quote: Quote
    public var side: AnswerSide
    public var polarity: Polarity
    public var mentions: [ThemeMention]
    /// Detected themes the candidate dismissed (kept so they can be restored).
    public var dismissed: [Theme]
    /// For an answer on why the role exists: what made it concrete, or that nothing did.
    public var concreteness: ConcretenessAssessment?

    public init(quote: Quote, side: AnswerSide, polarity: Polarity, mentions: [ThemeMention], dismissed: [Theme],
                concreteness: ConcretenessAssessment? = nil) {
        self.quote = quote
        self.side = side
        self.polarity = polarity
        self.mentions = mentions
        self.dismissed = dismissed
        self.concreteness = concreteness
    }
}

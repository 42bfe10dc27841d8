import Foundation

/// Which question an answer replies to; it sets the answer's default polarity.
public enum AnswerSide: String, Choice {
    /// "What do you love about {company}?": what is said is praise.
    case love
    /// "What could {company} do better?": what is said is a problem.
    case improve
    /// Any other question: the wording decides.
    case other

    public var label: String {
        switch self {
        case .love: "What they love"
        case .improve: "What could be better"
        case .other: "Other answers"
        }
    }

    /// What is said on this side when nothing else tells: praise, a problem, or neither.
    public var defaultPolarity: Polarity {
        switch self {
        case .love: .positive
        case .improve: .negative
        case .other: .neutral
        }
    }

    /// The side of an answer to a bank question with this special role.
    public init(special: QuestionSpecial?) {
        switch special {
        case .closingLove: self = .love
        case .closingImprove: self = .improve
        default: self = .other
        }
    }
}

/// Whether something was spoken of as good, as a problem, or neither.
public enum Polarity: String, Choice {
    case positive, negative, neutral

    public var label: String {
        switch self {
        case .positive: "loved"
        case .negative: "needs improving"
        case .neutral: "mentioned"
        }
    }
}

/// One theme an answer touches, and how it was spoken of.
public struct ThemeMention: Codable, Equatable, Sendable {
    public var theme: Theme
    public var polarity: Polarity
    /// The lexicon entries that matched, as stemmed words joined by spaces ("mentor", "on call").
    public var matched: [String]
    /// The wording that made it a problem or a praise when the side alone did not ("not enough").
    public var cue: String?
    /// Whether the pipeline found it or the candidate said so.
    public var source: MentionSource
    /// How likely the trained model judged it, 0 to 1 (nil for the rules alone or the candidate).
    public var confidence: Double?

    public init(theme: Theme, polarity: Polarity, matched: [String] = [], cue: String? = nil,
                source: MentionSource = .detected, confidence: Double? = nil) {
        self.theme = theme
        self.polarity = polarity
        self.matched = matched
        self.cue = cue
        self.source = source
        self.confidence = confidence
    }
}

/// Who stands behind a theme on an answer. The candidate's word always wins over the pipeline's.
public enum MentionSource: String, Choice {
    /// Found by the text pipeline; the candidate has not looked at it.
    case detected
    /// Found by the pipeline and confirmed by the candidate.
    case confirmed
    /// Added by the candidate (a tag, or a re-tag of a detected theme).
    case candidate

    public var label: String {
        switch self {
        case .detected: "detected"
        case .confirmed: "confirmed by you"
        case .candidate: "tagged by you"
        }
    }
}

/// What the text pipeline read in one answer.
public struct ThemeReading: Codable, Equatable, Sendable {
    public var side: AnswerSide
    /// The answer's overall polarity.
    public var polarity: Polarity
    /// The themes touched, in theme order, each once.
    public var mentions: [ThemeMention]
    /// Themes the answer may raise, short of the confidence a plain reading needs. The insight
    /// counts them only for the candidate's dealbreakers: missing one is the worst mistake it
    /// can make, so it leans towards raising them (and shows the words that made it).
    public var possible: [ThemeMention]?

    public init(side: AnswerSide, polarity: Polarity, mentions: [ThemeMention], possible: [ThemeMention]? = nil) {
        self.side = side
        self.polarity = polarity
        self.mentions = mentions
        self.possible = possible
    }
}

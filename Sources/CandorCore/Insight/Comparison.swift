import Foundation

/// Companies side by side, for deciding between them or between their offers.
public struct Comparison: Codable, Equatable, Sendable {
    public var companies: [ComparedCompany]
    /// Every theme someone raised at any of the companies, in theme order: the chart's rows.
    public var themes: [Theme]

    public init(companies: [ComparedCompany]) {
        self.companies = companies
        let raised = Set(companies.flatMap { $0.themeCounts.map(\.theme) })
        self.themes = Theme.allCases.filter(raised.contains)
    }

    /// The largest number of interviewers on one side of one theme, the chart's scale.
    public var largestCount: Int {
        companies.flatMap(\.themeCounts).map { max($0.loved, $0.toImprove) }.max() ?? 0
    }
}

/// One company's column in the comparison.
public struct ComparedCompany: Codable, Equatable, Sendable {
    public var companyID: UUID
    public var name: String
    public var status: PipelineStatus
    /// The candidate's values most interviewers love (the green flags).
    public var valuesMatched: [Theme]
    /// Dealbreaker themes raised as a problem by anyone.
    public var dealbreakersHit: [Theme]
    /// The candidate's own dealbreaker phrases that came up.
    public var dealbreakerPhrasesHit: [String]
    public var tradeOffs: [Theme]
    public var consensusLoves: [Theme]
    public var consensusProblems: [Theme]
    public var yourPeople: Bool
    /// Dodged closing questions, interviews with no time for questions, vague why-answers.
    public var processSignals: [String]
    public var minutesGiven: Int?
    public var minutesPlanned: Int?
    public var averageGutFeeling: Double?
    public var openFollowUps: [Theme]
    public var offer: OfferTerms?
    /// Distinct interviewers per theme and side.
    public var themeCounts: [ThemeCount]

    public init(companyID: UUID, name: String, status: PipelineStatus, insight: CompanyInsight,
                dealbreakers: [Theme], offer: OfferTerms?) {
        self.companyID = companyID
        self.name = name
        self.status = status
        valuesMatched = insight.flags(.greenFlag).compactMap(\.theme)
        dealbreakersHit = insight.flags(.redFlag).compactMap(\.theme).filter(dealbreakers.contains)
        dealbreakerPhrasesHit = insight.flags(.redFlag).compactMap(\.phrase)
        tradeOffs = insight.flags(.tradeOff).compactMap(\.theme)
        consensusLoves = insight.consensus(.positive).map(\.theme)
        consensusProblems = insight.consensus(.negative).map(\.theme)
        yourPeople = !insight.flags(.yourPeople).isEmpty
        processSignals = insight.flags.filter(\.kind.isProcessSignal).map(\.summary)
        minutesGiven = insight.minutesGiven
        minutesPlanned = insight.minutesPlanned
        averageGutFeeling = insight.averageGutFeeling
        openFollowUps = insight.followUps.map(\.theme)
        self.offer = offer
        themeCounts = insight.board.map { ThemeCount(theme: $0.theme, loved: $0.loved.count, toImprove: $0.toImprove.count) }
    }

    /// How many interviewers raised `theme` on each side here (zero when no one did).
    public func count(_ theme: Theme) -> ThemeCount {
        themeCounts.first { $0.theme == theme } ?? ThemeCount(theme: theme, loved: 0, toImprove: 0)
    }
}

/// Distinct interviewers who raised a theme as loved and as needing improvement.
public struct ThemeCount: Codable, Equatable, Sendable {
    public var theme: Theme
    public var loved: Int
    public var toImprove: Int

    public init(theme: Theme, loved: Int, toImprove: Int) {
        self.theme = theme
        self.loved = loved
        self.toImprove = toImprove
    }
}

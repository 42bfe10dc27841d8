@testable import CandorCore
import Testing

@Suite("Theme detector")
struct ThemeDetectorTests {
    /// The one mention of `theme` in the reading, if any.
    static func mention(_ theme: Theme, in reading: ThemeReading) -> ThemeMention? {
        reading.mentions.first { $0.theme == theme }
    }

    // MARK: Negation and lack

    @Test func notEnoughMentoringIsAGrowthProblem() throws {
        let reading = ThemeDetector.read("There is not enough mentoring", side: .other, model: nil)
        #expect(reading.polarity == .negative)
        #expect(reading.mentions.count == 1)
        let growth = try #require(Self.mention(.growth, in: reading))
        #expect(growth.polarity == .negative)
        #expect(growth.cue == "not enough")
        #expect(growth.matched == ["mentor"])
    }

    @Test func aLackStaysAProblemWhenAskedWhatTheyLove() throws {
        let reading = ThemeDetector.read("There is not enough mentoring", side: .love, model: nil)
        #expect(reading.polarity == .positive)
        let growth = try #require(Self.mention(.growth, in: reading))
        #expect(growth.polarity == .negative)
        #expect(growth.cue == "not enough")
    }

    @Test func negatedPraiseIsAProblemAndNegatedProblemIsNot() throws {
        let notGreat = ThemeDetector.read("The pay is not great", side: .other, model: nil)
        #expect(Self.mention(.compensation, in: notGreat)?.polarity == .negative)
        #expect(Self.mention(.compensation, in: notGreat)?.cue == "not great")

        let noComplaints = ThemeDetector.read("No complaints about the pay", side: .other, model: nil)
        #expect(Self.mention(.compensation, in: noComplaints)?.polarity == .positive)
        #expect(Self.mention(.compensation, in: noComplaints)?.cue == "no complaints")

        let notAProblem = ThemeDetector.read("On-call is not a problem here", side: .other, model: nil)
        #expect(Self.mention(.onCall, in: notAProblem)?.polarity == .positive)

        // On the love side a negated problem is still praise, not a lack.
        let loved = ThemeDetector.read("Honestly no complaints about the pay", side: .love, model: nil)
        #expect(Self.mention(.compensation, in: loved)?.polarity == .positive)
    }

    @Test(arguments: [
        ("There's no mentoring at all", Theme.growth, Polarity.negative),
        ("We have fewer meetings than anywhere I've worked", .process, .positive),
        ("Incidents are rare", .onCall, .positive),
        ("We never get paged at night", .onCall, .positive),
        ("Not much trouble with the on-call", .onCall, .positive),
        ("There isn't much mentoring", .growth, .negative),
        ("I don't think leadership listens", .management, .negative),
        ("Nobody micromanages you and there's no red tape", .process, .positive),
        ("Nothing is ever documented", .communication, .negative),
        ("The pay is low", .compensation, .negative),
        ("There's a lack of clear roadmap", .priorities, .negative),
        ("I wish there were more time for learning", .growth, .negative),
    ])
    func negationTurnsCuesAround(text: String, theme: Theme, polarity: Polarity) throws {
        let reading = ThemeDetector.read(text, side: .other, model: nil)
        let found = try #require(Self.mention(theme, in: reading), "\(theme) not found in \(reading)")
        #expect(found.polarity == polarity, "\(text)")
    }

    // MARK: Every theme

    static let themeSentences: [(String, Theme)] = [
        ("My colleagues are kind and always willing to help", .people),
        ("I really believe in the mission and our customers love the product", .mission),
        ("There's a clear career ladder and a generous training budget", .growth),
        ("I get to own my projects end to end without anyone micromanaging", .autonomy),
        ("Long hours and weekend work, burnout is common", .workLife),
        ("We're fully remote and async first", .remote),
        ("My manager is great and leadership actually listens", .management),
        ("The all-hands are honest and transparent", .communication),
        ("Too much red tape and approvals take weeks", .process),
        ("Everything takes forever here", .pace),
        ("Code reviews are thorough and the CI pipeline is fast", .engineering),
        ("The legacy codebase is fragile and we never get time to refactor", .techDebt),
        ("The salary is below market but the equity is generous", .compensation),
        ("We had layoffs last year and people keep leaving", .stability),
        ("The team is very diverse and everyone feels like they belong", .inclusion),
        ("It's safe to make mistakes and we do blameless postmortems", .feedback),
        ("The on-call rotation is brutal, I get paged every night", .onCall),
        ("Priorities keep changing every quarter", .priorities),
        ("We're understaffed and everyone is overloaded", .staffing),
        ("I'm uneasy about how we sell user data", .ethics),
        ("The role is vague and the job description didn't match", .roleClarity),
        ("The open plan office is noisy and the commute is long", .workspace),
    ]

    @Test func theSentenceTableCoversEveryTheme() {
        #expect(Set(Self.themeSentences.map(\.1)) == Set(Theme.allCases))
    }

    @Test(arguments: themeSentences)
    func everyThemeIsDetected(sentence: String, theme: Theme) {
        let reading = ThemeDetector.read(sentence, side: .other, model: nil)
        #expect(reading.mentions.contains { $0.theme == theme }, "\(theme) not found in '\(sentence)': \(reading.mentions)")
    }

    @Test(arguments: Theme.allCases)
    func everyThemeHasAFullLexicon(theme: Theme) {
        let entries = ThemeLexicon.entries(for: theme)
        #expect((15...45).contains(entries.count), "\(theme) has \(entries.count) entries")
        #expect(entries.allSatisfy { !Tokenizer.stems($0, droppingStopWords: false).isEmpty })
        #expect(entries.allSatisfy { !$0.hasPrefix("+") && !$0.hasPrefix("-") && !$0.hasPrefix("*") && !$0.hasPrefix("~") })
    }

    @Test func generalWordsDoNotTouchAnyTheme() {
        for text in ["I'd like to meet the team of course", "My favorite part is the work we do",
                     "We integrate with their system directly", "The candidate should be productive"] {
            #expect(ThemeDetector.read(text, side: .other, model: nil).mentions.isEmpty, "\(text)")
        }
    }

    // MARK: Sides

    @Test func theSideSetsTheDefaultPolarity() {
        let text = "We have a training budget and a clear roadmap"
        let love = ThemeDetector.read(text, side: .love, model: nil)
        #expect(love.polarity == .positive)
        #expect(love.mentions.map(\.polarity).allSatisfy { $0 == .positive })
        #expect(love.mentions.allSatisfy { $0.cue == nil })

        let improve = ThemeDetector.read("The mentoring and the deploys", side: .improve, model: nil)
        #expect(improve.polarity == .negative)
        #expect(improve.mentions.map(\.theme) == [.growth, .engineering])
        #expect(improve.mentions.allSatisfy { $0.polarity == .negative && $0.cue == nil })

        let other = ThemeDetector.read("We have a training budget", side: .other, model: nil)
        #expect(other.polarity == .neutral)
        #expect(Self.mention(.growth, in: other)?.polarity == .neutral)
    }

    @Test func outrightPraiseCountsEvenWhenAskedWhatCouldBeBetter() throws {
        let reading = ThemeDetector.read("The pay is great, but on-call is exhausting", side: .improve, model: nil)
        #expect(reading.polarity == .negative)
        #expect(Self.mention(.compensation, in: reading)?.polarity == .positive)
        #expect(Self.mention(.compensation, in: reading)?.cue == "great")
        #expect(Self.mention(.onCall, in: reading)?.polarity == .negative)
        // A wished-for reduction is still a problem on that side.
        #expect(Self.mention(.process, in: ThemeDetector.read("Fewer meetings", side: .improve, model: nil))?.polarity == .negative)
    }

    @Test func otherSideFollowsTheCues() {
        #expect(ThemeDetector.read("The mentoring here is amazing", side: .other, model: nil).polarity == .positive)
        #expect(ThemeDetector.read("The mentoring here is awful", side: .other, model: nil).polarity == .negative)
        // No theme: the clauses' cues decide, a tie is neutral.
        #expect(ThemeDetector.read("It is great", side: .other, model: nil).polarity == .positive)
        #expect(ThemeDetector.read("It is great. It is awful.", side: .other, model: nil).polarity == .neutral)
        #expect(ThemeDetector.read("It is what it is", side: .other, model: nil).polarity == .neutral)
    }

    // MARK: Clauses

    @Test func aContrastWordStartsANewClause() throws {
        let reading = ThemeDetector.read("I love the people but there are too many meetings", side: .other, model: nil)
        #expect(reading.mentions.map(\.theme) == [.people, .process])
        #expect(Self.mention(.people, in: reading)?.polarity == .positive)
        #expect(Self.mention(.people, in: reading)?.cue == "love")
        #expect(Self.mention(.process, in: reading)?.polarity == .negative)
        #expect(Self.mention(.process, in: reading)?.cue == "too many")

        let loveSide = ThemeDetector.read("I love the people but there are too many meetings", side: .love, model: nil)
        #expect(Self.mention(.people, in: loveSide)?.polarity == .positive)
        #expect(Self.mention(.process, in: loveSide)?.polarity == .negative)
    }

    @Test func exceptSetsAThemeApartFromThePraise() {
        let reading = ThemeDetector.read("I love everything except the on-call", side: .love, model: nil)
        #expect(Self.mention(.onCall, in: reading)?.polarity == .negative)
        #expect(Self.mention(.onCall, in: reading)?.cue == "except")
    }

    @Test func cuesCountForTheNearestTheme() {
        let reading = ThemeDetector.read("Great people and not enough mentoring", side: .other, model: nil)
        #expect(Self.mention(.people, in: reading)?.polarity == .positive)
        #expect(Self.mention(.growth, in: reading)?.polarity == .negative)
    }

    @Test func eachThemeIsMentionedOnceInThemeOrder() throws {
        let reading = ThemeDetector.read(
            "The on-call is rough. Mentors are great; mentoring budget is small. On call again!", side: .other, model: nil)
        #expect(reading.mentions.map(\.theme) == [.growth, .onCall])
        let growth = try #require(Self.mention(.growth, in: reading))
        #expect(growth.matched == ["mentor"])
        // A problem anywhere outweighs praise of the same theme elsewhere.
        #expect(Self.mention(.onCall, in: reading)?.polarity == .negative)
    }

    // MARK: Robustness

    @Test(arguments: ["", "   ", "🚀🔥💯", "مرحبا بالعالم، الفريق رائع", "שלום עולם", "東京の会社です", "…!?;;,,", "don't", "'", "\u{0301}e",
                      String(repeating: "not ", count: 300)])
    func oddTextDoesNotCrash(text: String) {
        let reading = ThemeDetector.read(text, side: .other, model: nil)
        #expect(reading.side == .other)
    }

    @Test func emptyTextHasNoThemes() {
        let reading = ThemeDetector.read("", side: .other, model: nil)
        #expect(reading.mentions.isEmpty)
        #expect(reading.polarity == .neutral)
        #expect(ThemeDetector.read("", side: .love, model: nil).polarity == .positive)
    }

    @Test func accentsAndTypographicApostrophesReadTheSame() {
        let plain = ThemeDetector.read("There isn't enough mentoring", side: .other, model: nil)
        let typographic = ThemeDetector.read("There isn’t enough MENTORING — sadly", side: .other, model: nil)
        #expect(plain.mentions.map(\.theme) == typographic.mentions.map(\.theme))
        #expect(typographic.mentions.first?.polarity == .negative)
    }

    @Test func aSharedCacheGivesTheSameReadings() {
        var cache = StemCache()
        for (sentence, _) in Self.themeSentences {
            for side in AnswerSide.allCases {
                #expect(ThemeDetector.read(sentence, side: side, cache: &cache, model: nil) == ThemeDetector.read(sentence, side: side, model: nil))
            }
        }
        #expect(cache.count > 50)
    }
}

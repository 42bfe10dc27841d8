import Foundation

/// Turns the answers given at one company into a theme board, consensus, flags, follow-ups
/// and groups of answers no theme foresaw.
///
/// Pure and deterministic: the same input gives the same insight, so the page can be
/// re-computed on every visit (it takes milliseconds) and nothing derived is stored. Only the
/// candidate's corrections are stored, on the answers themselves.
public enum InsightEngine {
    /// How many of the candidate's values, first listed first, "your people" looks at.
    public static let topValueCount = 3

    public static func analyze(_ input: InsightInput) -> CompanyInsight {
        var cache = StemCache()
        return analyze(input, cache: &cache)
    }

    /// The analysis with a caller-owned stem cache, so many companies analysed in a row
    /// (the comparison, the benchmark) stem each distinct word once.
    public static func analyze(_ input: InsightInput, cache: inout StemCache) -> CompanyInsight {
        analyze(input, reader: TextReader(), cache: &cache)
    }

    /// The analysis with answers read by `reader` (the quality benchmark's careful reader).
    public static func analyze(_ input: InsightInput, reader answerReader: some AnswerReader, cache: inout StemCache) -> CompanyInsight {
        var reader = Reader(input: input)
        let read = reader.readAnswers(with: answerReader, cache: &cache)
        let phraseHits = reader.dealbreakerPhrases
        let board = Board(answers: read, input: input)
        let consensus = board.consensus()
        var flags = FlagFinder(input: input, answers: read, board: board, consensus: consensus, phraseHits: phraseHits).flags()
        flags.sort { $0.kind < $1.kind }
        let gut = input.gutFeelings.map(\.score)
        let recorded = input.interviews.filter { $0.minutesGiven != nil }
        return CompanyInsight(
            companyName: input.companyName,
            answersRead: read.count,
            interviewersAsked: Set(input.answers.filter(\.wasAsked).map(\.personID)).count,
            board: board.rows,
            consensus: consensus,
            flags: flags,
            followUps: followUps(read: read, input: input),
            groups: groups(read: read, cache: &cache),
            answers: read,
            averageGutFeeling: gut.isEmpty ? nil : Double(gut.reduce(0, +)) / Double(gut.count),
            minutesGiven: recorded.isEmpty ? nil : recorded.compactMap(\.minutesGiven).reduce(0, +),
            minutesPlanned: recorded.isEmpty ? nil : recorded.compactMap(\.minutesPlanned).reduce(0, +))
    }

    /// The themes one answer touches once the candidate's corrections are applied: dismissed
    /// themes go, tagged themes stay (confirmed) or are added with the answer's polarity.
    public static func corrected(_ reading: ThemeReading, tags: [Theme], dismissed: [Theme]) -> [ThemeMention] {
        var mentions = reading.mentions.filter { !dismissed.contains($0.theme) }
        for index in mentions.indices where tags.contains(mentions[index].theme) {
            mentions[index].source = .confirmed
        }
        let tagPolarity: Polarity = switch reading.side {
        case .love: .positive
        case .improve: .negative
        case .other: reading.polarity
        }
        for theme in tags where !mentions.contains(where: { $0.theme == theme }) {
            mentions.append(ThemeMention(theme: theme, polarity: tagPolarity, source: .candidate))
        }
        return mentions.sorted { $0.theme < $1.theme }
    }

    // MARK: - Follow-ups and groups

    /// Problems raised at the company that no later interview asked about yet, in the order
    /// they were first raised.
    static func followUps(read: [ReadAnswer], input: InsightInput) -> [FollowUp] {
        let starts = Dictionary(input.interviews.map { ($0.id, $0.startsAt) }, uniquingKeysWith: { first, _ in first })
        var order: [Theme] = []
        var raisers: [Theme: [String]] = [:]
        var firstRaised: [Theme: (day: String, start: Date)] = [:]
        for answer in read {  // already in interview order
            for mention in answer.mentions where mention.polarity == .negative {
                let start = starts[answer.quote.interviewID] ?? .distantPast
                if firstRaised[mention.theme] == nil {
                    order.append(mention.theme)
                    firstRaised[mention.theme] = (answer.quote.day, start)
                }
                if !(raisers[mention.theme] ?? []).contains(answer.quote.personName) {
                    raisers[mention.theme, default: []].append(answer.quote.personName)
                }
            }
        }
        // The latest interview in which a question probing each theme was put to someone.
        var lastProbed: [Theme: Date] = [:]
        for answer in input.answers where answer.wasAsked && !answer.questionThemes.isEmpty {
            let start = starts[answer.interviewID] ?? .distantPast
            for theme in answer.questionThemes where start > lastProbed[theme] ?? .distantPast {
                lastProbed[theme] = start
            }
        }
        return order.compactMap { theme in
            guard let first = firstRaised[theme], (lastProbed[theme] ?? .distantPast) <= first.start else { return nil }
            return FollowUp(theme: theme, raisedBy: raisers[theme] ?? [], firstRaised: first.day,
                            question: theme.followUpQuestion, askRole: theme.followUpRole)
        }
    }

    /// Answers that touch no theme, grouped when at least two interviewers said something alike.
    static func groups(read: [ReadAnswer], cache: inout StemCache) -> [AnswerGroup] {
        let unthemed = read.filter { $0.mentions.isEmpty && $0.quote.text != nil }
        guard unthemed.count >= 2 else { return [] }
        let clusters = AnswerClustering.cluster(unthemed.map { $0.quote.text ?? "" }, cache: &cache)
        return clusters.compactMap { cluster in
            let quotes = cluster.members.map { unthemed[$0].quote }
            let people = Set(quotes.map(\.personID)).count
            guard people >= 2 else { return nil }
            return AnswerGroup(name: cluster.name, terms: cluster.terms, quotes: quotes, people: people)
        }
    }
}

extension InsightEngine {
    /// Reads each answer once, in interview order.
    struct Reader {
        let input: InsightInput
        /// The candidate's dealbreaker phrases found in each answer (by ask id), matched on the
        /// stems the theme reading already made rather than by reading every answer again.
        private(set) var dealbreakerPhrases: [UUID: [String]] = [:]

        init(input: InsightInput) { self.input = input }

        mutating func readAnswers(with answerReader: some AnswerReader, cache: inout StemCache) -> [ReadAnswer] {
            let matcher = input.profile.dealbreakerPhrases.isEmpty ? nil : PhraseMatcher(phrases: input.profile.dealbreakerPhrases)
            let names = Dictionary(input.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let interviews = Dictionary(input.interviews.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var read: [(start: Date, index: Int, answer: ReadAnswer)] = []
            read.reserveCapacity(input.answers.count)
            for (index, answer) in input.answers.enumerated() {
                guard let text = answer.spokenText else { continue }
                var (reading, stems) = answerReader.read(answer, text: text, cache: &cache)
                // A dealbreaker the answer may raise counts: better checked than missed.
                for possible in reading.possible ?? [] where input.profile.dealbreakers.contains(possible.theme) {
                    reading.mentions.append(possible)
                }
                if let hits = matcher?.matches(stems: stems), !hits.isEmpty { dealbreakerPhrases[answer.askID] = hits }
                let quote = Quote(
                    askID: answer.askID, personID: answer.personID, personName: names[answer.personID] ?? "Someone",
                    interviewID: answer.interviewID, day: interviews[answer.interviewID]?.day ?? "",
                    question: answer.questionText, text: text)
                let dismissed = reading.mentions.map(\.theme).filter { answer.dismissed.contains($0) }
                let start = interviews[answer.interviewID]?.startsAt ?? .distantPast
                read.append((start, index, ReadAnswer(
                    quote: quote, side: answer.side, polarity: reading.polarity,
                    mentions: InsightEngine.corrected(reading, tags: answer.tags, dismissed: answer.dismissed),
                    dismissed: dismissed,
                    concreteness: answer.special == .whyRole ? answerReader.concreteness(answer, text: text) : nil)))
            }
            // Interview order; within an interview, the order the answers came in (the plan's).
            return read.sorted { ($0.start, $0.index) < ($1.start, $1.index) }.map(\.answer)
        }
    }
}

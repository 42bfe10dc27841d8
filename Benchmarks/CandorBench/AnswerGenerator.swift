/// One generated answer: a line of the JSONL file that both candor-bench and the Python baseline
/// read, so the two time exactly the same texts.
struct BenchAnswer: Codable, Sendable {
    var company: String
    /// "love", "improve" or "other" (the `AnswerSide` raw values).
    var side: String
    var question: String
    var interviewer: String
    /// A `RoleKind` raw value.
    var role: String
    /// Which of the company's interviews (0, 1, …) the answer was given in.
    var interview: Int
    /// The interview's day, YYYY-MM-DD.
    var day: String
    /// Minutes the interview left for the candidate's questions.
    var minutesGiven: Int
    /// The candidate's gut feeling about the interviewer, 1–5.
    var gut: Int
    var text: String
}

/// Makes companies of synthetic interview answers from a seed.
///
/// Each company gets a personality (a few themes people love, a few they want improved, a couple
/// of local annoyances outside the themes) so that answers within a company repeat themselves
/// the way real interviewers do, while wording varies through openers, alternatives, second
/// clauses and closers.
struct AnswerGenerator {
    static let answersPerCompany = 500

    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// `count` answers, in companies of ``answersPerCompany`` (the last one may be smaller).
    mutating func answers(count: Int) -> [BenchAnswer] {
        var result: [BenchAnswer] = []
        result.reserveCapacity(count)
        var company = 0
        while result.count < count {
            result += companyAnswers(index: company, count: min(Self.answersPerCompany, count - result.count))
            company += 1
        }
        return result
    }

    // MARK: - A company

    private struct Interviewer {
        var name: String
        var role: String
        var interview: Int
        var gut: Int
    }

    private struct Personality {
        var loved: [TopicPhrases]
        var problems: [TopicPhrases]
    }

    private mutating func companyAnswers(index: Int, count: Int) -> [BenchAnswer] {
        let name = Self.companyName(index)
        let interviewCount = 2 + random.index(3)  // 2–4, about three
        let month = 1 + index % 12
        var days: [String] = []
        var minutes: [Int] = []
        var day = 2 + random.index(4)
        for _ in 0..<interviewCount {
            days.append("2025-\(Self.twoDigits(month))-\(Self.twoDigits(day))")
            minutes.append(3 + random.index(10))
            day += 2 + random.index(4)
        }
        let people = interviewers(count: 5 + random.index(3), interviews: interviewCount)  // 5–7, about six
        let personality = personality()

        var answers: [BenchAnswer] = []
        answers.reserveCapacity(count)
        for _ in 0..<count {
            let person = random.pick(people)
            let roll = random.index(100)
            let side = roll < 35 ? "love" : roll < 70 ? "improve" : "other"
            let questions = side == "love" ? Phrasebook.loveQuestions
                : side == "improve" ? Phrasebook.improveQuestions : Phrasebook.otherQuestions
            answers.append(BenchAnswer(
                company: name, side: side, question: expand(random.pick(questions), company: name),
                interviewer: person.name, role: person.role, interview: person.interview,
                day: days[person.interview], minutesGiven: minutes[person.interview], gut: person.gut,
                text: answerText(side: side, personality: personality, company: name)))
        }
        return answers
    }

    private mutating func interviewers(count: Int, interviews: Int) -> [Interviewer] {
        let roles = ["hiring-manager", "engineer", "recruiter", "engineer", "executive", "other", "engineer"]
        var names: [String] = []
        while names.count < count {
            let name = "\(random.pick(Self.firstNames)) \(random.pick(Self.initials))."
            if !names.contains(name) { names.append(name) }
        }
        return names.enumerated().map { index, name in
            Interviewer(name: name, role: roles[index], interview: index % interviews, gut: 1 + random.index(5))
        }
    }

    private mutating func personality() -> Personality {
        var themes = ThemePhrases.all
        var topics = Phrasebook.themeless
        var loved: [TopicPhrases] = []
        var problems: [TopicPhrases] = []
        for _ in 0..<4 { loved.append(themes.remove(at: random.index(themes.count))) }
        for _ in 0..<4 { problems.append(themes.remove(at: random.index(themes.count))) }
        loved.append(topics.remove(at: random.index(topics.count)))
        for _ in 0..<2 { problems.append(topics.remove(at: random.index(topics.count))) }
        return Personality(loved: loved, problems: problems)
    }

    // MARK: - An answer

    private mutating func answerText(side: String, personality: Personality, company: String) -> String {
        var text: String
        switch side {
        case "love":
            text = random.pick(Phrasebook.loveOpeners) + clause(love: true, from: personality.loved, company)
        case "improve":
            text = random.pick(Phrasebook.improveOpeners) + clause(love: false, from: personality.problems, company)
        default:
            text = random.pick(Phrasebook.otherOpeners)
            if random.chance(0.6) {
                text += expand(random.pick(Phrasebook.neutral), company: company)
            } else {
                let love = random.chance(0.5)
                text += clause(love: love, from: love ? personality.loved : personality.problems, company)
            }
        }
        if random.chance(0.35) {
            // Mostly more of the same; sometimes a contrast ("…, but …").
            let contrast = random.chance(0.25)
            let love = (side == "love") != contrast
            text += (contrast ? ", but " : random.pick(Phrasebook.connectors))
            text += clause(love: love, from: love ? personality.loved : personality.problems, company)
        }
        text += random.pick(Phrasebook.closers) + "."
        return Self.sentenceCase(text)
    }

    /// Capitalises the first letter of each sentence ("good question. dogs…" → "Good question. Dogs…").
    private static func sentenceCase(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var startOfSentence = true
        for character in text {
            if startOfSentence && character.isLetter {
                result += character.uppercased()
                startOfSentence = false
            } else {
                result.append(character)
                if character == "." { startOfSentence = true } else if character != " " { startOfSentence = false }
            }
        }
        return result
    }

    /// A clause on one topic: usually one of the company's own, sometimes any topic at all.
    private mutating func clause(love: Bool, from own: [TopicPhrases], _ company: String) -> String {
        let topic: TopicPhrases
        if random.chance(0.65) {
            topic = random.pick(own)
        } else if random.chance(0.85) {
            topic = random.pick(ThemePhrases.all)
        } else {
            topic = random.pick(Phrasebook.themeless)
        }
        return expand(random.pick(love ? topic.love : topic.improve), company: company)
    }

    /// Replaces each `{a|b|c}` with one alternative and `{company}` with the company's name.
    private mutating func expand(_ template: String, company: String) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let body = rest[rest.index(after: open)..<close]
            if body == "company" {
                result += company
            } else {
                let options = body.split(separator: "|", omittingEmptySubsequences: false)
                result += options[random.index(options.count)]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    // MARK: - Names

    static func companyName(_ index: Int) -> String {
        let (first, rest) = index.quotientAndRemainder(dividingBy: prefixes.count)
        let (second, round) = first.quotientAndRemainder(dividingBy: suffixes.count)
        return prefixes[rest] + suffixes[second] + (round > 0 ? " \(round + 1)" : "")
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static let prefixes = [
        "North", "Bright", "Quill", "Lumen", "Harbor", "Cedar", "Copper", "Nimbus", "Orchid", "Pioneer",
        "Silver", "Tidal", "Vector", "Willow", "Zephyr", "Amber", "Basalt", "Cobalt", "Delta", "Ember",
    ]
    private static let suffixes = ["wind", "stack", "works", "labs", "ly", "hub", "field", "forge", "line", "point"]
    private static let firstNames = [
        "Ana", "Ben", "Chloé", "Dev", "Emeka", "Fatima", "Gus", "Hana", "Ivan", "Jun", "Kofi", "Lea",
        "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Vera", "Wei", "Yusuf", "Zoë",
    ]
    private static let initials = ["A", "B", "C", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W"]
}

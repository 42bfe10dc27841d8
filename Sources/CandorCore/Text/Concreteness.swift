import Foundation

/// One kind of concrete detail in an answer about why a role exists or what success looks like.
public enum ConcretenessSignal: String, Choice {
    /// Named work: a system, a deliverable, a project ("migrate billing", "the payments API").
    case specificWork = "specific-work"
    /// A result that could be measured ("cut latency", "more customers", "uptime").
    case outcome
    /// When ("in six months", "by March", "Q3", "the first 90 days").
    case timeFrame = "time-frame"
    /// A figure: digits, number words, a percentage.
    case number

    public var label: String {
        switch self {
        case .specificWork: "Specific work"
        case .outcome: "Measurable outcome"
        case .timeFrame: "Time frame"
        case .number: "Number"
        }
    }
}

/// How concrete an answer is: which kinds of detail it gives, and whether that is too few.
public struct ConcretenessAssessment: Codable, Equatable, Sendable {
    /// The kinds of detail found, in declaration order, each once.
    public var signals: [ConcretenessSignal]
    /// Fewer than two kinds of detail, or too short to say anything.
    public var isVague: Bool

    public init(signals: [ConcretenessSignal], isVague: Bool) {
        self.signals = signals
        self.isVague = isVague
    }
}

/// Judges whether "why does the team need this role?" or "what does success look like in six
/// months?" got a concrete answer or a vague one ("more hands", "someone who gets stuff done").
///
/// A concrete answer names at least two kinds of detail: the work, a measurable outcome, a time
/// frame, a number. Answers under six words are vague whatever they say.
public enum Concreteness {
    /// The fewest words an answer needs before it can be concrete.
    static let minimumWords = 6

    public static func assess(_ text: String) -> ConcretenessAssessment {
        let words = Tokenizer.words(text)
        let stems = words.map(Porter2.stem)
        var found: Set<ConcretenessSignal> = []
        if Vocabulary.specificWork.matches(stems: stems).count > 0 || namesAProject(words) { found.insert(.specificWork) }
        if Vocabulary.outcome.matches(stems: stems).count > 0 || movesByANumber(words) { found.insert(.outcome) }
        if Vocabulary.timeFrame.matches(stems: stems).count > 0 || hasCountedTime(words) { found.insert(.timeFrame) }
        if words.contains(where: isNumber) { found.insert(.number) }
        let signals = ConcretenessSignal.allCases.filter(found.contains)
        return ConcretenessAssessment(signals: signals, isVague: words.count < minimumWords || signals.count < 2)
    }

    // MARK: Patterns

    /// "the checkout project", "Project Atlas": a project with a name, not "various projects".
    static func namesAProject(_ words: [String]) -> Bool {
        for (i, word) in words.enumerated() where word == "project" || word == "projects" || word == "initiative" {
            if i + 1 < words.count, word == "project", !StopWords.english.contains(words[i + 1]),
               !Vocabulary.vagueQualifiers.contains(words[i + 1]) {
                return true  // "project atlas"
            }
            if i > 0, !StopWords.english.contains(words[i - 1]), !Vocabulary.vagueQualifiers.contains(words[i - 1]) {
                return true  // "the checkout project"
            }
        }
        return false
    }

    /// "page-outs down 50%", "up 3x": a direction with a figure after it.
    static func movesByANumber(_ words: [String]) -> Bool {
        for (i, word) in words.enumerated() where ["down", "up", "from", "by"].contains(word) {
            let next = words[(i + 1)..<min(i + 3, words.count)]
            if next.contains(where: isNumber) { return true }
        }
        return false
    }

    /// "six months", "90 days", "next quarter", "within a few weeks": a time unit that is counted
    /// or placed; a bare "day" or "year" is not a time frame ("day to day").
    static func hasCountedTime(_ words: [String]) -> Bool {
        for (i, word) in words.enumerated() where Vocabulary.timeUnits.contains(word) {
            let before = words[max(0, i - 2)..<i]
            if before.contains(where: { isNumber($0) || Vocabulary.timePlacers.contains($0) }) { return true }
        }
        return false
    }

    /// Digits ("50", "90", "3x", "10k") or a number word ("six", "twenty", "half").
    static func isNumber(_ word: String) -> Bool {
        if let first = word.unicodeScalars.first, ("0"..."9").contains(first) { return true }
        return Vocabulary.numberWords.contains(word)
    }

    /// The word lists, stemmed on first use.
    enum Vocabulary {
        static let specificWork = PhraseMatcher(phrases: [
            "migrate", "migration", "migrating", "build", "building", "built", "launch", "rewrite",
            "rewriting", "api", "apis", "service", "microservice", "pipeline", "dashboard", "platform",
            "integration", "integrate", "refactor", "implement", "prototype", "monolith", "endpoint",
            "database", "backend", "frontend", "infrastructure", "sdk", "app", "feature", "module",
            "schema", "checkout", "billing", "invoicing", "payments", "automate", "replace",
            "deprecate", "redesign", "design system", "kubernetes", "cloud", "mobile", "ios",
            "android", "cli", "etl", "data warehouse", "library", "framework", "search",
            "move off", "moving off", "port", "mvp", "v2", "release", "roadmap item", "tooling",
            "system", "codebase", "compliance", "audit", "certification",
        ])
        static let outcome = PhraseMatcher(phrases: [
            "reduce", "reduction", "cut", "increase", "ship", "shipped", "deliver", "latency",
            "revenue", "customers", "customer", "uptime", "conversion", "retention", "churn",
            "adoption", "signups", "sign ups", "users", "cost", "costs", "errors", "error rate",
            "incidents", "tickets", "sla", "slo", "throughput", "live", "go live", "faster", "lower",
            "higher", "fewer", "double", "halve", "save", "savings", "profit", "margin", "nps",
            "satisfaction", "outages", "on time", "target", "metric", "metrics", "kpi", "kpis",
            "response time", "load time", "speed up", "grow revenue", "onboard", "onboarded",
        ])
        static let timeFrame = PhraseMatcher(phrases: [
            "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "sept", "oct", "nov", "dec",
            "q1", "q2", "q3", "q4", "h1", "h2", "quarter", "quarters", "deadline", "sprint", "sprints",
            "weeks", "months", "year end", "end of the year", "end of year", "this year", "next year",
            "by the end of", "30 60 90", "eoy", "eoq",
        ])
        /// Units that make a time frame once counted or placed ("six months", "next year").
        static let timeUnits: Set<String> = [
            "day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years",
            "sprint", "sprints",
        ]
        /// Words that place a time unit ("this year", "within a month", "first week").
        static let timePlacers: Set<String> = ["this", "next", "first", "within", "couple", "few", "end"]
        /// Words before "project" that leave it unnamed.
        static let vagueQualifiers: Set<String> = [
            "various", "different", "new", "many", "several", "lots", "random", "side", "other",
            "few", "cool", "interesting", "big", "exciting", "upcoming", "future", "more", "of",
        ]
        /// Number words; "one" is left out, as it is more often a pronoun ("someone who", "one of").
        static let numberWords: Set<String> = [
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "thousand", "million", "billion", "dozen", "half", "double",
            "twice", "triple", "percent",
        ]
    }
}

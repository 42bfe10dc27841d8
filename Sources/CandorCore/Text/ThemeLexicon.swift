import Foundation

/// The words and phrases that show an answer touches each workplace theme.
///
/// Entries are plain English, stemmed once on first use, so "mentoring" also finds "mentor" and
/// "mentors", and "on call" finds "on-call". Each theme covers both the side people love and the
/// side that needs improving (see `shared/design/themes.md`); words so common they would fire on
/// every answer ("work", "team", "company") are left out.
public enum ThemeLexicon {
    /// The plain phrases that point at `theme`.
    public static func entries(for theme: Theme) -> [String] {
        (marked[theme] ?? []).map { Entry($0).phrase }
    }

    /// How an entry speaks of its theme on its own, and what negating it means.
    enum Valence: Sendable, Equatable {
        /// Only names the theme ("manager", "roadmap"); negating it says nothing.
        case neutral
        /// Something good to have ("mentoring", "bonus"): "no mentoring" is a problem.
        case desirable
        /// Good to have and praise by itself ("transparent", "flexible"); "not flexible" is a problem.
        case praise
        /// A problem by itself ("burnout", "layoffs"); "no layoffs" is praise.
        case undesirable
        /// A cost, neutral by itself ("meetings", "pages"); "few meetings" is praise.
        case cost
    }

    /// One lexicon line: an optional valence mark then the phrase.
    ///
    /// The marks keep the table readable: `+` desirable, `*` praise, `-` undesirable, `~` cost,
    /// none neutral.
    struct Entry {
        var phrase: String
        var valence: Valence

        init(_ line: String) {
            let mark = line.first
            let valence: Valence? = switch mark {
            case "+": .desirable
            case "*": .praise
            case "-": .undesirable
            case "~": .cost
            default: nil
            }
            self.valence = valence ?? .neutral
            phrase = valence == nil ? line : String(line.dropFirst())
        }
    }

    /// Phrases that contain a theme word without being about the theme: matched as a whole so
    /// the word inside is not ("pay attention" is not about pay, "in the process of" not about process).
    static let decoys: [String] = [
        "pay attention", "paying attention", "paid attention", "kind of", "sort of",
        "in the process of", "at the end of the day", "learn more", "on the other hand",
        "part of the team", "interview process", "hiring process", "the interview loop",
    ]

    /// Words whose stem looks like an entry but which do not touch the theme ("honestly" is a
    /// way of speaking, not honesty); hidden from the matcher.
    static let ignoredWords: Set<String> = [
        "honestly", "frankly", "truthfully", "meet", "meets", "course", "kidding", "polite", "politely",
        "manage", "managed", "manages", "managing", "manageable", "direct", "directly", "productive",
        "productivity", "custom", "customize", "customized", "customise", "customised", "customization",
        "execute", "executed", "executing", "execution", "favorite", "favorites", "favourite",
        "favourites", "retrospect", "belongs", "integration", "integrations", "integrate", "integrated",
        // "production" stems to "product": shipping to production is not about the product's mission.
        "production", "productions",
    ]

    /// One theme an entry points at, and how it speaks of it.
    struct Sense: Sendable {
        var theme: Theme
        /// The theme's position in `Theme.allCases`.
        var themeIndex: Int
        var valence: Valence
    }

    /// Every theme's entries, stemmed, in one matcher; `senses[i]` are the themes of phrase `i`
    /// (none for a decoy).
    struct Compiled: Sendable {
        let matcher: PhraseMatcher
        let senses: [[Sense]]
        /// Each phrase's stems joined by spaces, as `ThemeMention.matched` shows them.
        let keys: [String]
        /// Whether the phrase says something for or against some theme (is not merely neutral).
        let opinionated: [Bool]
    }

    /// Built on first use: the lexicon is stemmed once per process.
    static let compiled: Compiled = {
        var indexByStems: [[String]: Int] = [:]
        var phrases: [String] = []
        var sequences: [[String]] = []
        var senses: [[Sense]] = []
        func slot(for phrase: String) -> Int? {
            let stems = Tokenizer.stems(phrase, droppingStopWords: false)
            guard !stems.isEmpty else { return nil }
            if let known = indexByStems[stems] { return known }
            indexByStems[stems] = phrases.count
            phrases.append(phrase)
            sequences.append(stems)
            senses.append([])
            return phrases.count - 1
        }
        for decoy in decoys { _ = slot(for: decoy) }
        for (themeIndex, theme) in Theme.allCases.enumerated() {
            for line in marked[theme] ?? [] {
                let entry = Entry(line)
                guard let index = slot(for: entry.phrase) else { continue }
                if let known = senses[index].firstIndex(where: { $0.theme == theme }) {
                    // "diversity" and "diverse" share a stem: the praising form's reading wins.
                    if entry.valence == .praise && senses[index][known].valence == .desirable {
                        senses[index][known].valence = .praise
                    }
                    continue
                }
                senses[index].append(Sense(theme: theme, themeIndex: themeIndex, valence: entry.valence))
            }
        }
        return Compiled(
            matcher: PhraseMatcher(phrases: phrases, sequences: sequences),
            senses: senses,
            keys: sequences.map { $0.joined(separator: " ") },
            opinionated: senses.map { $0.contains { $0.valence != .neutral } })
    }()

    /// The lexicon, one line per entry with its valence mark.
    static let marked: [Theme: [String]] = [
        .people: [
            // Not a bare "people": "four people on the rotation" or "we need more people" is a
            // head count (staffing), not a word on colleagues.
            "the people", "our people", "people here", "great people", "good people", "nice people",
            "lovely people", "colleague", "colleagues", "coworker", "coworkers", "co-workers", "teammate",
            "teammates", "peers", "*helpful colleagues", "*willing to help", "*friendly", "*humble", "*kind people", "*smart people",
            "*talented", "*camaraderie", "+friendships", "+get along", "*supportive colleagues",
            "-egos", "-ego", "-cliques", "-clique", "-office politics", "-politics", "-drama",
            "-difficult colleagues", "-difficult people", "-toxic", "-jerks", "-rude",
            "-arrogant",
        ],
        .mission: [
            "mission", "mission driven", "+purpose", "product", "products", "customer", "customers",
            "users", "user base", "impact", "+meaningful", "vision", "*believe in", "*passionate about",
            "helping people", "+make a difference", "+makes a difference", "+product market fit",
            "real users", "-pointless", "-meaningless", "-nobody uses", "-no one uses", "-hype",
            "-doubts about the product", "+why we exist", "*proud of the product",
        ],
        .growth: [
            "+mentors", "+mentoring", "+mentorship", "+learning", "+career path",
            "+career growth", "+personal growth", "+professional growth", "+room to grow",
            "+growth opportunities", "+promotion", "+promoted", "+training",
            "+training budget", "+learning budget", "+conference", "+courses",
            "+upskilling", "+coaching", "+career development", "+career progression",
            "+career ladder", "+next level", "+certification", "+book budget", "+stretch projects",
            "-stagnation", "-stagnant", "-dead end", "-plateau", "-feel stuck",
            "-felt stuck", "-opaque promotions", "seniors", "juniors",
        ],
        .autonomy: [
            "+autonomy", "+autonomous", "+ownership", "+own my", "+end to end",
            "+end-to-end", "+trust", "+trusted", "+freedom", "+independence", "+independently",
            "+empowered", "+empower", "+make decisions", "+make my own decisions", "+self directed",
            "+latitude", "+leeway", "+a say in", "+agency", "-micromanagement", "-micromanaging",
            "-micromanage", "-micromanaged", "-micro management", "-approval for everything",
            "-sign off on everything", "-ask permission", "-hand holding", "-looking over my shoulder",
            "-breathing down", "-told what to do", "-dictated",
        ],
        .workLife: [
            "~hours", "-long hours", "*sane hours", "*reasonable hours", "-overtime", "-burnout",
            "-burned out", "-burnt out", "-burn out", "-crunch", "-crunch time", "+work life balance",
            "+balance", "*flexible hours", "+flexibility", "*flexible schedule", "+parental leave",
            "+paid parental leave", "+maternity leave", "+paternity leave", "+time off",
            "+paid time off", "+vacation", "+holidays", "+pto", "+unlimited pto", "-late nights",
            "~evenings", "~weekends", "-weekend work", "-working weekends", "-always on",
            "~after hours", "+family", "+kids", "+four day week", "+switch off", "+sick days",
            "+sabbatical",
        ],
        .remote: [
            "+remote", "+remote first", "*remote friendly", "+fully remote", "+hybrid",
            "+work from home", "+wfh", "+work from anywhere", "+async", "+asynchronous",
            "+distributed team", "+distributed company", "+location independent", "time zone", "time zones", "timezone",
            "timezones", "-return to office", "-rto", "-back to the office", "-office mandate",
            "-in office mandate", "-second class", "-second class citizens", "in person", "on site",
            "onsite", "video calls", "zoom", "+remote culture", "+offsites",
        ],
        .management: [
            "manager", "managers", "management", "leadership", "leaders", "executives", "execs",
            "ceo", "cto", "founder", "founders", "vp", "director", "directors", "my boss", "boss",
            "*supportive manager", "+leadership that listens", "direction", "+clear direction",
            "-leadership churn", "-distrust", "-top down", "-out of touch", "-ivory tower",
            "one on ones", "skip level", "+servant leadership", "-favoritism", "-favouritism",
            "-absent manager", "-bad managers", "-bad manager",
        ],
        .communication: [
            "communication", "+transparency", "*transparent", "*open communication",
            "all hands", "town hall", "town halls", "+information sharing", "+knowledge sharing",
            "+collaboration", "*collaborative", "cross team", "cross functional", "-silos", "-siloed",
            "-in the dark", "-rumors", "-rumours", "-gossip", "-behind closed doors", "-secretive",
            "-out of the loop", "+in the loop", "+honest", "+honesty", "+context", "+visibility",
            "-miscommunication", "-surprise announcements", "+written updates", "+overcommunicate",
            "+documentation", "+documented", "+docs", "+written down",
        ],
        .process: [
            "process", "processes", "-bureaucracy", "-bureaucratic", "-red tape", "-paperwork",
            "~meetings", "~meeting", "~approvals", "~approval", "-slow approvals", "~sign off",
            "*lightweight process", "*lightweight", "*lean", "~ceremonies", "~standups",
            "~stand ups", "~status meetings", "~recurring meetings", "jira", "~tickets",
            "-committee", "-committees", "-layers of approval", "-layers of management", "-hoops", "-jump through hoops", "agile",
            "scrum", "-overhead", "-box ticking", "~sync meetings", "~rfcs",
        ],
        .pace: [
            "pace", "*fast paced", "*fast moving", "*moves fast", "+move fast", "+moving fast", "+ship often",
            "+ship quickly", "~urgency", "+momentum", "velocity", "speed", "-slow", "-slowly",
            "-sluggish", "-takes forever", "-glacial", "-chaotic", "-chaos", "-fire drills",
            "-fire drill", "-frantic", "-hectic", "-rushed", "~deadlines", "~deadline",
            "+iterate quickly", "*nimble", "-grind", "-constant pivots", "-moves slowly",
        ],
        .engineering: [
            "+code review", "+code reviews", "+testing", "+tests", "+unit tests", "+test coverage",
            "+ci", "+ci cd", "+continuous integration", "+continuous delivery",
            "+continuous deployment", "deploys", "deploy", "deployments", "+automated",
            "+automation", "tooling", "developer tools", "dev tools", "internal tools",
            "*modern stack", "tech stack", "-flaky", "-flaky tests", "-manual deploys",
            "-manual testing", "+pair programming", "+pairing", "engineering practices",
            "+best practices", "+observability", "+monitoring", "+code quality", "-broken builds",
            "~build times", "*fast builds", "pull requests", "-cowboy coding", "-regressions",
            "open source",
        ],
        .techDebt: [
            "-tech debt", "-technical debt", "-debt", "-legacy", "-legacy code", "-legacy systems",
            "-spaghetti", "-spaghetti code", "-fragile", "-brittle", "-cruft", "-hacks", "-hacky",
            "-workarounds", "+refactoring", "+refactor", "*clean code", "*clean codebase",
            "codebase", "code base", "-old code", "-monolith", "+time to refactor", "-band aid",
            "-band aids", "-duct tape", "-outdated", "-deprecated", "-messy code", "*well structured",
            "*easy to maintain", "-unmaintainable", "+cleanup", "+pay down", "+paying down", "-bit rot",
        ],
        .compensation: [
            "+salary", "+salaries", "+pay", "+paid", "+compensation", "+comp", "+equity", "+stock",
            "+stock options", "+rsus", "+bonus", "+bonuses", "+benefits", "+perks",
            "+health insurance", "+insurance", "+pension", "+401k", "+retirement", "+a raise",
            "+pay raise", "+pay raises", "+stipend", "*well paid", "-underpaid", "-below market", "*above market",
            "*competitive pay", "*competitive salary", "-pay cut", "-pay freeze", "-salary freeze",
            "+market rate", "+equity refresh", "-lowball", "-worthless", "-pay gap",
        ],
        .stability: [
            "+stability", "*stable", "+funding", "*funded", "*well funded", "+runway",
            "*profitable", "+profitability", "+profit", "+revenue", "-turnover", "-attrition",
            "-layoffs", "-layoff", "-laid off", "-lay off", "-reorg", "-reorgs",
            "-reorganisation", "-reorganization", "-restructuring", "-people leaving",
            "-people are leaving", "-people left", "-people have left", "-people quit", "-people keep leaving", "-churn", "-uncertainty", "-uncertain", "acquisition",
            "acquired", "-bankrupt", "fundraising", "ipo", "-hiring freeze",
            "-budget cuts", "-cost cutting", "+tenure", "-exodus", "-departures",
        ],
        .inclusion: [
            "+diversity", "*diverse", "+inclusion", "*inclusive", "+belonging", "+dei",
            "+women", "+underrepresented", "+representation", "+lgbtq", "+neurodiverse",
            "+neurodivergent", "+disability", "+fair treatment", "+treated fairly",
            "+equal pay", "-bias", "-biased", "-discrimination", "-sexism", "-sexist", "-racism",
            "-racist", "-harassment", "-homogeneous", "-all men", "-all male", "-boys club",
            "-bro culture", "-excluded", "-exclusion", "+allies", "+ergs",
            "+employee resource groups", "*welcoming", "-gender gap",
        ],
        .feedback: [
            "feedback", "+honest feedback", "+psychological safety", "*psychologically safe",
            "+safe to fail", "+safe to speak up", "+speak up", "+speak my mind", "*blameless",
            "*blameless postmortems", "postmortem", "postmortems", "post mortem", "post mortems",
            "retro", "retros", "retrospectives", "+candor", "*constructive", "-blame",
            "-blame culture", "-blamed", "-finger pointing", "-fear", "-afraid", "-scared",
            "-retaliation", "-punished", "performance reviews", "performance review",
            "+learn from mistakes", "mistakes", "-shot down", "-yelled", "-walk on eggshells",
            "+open door", "+two way", "+both ways",
        ],
        .onCall: [
            "on call", "oncall", "~pager", "~get paged", "~got paged", "~been paged",
            "~are paged", "~incident",
            "~incidents", "-frequent incidents", "-outage", "-outages", "-firefighting",
            "-firefight", "-fire fighting", "-fighting fires", "-putting out fires", "~rotation",
            "~rotations", "*fair rotation", "-pager fatigue", "-alert fatigue", "~alerts",
            "-night pages", "-paged at night", "-paged every night", "-woken up", "-middle of the night", "sre", "ops",
            "operations team", "~operational load", "~production issues", "~escalations", "~escalation", "-downtime",
            "~support rotation", "+runbook", "+follow the sun", "pagerduty",
        ],
        .priorities: [
            "priorities", "priority", "+focus", "*focused", "*clear roadmap", "roadmap",
            "+strategy", "strategic", "-shifting priorities", "-changing priorities",
            "-priorities change", "-priorities shift", "-pivot", "-pivots", "-pivoting", "-whiplash",
            "-projects at once", "-too many initiatives", "-distracted", "-context switching",
            "-scattered", "-roadmap churn", "+north star", "okrs", "goals", "*clear goals",
            "-flavor of the month", "-flavour of the month", "-shiny objects", "-thrash",
            "-thrashing", "+prioritization", "+prioritisation", "-everything is a priority",
        ],
        .staffing: [
            "staffing", "-understaffed", "-under staffed", "-short staffed", "-short handed",
            "*well staffed", "*fully staffed", "headcount", "hiring", "+hire", "+hires",
            "-overloaded", "-overworked", "-stretched thin", "-spread thin", "workload", "-bus factor",
            "-single point of failure", "-one person knows", "-only one person", "-sits with one person",
            "-knowledge silos", "-knowledge silo", "backfill", "+enough people",
            "-too few people", "team size", "capacity", "bandwidth", "-swamped", "-drowning",
            "+growing the team", "+more people", "-doing the work of", "-two jobs", "open roles",
            "+more engineers", "+more hands",
        ],
        .ethics: [
            "ethics", "*ethical", "*ethically", "-unethical", "*honest with customers",
            "+do the right thing", "+the right thing", "+privacy", "-data misuse", "-misuse",
            "-sell data", "-sell user data", "user data",
            "customer data", "-dark patterns", "-shady", "-sketchy", "-predatory",
            "-harmful", "-harm", "+social impact", "+positive impact", "+sustainability",
            "*sustainable", "+climate", "-surveillance", "*socially responsible", "-cut corners", "-misleading", "-lying to customers",
            "*transparent with customers", "+nonprofit", "+non profit", "+b corp", "+give back",
            "+volunteering", "-deceptive", "-exploitative",
        ],
        .roleClarity: [
            "+role clarity", "*clear role", "*clearly defined", "*well defined", "*defined role",
            "-vague role", "-ill defined", "-poorly defined", "-undefined", "scope", "*clear scope",
            "-scope creep", "*clear expectations", "-vague expectations", "-unclear expectations",
            "expectations for the role", "role expectations", "the role", "this role", "my role", "-shifting expectations",
            "-changing expectations", "-expectations keep changing", "-expectations change",
            "-expectations shift", "-moving goalposts", "-moving target", "job description",
            "-bait and switch", "*clear responsibilities", "-many hats",
            "job title", "-wrong title", "+success criteria", "what success looks like",
            "onboarding", "-unclear role", "-role is unclear",
        ],
        .workspace: [
            "office", "offices", "*quiet office", "+quiet space", "+quiet room", "+quiet place", "-noisy office", "-office noise", "-background noise", "-open plan",
            "-open office", "desk", "desks", "+standing desk", "equipment", "+laptop", "laptops",
            "+second screen", "+chair", "+chairs", "*ergonomic", "hardware", "+headphones",
            "-commute", "-long commute", "+meeting rooms", "-hot desking", "-hot desk", "kitchen",
            "+snacks", "+free lunch", "-cramped", "-crowded", "+natural light",
            "-no windows", "+home office", "setup", "parking", "+food",
        ],
    ]
}

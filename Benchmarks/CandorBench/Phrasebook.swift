/// Topics outside the 22 themes (the answers the clustering is for), and the connective tissue
/// that makes generated answers read like speech.
enum Phrasebook {
    static let themeless: [TopicPhrases] = [
        TopicPhrases(id: "expenses", love: [
            "expenses are {approved|reimbursed} {within a day|the same week|quickly}",
            "the expense {tool|app} is {painless|actually easy}",
        ], improve: [
            "the expense approval {tool|system} is {painful|clunky|a nightmare}",
            "expenses take {weeks|a month|forever} to get {approved|reimbursed}",
            "approving expenses is {so|really|painfully} slow",
            "getting an expense {reimbursed|approved} means {chasing|nagging} finance",
        ]),
        TopicPhrases(id: "parking", love: [
            "there is {free|plenty of} parking {right outside|next to the building}",
        ], improve: [
            "the parking situation is {terrible|a mess|a daily fight}",
            "there is never any parking {near|close to} the {building|office} after nine",
            "parking {costs|is} {a fortune|expensive} and spaces are {scarce|rare}",
        ]),
        TopicPhrases(id: "coffee", love: [
            "the coffee {is excellent|is really good|machine is fantastic}",
            "there is {free|great} coffee and {snacks|fruit} all day",
        ], improve: [
            "the coffee {is awful|machine is always broken|tastes burnt}",
            "they {took away|cut} the free {snacks|coffee}",
        ]),
        TopicPhrases(id: "lunch", love: [
            "the {canteen|cafeteria} lunches are {delicious|amazing|great}",
            "we {have|share} lunch together {every Friday|on Fridays}",
        ], improve: [
            "the {canteen|cafeteria} food is {bland|disappointing|overpriced}",
            "the lunch {queue|line} at the {canteen|cafeteria} is {endless|ridiculous}",
        ]),
        TopicPhrases(id: "wiki", love: [
            "the internal wiki is {surprisingly|really} {good|well kept}",
        ], improve: [
            "you can never find anything on the {wiki|intranet}",
            "the {wiki|intranet} search is {useless|broken|hopeless}",
            "{half|most} of the {wiki|intranet} pages are {outdated|stale}",
        ]),
        TopicPhrases(id: "vpn", love: [
            "the VPN just {works|stays out of the way}",
        ], improve: [
            "the VPN {drops|disconnects} {every hour|constantly|all the time}",
            "connecting to the VPN is {painful|slow|flaky}",
        ]),
        TopicPhrases(id: "travel", love: [
            "booking {travel|trips} is {easy|simple}",
            "we {travel|fly} to {nice|great} places for {conferences|offsites}",
        ], improve: [
            "the travel booking {portal|site} is {awful|a maze|clunky}",
            "travel {requests|bookings} need {three|several} {signatures|approvals}",
        ]),
        TopicPhrases(id: "dogs", love: [
            "{dogs are|pets are} welcome in the office",
            "my dog comes {to work|in} {with me|every day}",
        ], improve: [
            "the {dogs|office dogs} bark during {calls|meetings}",
        ]),
        TopicPhrases(id: "offsites", love: [
            "the {team|company} offsites are {fun|great|memorable}",
            "the {annual|summer} {offsite|retreat} is {a highlight|the best week of the year}",
            "the {hackathon|hack week} {every quarter|twice a year} is {great|fun}",
        ], improve: [
            "the offsites {got cancelled|were cut|disappeared}",
            "the {holiday party|summer party} was {cancelled|awkward|underwhelming}",
        ]),
        TopicPhrases(id: "gym", love: [
            "there is a {gym|bike room|shower} in the building",
            "the {gym membership|cycle to work scheme} is {great|a nice perk}",
        ], improve: [
            "there is {nowhere|no place} to {store a bike|shower after cycling}",
        ]),
        TopicPhrases(id: "badges", love: [
            "getting a {badge|laptop} on day one was {smooth|painless}",
        ], improve: [
            "the {badge|access card} {readers|gates} {never work|fail} {every morning|all the time}",
            "getting {a badge|building access} took {weeks|a month}",
        ]),
        TopicPhrases(id: "hiring", love: [
            "the interview {process|loop} was {respectful|quick|well run}",
        ], improve: [
            "the interview {process|loop} {drags|takes} {weeks|months|too long}",
            "recruiters {ghost|forget} candidates {sometimes|too often}",
        ]),
    ]

    /// Descriptions with no polarity, for questions that are neither love nor improve.
    static let neutral: [String] = [
        "we do {standups|a standup} at {nine|ten|half past nine} and then {mostly|it is mostly} heads-down work",
        "the team is {five|six|seven|eight} {engineers|people} and a {designer|product manager}",
        "we plan in {two-week|three-week} {sprints|cycles}",
        "a typical {day|week} is {half meetings, half building|mostly coding|a mix of reviews and coding}",
        "we {use|work in} {Swift|Kotlin|Go|TypeScript|Python} {mostly|for most services}",
        "we work {closely|a lot} with the {data|platform|design|sales} team",
        "I {report to|work with} the {head of engineering|VP of product|CTO}",
        "the {team|group} {formed|started} {last year|two years ago} after a {split|reorg}",
        "we {demo|show our work} {every Friday|at the end of each sprint}",
        "new people {pair|shadow someone} for the first {two weeks|month}",
    ]

    static let loveQuestions = [
        "What do you love about working at {company}?",
        "What is the best thing about {company}?",
        "What keeps you at {company}?",
    ]

    static let improveQuestions = [
        "What could {company} do better?",
        "If you could change one thing at {company}, what would it be?",
        "What frustrates you most at {company}?",
    ]

    static let otherQuestions = [
        "What does a typical week look like on the team?",
        "How is the team organised?",
        "How are decisions made here?",
        "How do you work with other teams?",
        "What would success look like in this role after six months?",
        "How does the team handle incidents?",
    ]

    static let loveOpeners = [
        "", "", "", "honestly, ", "I'd say ", "for me, ", "oh, easily: ", "good question. ",
        "the main thing is that ", "I think ", "without a doubt, ",
    ]

    static let improveOpeners = [
        "", "", "", "honestly, ", "if I'm honest, ", "hmm, ", "I'd say ", "to be fair, ",
        "one thing is that ", "I think ", "the big one is that ",
    ]

    static let otherOpeners = ["", "", "so, ", "well, ", "right now ", "usually "]

    static let connectors = [", and ", ", and also ", "; plus ", ". Also, ", ". On top of that, "]

    static let closers = [
        "", "", "", "", "", " at least on my team", ", if I'm honest", " most of the time",
        ", which I really appreciate", " compared to my last job", ", it's getting better though",
        ", to be fair",
    ]
}

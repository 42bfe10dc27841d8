/// What interviewers say about one topic, as clause templates: when they love it and when it
/// needs improving.
///
/// In a template `{a|b|c}` becomes one of the alternatives and `{company}` the company's name,
/// so one template yields many wordings and TF-IDF has real variety to weigh.
struct TopicPhrases: Sendable {
    let id: String
    let love: [String]
    let improve: [String]
}

/// Clauses for the 22 workplace themes (ids as in shared/design/themes.md).
enum ThemePhrases {
    static let all: [TopicPhrases] = [
        TopicPhrases(id: "people", love: [
            "the people are {genuinely|really|incredibly} {kind|smart|helpful|talented}",
            "my {teammates|colleagues|coworkers} are the {best|smartest|kindest} I have worked with",
            "everyone is happy to {help|pair|jump on a call} when you get stuck",
            "I {learn|pick up something} from my {colleagues|teammates} every {day|week}",
            "there are no {egos|prima donnas} here, people just {help each other|get along}",
        ], improve: [
            "there are {cliques|a few cliques|some egos} that make {collaboration|teamwork} harder",
            "a couple of {difficult|abrasive} {colleagues|people} get away with {too much|a lot}",
            "some {senior|long-tenured} people can be {dismissive|territorial} with newcomers",
            "teams do not {really|always} get along with each other",
        ]),
        TopicPhrases(id: "mission", love: [
            "I {believe in|care about} what we are building for our {customers|users}",
            "the product {actually|genuinely} {helps|matters to} {people|customers|small businesses}",
            "you can see the {impact|difference} of your work on {customers|real users}",
            "the mission {really|genuinely} {motivates|drives} me",
        ], improve: [
            "I am not {sure|convinced} the product has {clear|real} customer value",
            "we {build|ship} features {nobody|no customer} {asked for|uses}",
            "the {product vision|product strategy} feels {fuzzy|unclear|vague} lately",
            "it is hard to {see|tell} who our {customer|target user} {really|actually} is",
        ]),
        TopicPhrases(id: "growth", love: [
            "I have {grown|learned} {so much|a lot} since I {joined|started}",
            "there is a {generous|real} {training budget|learning budget} and people use it",
            "my {mentor|manager} {invests|spends real time} in my {growth|career}",
            "the promotion {path|process} is {clear|transparent|well defined}",
            "you get {stretch|challenging} projects {early|quickly}",
        ], improve: [
            "promotions feel {opaque|political|arbitrary}",
            "there is no {clear|real} {career path|path} for {senior|staff|junior} {engineers|people}",
            "I feel like I have {stagnated|stopped learning} {lately|this year}",
            "mentorship {depends on|is down to} luck, there is no {program|structure}",
            "the training budget {got cut|is tiny|disappeared}",
        ]),
        TopicPhrases(id: "autonomy", love: [
            "I am {trusted|free} to {decide|make decisions} {how|what} to build",
            "teams {own|run} their {work|services} end to end",
            "nobody {micromanages|looks over your shoulder}",
            "you {get|have} a lot of {ownership|freedom|autonomy}",
        ], improve: [
            "there is {a lot of|too much} micromanagement",
            "you need {approval|sign-off} for {everything|every small change}",
            "decisions get {overruled|second-guessed} from above",
            "we do not {really|actually} own {our roadmap|our work}",
        ]),
        TopicPhrases(id: "work-life", love: [
            "the hours are {sane|reasonable|humane|predictable}",
            "nobody expects you to work {weekends|evenings|late}",
            "I can {pick up my kids|go to the gym} {in the afternoon|at four} and nobody minds",
            "time off is {respected|actually respected}, people do not ping you on holiday",
            "the parental leave is {generous|great|really good}",
        ], improve: [
            "the hours {can be|are often} {long|brutal}, especially {before launches|at quarter end}",
            "there is {a lot of|too much} weekend work",
            "people are {burning out|exhausted|close to burnout}",
            "crunch {happens|comes} {every quarter|before every release|all the time}",
            "it is hard to {switch off|disconnect} in the evening",
        ]),
        TopicPhrases(id: "remote", love: [
            "remote work is {first class|fully supported|taken seriously}",
            "the {async|written} culture makes {remote work|working remotely} {easy|great}",
            "I can work from {anywhere|home} {most of the week|whenever I want}",
            "the hybrid {setup|policy} is {flexible|sensible|relaxed}",
        ], improve: [
            "the {return to office|return-to-office} mandate {upset|frustrated} {a lot of people|everyone}",
            "remote people feel like {second-class citizens|an afterthought}",
            "the time zones make {meetings|collaboration} {painful|hard}",
            "decisions happen in the office and remote folks {miss out|hear last}",
        ]),
        TopicPhrases(id: "management", love: [
            "my manager is {great|fantastic|supportive|the best I have had}",
            "leadership {listens|actually listens} to {feedback|engineers}",
            "the {leadership team|executives} {set|give} a clear direction",
            "managers here {care|genuinely care} about their {reports|people}",
        ], improve: [
            "{leadership|the leadership team} {changes|turns over} {every year|constantly}",
            "some managers are {not great|out of their depth|inexperienced}",
            "people do not {trust|believe} the {executives|leadership} {much|anymore}",
            "middle management {is thin|is stretched|needs work}",
        ]),
        TopicPhrases(id: "communication", love: [
            "the all-hands are {honest|open|candid}",
            "information is {shared|open} {freely|by default}",
            "teams {collaborate|work together} {well|easily} across {departments|functions}",
            "leadership is {transparent|open} about {the numbers|the finances|the strategy}",
        ], improve: [
            "there are {silos|a lot of silos} between {teams|departments}",
            "decisions are made {in the dark|behind closed doors}",
            "we hear about {changes|reorgs} {through rumours|last|on Slack first}",
            "communication between {product and engineering|teams} could be {better|much better}",
        ]),
        TopicPhrases(id: "process", love: [
            "the process is {lightweight|light|minimal}",
            "we have {few|very few} meetings, {maybe two|a couple} a week",
            "there is {very little|no} red tape",
            "our {planning|process} is {simple|pragmatic}",
        ], improve: [
            "there are {way|far} too many meetings",
            "there is {a lot of|so much} red tape {for everything|around releases}",
            "approvals {are slow|take forever|take weeks}",
            "the process {feels|has become} {heavy|bureaucratic}",
            "my calendar is {full of|wall to wall} meetings",
        ]),
        TopicPhrases(id: "pace", love: [
            "we {ship|release} {often|every day|several times a day}",
            "things move {fast|quickly}, you see your work {live|in production} {within days|quickly}",
            "there is a {real|healthy} sense of urgency",
        ], improve: [
            "everything takes {forever|ages|months}",
            "things move {too slowly|slowly}, {projects|launches} drag on",
            "it is {chaotic|a bit chaotic}, with {constant|endless} fire drills",
            "the pace is {frantic|exhausting}, {always|constantly} rushing",
        ]),
        TopicPhrases(id: "engineering", love: [
            "code review is {thorough|kind|fast}",
            "the {CI|build} pipeline is {fast|reliable} and {deploys|releases} are {boring|easy}",
            "we have {great|solid} test coverage",
            "the {stack|tooling} is {modern|really good}",
        ], improve: [
            "the tests are {flaky|slow|unreliable}",
            "deploys are still {manual|done by hand}",
            "the {CI|build} takes {forever|an hour|too long}",
            "code review is {slow|rubber stamping|inconsistent}",
        ]),
        TopicPhrases(id: "tech-debt", love: [
            "the codebase is {clean|well kept|in good shape}",
            "we get {time|real time} for refactoring",
            "we pay down {technical debt|tech debt} {every sprint|regularly}",
        ], improve: [
            "there is a lot of {legacy code|technical debt|tech debt}",
            "the {legacy|old} {system|monolith} is {fragile|scary to touch}",
            "we never get time to {refactor|pay down debt|clean things up}",
            "the codebase is {a mess|fragile|held together with tape}",
        ]),
        TopicPhrases(id: "compensation", love: [
            "the {salary|pay} is {great|very competitive|above market}",
            "the {equity|stock} has been {worth a lot|generous}",
            "the benefits are {great|excellent}, {health insurance|the pension} {included|is good}",
            "the bonus is {generous|reliable}",
        ], improve: [
            "the pay is {below market|not great|lower than elsewhere}",
            "the {equity|stock options} {are worth little|feel worthless}",
            "the benefits are {weak|thin|basic}",
            "raises have been {small|tiny|frozen} {lately|this year}",
        ]),
        TopicPhrases(id: "stability", love: [
            "we are {profitable|well funded}, with {plenty of|years of} runway",
            "people {stay|stick around} for years, turnover is {low|very low}",
            "the company feels {stable|solid|secure}",
        ], improve: [
            "the {layoffs|last round of layoffs} {hurt|shook everyone}",
            "there have been {too many|constant} reorganisations",
            "a lot of people {left|have been leaving} {recently|this year}",
            "the funding situation feels {uncertain|shaky}",
        ]),
        TopicPhrases(id: "inclusion", love: [
            "the team is {diverse|really diverse}",
            "I feel like I {belong|fit in} here",
            "people are treated {fairly|equally|with respect}",
            "the {employee groups|resource groups} are {active|well supported}",
        ], improve: [
            "the team is {not very|not} diverse",
            "leadership is {quite|very} {homogeneous|uniform}",
            "some people {feel excluded|get left out}",
            "there is {some|unconscious} bias in {hiring|promotions}",
        ]),
        TopicPhrases(id: "feedback", love: [
            "it is {safe|okay} to {fail|make mistakes}",
            "post-mortems are {blameless|genuinely blameless}",
            "feedback flows {both ways|honestly|openly}",
            "you can {disagree|push back} {openly|with your manager} without fear",
        ], improve: [
            "there is a {blame|blaming} culture after incidents",
            "people are {afraid|scared} to speak up",
            "feedback is {rare|vague|only once a year}",
            "mistakes are {punished|held against you}",
        ]),
        TopicPhrases(id: "on-call", love: [
            "on-call is {calm|quiet|fair}",
            "the {pager|rotation} {rarely|almost never} goes off",
            "the on-call rotation is {fair|well organised|shared fairly}",
        ], improve: [
            "on-call is {exhausting|brutal|rough}",
            "there are {too many|frequent|constant} incidents",
            "the pager goes off {every night|all the time|constantly}",
            "we spend {most|half} of our time firefighting",
        ]),
        TopicPhrases(id: "priorities", love: [
            "the roadmap is {clear|focused|stable}",
            "we {focus|work} on {a few|one or two} things at a time",
            "the strategy is {clear|well understood}",
        ], improve: [
            "priorities {shift|change} {every week|all the time|constantly}",
            "we have too many projects {at once|in flight}",
            "the roadmap {churns|changes} {every quarter|all the time}",
            "nobody knows what the {priority|top priority} is",
        ]),
        TopicPhrases(id: "staffing", love: [
            "the team is {well staffed|the right size}",
            "we hire {well|carefully}, the bar is high",
            "the workload is {manageable|reasonable}",
        ], improve: [
            "we are {understaffed|short of people|stretched thin}",
            "the team is {overloaded|overworked|drowning}",
            "all the knowledge is in {one person's head|a couple of heads}",
            "hiring is {slow|frozen}, so we are {short-handed|always behind}",
        ]),
        TopicPhrases(id: "ethics", love: [
            "we are {honest|upfront} with our {customers|users}",
            "the company {cares about|takes seriously} its {impact|privacy}",
            "I feel good about what we sell",
        ], improve: [
            "some {sales|business} practices make me {uneasy|uncomfortable}",
            "I worry about how we use {customer data|people's data}",
            "the {dark patterns|upsells} in the product {bother|trouble} me",
        ]),
        TopicPhrases(id: "role-clarity", love: [
            "expectations for the role are {clear|explicit|written down}",
            "I know exactly what {is expected|success looks like}",
            "the scope of {my role|each role} is {clear|well defined}",
        ], improve: [
            "the role is {vague|fuzzy|not well defined}",
            "expectations {shift|keep changing|move}",
            "the job {is nothing like|does not match} the job description",
            "nobody {agrees on|knows} what this role {should|is supposed to} do",
        ]),
        TopicPhrases(id: "workspace", love: [
            "the office is {lovely|great|bright and quiet}",
            "we get {great|top-notch|any} equipment we need",
            "there are {quiet rooms|quiet spaces|focus rooms} when you need to concentrate",
        ], improve: [
            "the open plan is {noisy|loud|distracting}",
            "the {laptops|monitors|chairs} are {old|poor|terrible}",
            "the commute is {long|awful|painful}",
            "there is {nowhere|no space} quiet to {focus|think}",
        ]),
    ]
}

import Foundation

/// A realistic search in progress, so every page has something to show on first run.
///
/// Three companies of different stage and size, people in several roles, past and upcoming
/// interviews (one a three-person panel) and answers to the closing questions that repeat
/// across interviewers, as real answers do: enough for the insight page to show every kind of
/// flag (a red flag and a trade-off at Lumen, a dealbreaker phrase and a vague why-answer at
/// Northwind, green flags, "your people", a dodged question and an interview with no time for
/// questions at Fernhill, which has made an offer with a deadline in two days). Dates are relative to `now`, so the demo never
/// goes stale.
public struct DemoData: Sendable {
    public var now: Date
    public var zone: TimeZone
    /// The bank's closing questions, which the demo's answers are given to.
    public var loveQuestion: Question
    public var improveQuestion: Question
    /// A bank wording of the why-this-role question, so the insight knows which answers reply to it.
    public var whyQuestion: Question?

    public init(now: Date, zone: TimeZone, loveQuestion: Question, improveQuestion: Question, whyQuestion: Question? = nil) {
        self.now = LocalTime.wholeSeconds(now)
        self.zone = zone
        self.loveQuestion = loveQuestion
        self.improveQuestion = improveQuestion
        self.whyQuestion = whyQuestion
    }

    /// The profile a demo candidate might have: what they hope for, what they will not accept.
    public static let profile = Profile(
        values: [.people, .mission, .autonomy],
        valuePhrases: ["small teams that ship"],
        dealbreakers: [.workLife],
        dealbreakerPhrases: ["ad tech"],
        practiceCadenceMonths: 12,
        defaultQuestionMinutes: 10
    )

    /// Builds the demo content; its questions list is empty because it uses the bank's.
    public func content() -> Backup {
        var builder = Builder(demo: self)
        builder.lumen()
        builder.northwind()
        builder.fernhill()
        return Backup(
            profile: Self.profile, companies: builder.companies, people: builder.people,
            interviews: builder.interviews, questions: [], asks: builder.asks, offers: builder.offers
        )
    }

    private struct Builder {
        let demo: DemoData
        var companies: [Company] = []
        var people: [Person] = []
        var interviews: [Interview] = []
        var asks: [Ask] = []
        var offers: [Offer] = []

        init(demo: DemoData) { self.demo = demo }

        /// The why-question's wording when the bank has none to offer.
        static let whyWording = "Why does the team need this role now, and what would make you glad you hired me six months from now?"

        /// An instant `days` from now at `hour:minute` in the demo's zone.
        func day(_ days: Int, _ hour: Int, _ minute: Int = 0) -> Date {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = demo.zone
            let base = calendar.date(byAdding: .day, value: days, to: demo.now) ?? demo.now
            return calendar.date(bySettingHour: hour, minute: minute, second: 0, of: base) ?? base
        }

        mutating func company(_ draft: CompanyDraft, history: [(PipelineStatus, Int)]) -> Company {
            let changes = history.map { StatusChange(status: $0.0, changedAt: day($0.1, 9)) }
            let created = changes.first?.changedAt ?? demo.now
            let company = Company(
                id: UUID(), draft: draft, status: changes.last?.status ?? .researching,
                statusHistory: changes, createdAt: created, updatedAt: created)
            companies.append(company)
            return company
        }

        mutating func person(_ company: Company, _ name: String, _ title: String, _ role: RoleKind, _ notes: String? = nil) -> Person {
            let person = Person(
                id: UUID(), draft: PersonDraft(companyID: company.id, name: name, title: title, roleKind: role, notes: notes),
                createdAt: company.createdAt)
            people.append(person)
            return person
        }

        mutating func interview(
            _ company: Company, at start: Date, minutes: Int, kind: InterviewKind, format: InterviewFormat,
            location: String?, with panel: [Person], planned: Int?, given: Int? = nil, notes: String? = nil
        ) -> Interview {
            let done = start < demo.now
            let draft = InterviewDraft(
                companyID: company.id, startsAt: start, timeZone: demo.zone.identifier, durationMinutes: minutes,
                kind: kind, format: format, location: location, status: done ? .done : .scheduled,
                questionMinutesPlanned: planned, questionMinutesGiven: given, notes: notes,
                participantIDs: panel.map(\.id))
            let participants = panel.enumerated().map { index, person in
                Participant(personID: person.id, name: person.name, title: person.title, roleKind: person.roleKind, position: index)
            }
            let interview = Interview(
                id: UUID(), companyName: company.name, draft: draft, participants: participants,
                createdAt: min(start, demo.now))
            interviews.append(interview)
            return interview
        }

        /// Records an answered question; `question` is a bank question or `nil` for one asked on the spot.
        mutating func answer(
            _ interview: Interview, _ person: Person, _ question: Question?, text adHoc: String? = nil,
            _ answer: String?, status: AskStatus = .answered, tags: [Theme] = []
        ) {
            let position = asks.filter { $0.interviewID == interview.id }.count
            let asked = interview.startsAt.addingTimeInterval(TimeInterval(45 * 60 + position * 60))
            let wording = question.map { $0.text(for: interview.companyName) } ?? adHoc ?? ""
            asks.append(Ask(
                id: UUID(), interviewID: interview.id, personID: person.id, questionID: question?.id,
                position: position, status: status, questionText: wording, answer: answer,
                createdAt: interview.startsAt, updatedAt: asked, askedAt: asked,
                answeredAt: answer == nil ? nil : asked, tags: tags))
        }

        /// Both closing questions for a panel: the first in panel order, the second in reverse.
        /// `heard` holds the themes the candidate tagged on each improve answer, in panel order.
        mutating func closingRound(_ interview: Interview, _ panel: [Person], love: [String?], improve: [String?], heard: [[Theme]] = []) {
            for (person, text) in zip(panel, love) {
                answer(interview, person, demo.loveQuestion, text, status: text == nil ? .dodged : .answered)
            }
            let tags = heard + Array(repeating: [], count: max(0, panel.count - heard.count))
            for ((person, text), themes) in zip(zip(panel, improve), tags).reversed() {
                answer(interview, person, demo.improveQuestion, text, status: text == nil ? .dodged : .answered, tags: themes)
            }
        }

        mutating func lumen() {
            let lumen = company(CompanyDraft(
                name: "Lumen Health", website: "https://lumen-health.example", headcount: 38,
                stage: .startup, ownership: .private, funding: .vcFunded, kind: .product,
                roleTitle: "Senior Backend Engineer",
                postingText: "Build the services behind our remote patient monitoring app. Go or Swift on the server, Postgres, AWS.",
                postingURL: "https://lumen-health.example/careers/senior-backend",
                concerns: [.onCall, .workLife, .stability],
                concernNotes: "Small team running a medical product: how heavy is the pager? How long is the runway?",
                notes: "Series A last spring. Referred by a former colleague."),
                history: [(.researching, -30), (.applied, -24), (.interviewing, -14)])
            let priya = person(lumen, "Priya Raman", "Engineering Manager", .hiringManager, "Ex-nurse turned engineer; cares about patient safety.")
            let tomas = person(lumen, "Tomás Ortega", "Staff Engineer", .engineer, "Owns the data pipeline. Dry humour.")
            let mei = person(lumen, "Mei Chen", "Senior Engineer", .engineer)
            let jordan = person(lumen, "Jordan Blake", "Talent Partner", .recruiter)

            let screen = interview(lumen, at: day(-12, 16), minutes: 30, kind: .recruiterScreen, format: .phone,
                                   location: "+1 555 0100", with: [jordan], planned: 5, given: 8)
            answer(screen, jordan, demo.loveQuestion, "The mission: we keep patients out of hospital. Every sprint demo starts with a story from a clinic.")
            answer(screen, jordan, demo.improveQuestion, "Honestly, the engineers get paged a lot at night since we went live in two more states. We are hiring to fix it.",
                   tags: [.onCall])

            let panel = interview(lumen, at: day(-5, 10), minutes: 60, kind: .panel, format: .video,
                                  location: "https://meet.example/lumen-panel", with: [priya, tomas, mei], planned: 15, given: 12,
                                  notes: "Friendly, but everyone looked tired.")
            answer(panel, priya, demo.whyQuestion, text: Self.whyWording,
                   "We lose a week every month to pipeline incidents. In six months I want the on-call load halved and alerts that mean something.")
            // Something no theme covers, said by two people: the insight groups it by its words.
            let surprise = "What surprised you most in your first month here?"
            answer(panel, tomas, nil, text: surprise, "How big the FHIR standard is. The FHIR spec never seems to end.")
            answer(panel, mei, nil, text: surprise, "FHIR, honestly: the FHIR standard has hundreds of resource types.")
            closingRound(panel, [priya, tomas, mei],
                love: ["The mission. We help people stay out of hospital, and I can see it in the numbers.",
                       "The people are kind and very sharp. Nobody hoards knowledge.",
                       "I own whole features from design to production; nobody micromanages me."],
                improve: ["We are stretched thin; on-call is heavy and we need more people.",
                          "Night pages. Our on-call rotation has four people and the alerts are noisy.",
                          "Too much firefighting at night, it wears you down."],
                heard: [[.staffing, .onCall], [.onCall], [.onCall, .workLife]])

            _ = interview(lumen, at: day(3, 14), minutes: 45, kind: .executive, format: .video,
                          location: "https://meet.example/lumen-cto", with: [person(lumen, "Sam Okafor", "CTO", .executive)], planned: 15)
        }

        mutating func northwind() {
            let northwind = company(CompanyDraft(
                name: "Northwind Logistics", website: "https://northwind.example", headcount: 12_400,
                stage: .enterprise, ownership: .public, funding: .public, kind: .product,
                roleTitle: "Platform Engineer",
                postingText: "Join the platform group modernising our freight tracking systems across three continents.",
                concerns: [.process, .techDebt],
                notes: "Listed company; hybrid, two days a week in the Hamburg office."),
                history: [(.researching, -20), (.applied, -16), (.interviewing, -6)])
            let anna = person(northwind, "Anna Lindqvist", "Recruiter", .recruiter)
            let marcus = person(northwind, "Marcus Feld", "Head of Platform", .hiringManager, "Wants someone to lead the Kubernetes migration.")
            let ravi = person(northwind, "Ravi Menon", "Principal Engineer", .engineer)

            let screen = interview(northwind, at: day(-6, 11), minutes: 30, kind: .recruiterScreen, format: .video,
                                   location: "https://meet.example/nw-screen", with: [anna], planned: 5, given: 5)
            answer(screen, anna, demo.loveQuestion, "Stability. We have been profitable for decades and people stay for years.")
            answer(screen, anna, demo.improveQuestion, "Decisions take a while; there are a lot of approval steps and meetings before anything ships.",
                   tags: [.process])

            let manager = interview(northwind, at: day(-3, 15), minutes: 45, kind: .hiringManager, format: .video,
                                    location: "https://meet.example/nw-manager", with: [marcus], planned: 10, given: 10)
            // A why-answer with no work, outcome or time frame in it: the insight calls it vague.
            answer(manager, marcus, demo.whyQuestion, text: Self.whyWording,
                   "Honestly we just need another strong pair of hands, someone who fits in and gets things done.")
            closingRound(manager, [marcus],
                love: ["The scale of it. And our new ad tech venture: we will sell ad space on the tracking pages customers visit."],
                improve: ["Too many sign-offs. Every change goes through a review board and three approval meetings."])

            _ = interview(northwind, at: day(2, 10), minutes: 60, kind: .technical, format: .video,
                          location: "https://meet.example/nw-tech", with: [marcus, ravi], planned: 10)
            _ = interview(northwind, at: day(2, 11, 15), minutes: 45, kind: .systemDesign, format: .video,
                          location: "https://meet.example/nw-design", with: [ravi], planned: 0,
                          notes: "Right after the technical round: ask for a break in between.")
        }

        mutating func fernhill() {
            let fernhill = company(CompanyDraft(
                name: "Fernhill Studio", website: "https://fernhill.example", headcount: 140,
                stage: .scaleup, ownership: .private, funding: .bootstrapped, kind: .consultancy,
                roleTitle: "Lead Developer",
                postingText: "Lead a small team building web and mobile products for our clients in education and the public sector.",
                concerns: [.workLife, .growth],
                concernNotes: "Consultancy: are client deadlines turned into overtime?"),
                history: [(.researching, -40), (.applied, -35), (.interviewing, -25), (.offer, -2)])
            let lena = person(fernhill, "Lena Vogt", "Delivery Director", .hiringManager)
            let ben = person(fernhill, "Ben Adeyemi", "Senior Developer", .engineer)
            let chloe = person(fernhill, "Chloé Martin", "Developer", .engineer)

            let first = interview(fernhill, at: day(-25, 15), minutes: 45, kind: .hiringManager, format: .video,
                                  location: "https://meet.example/fernhill", with: [lena], planned: 10, given: 15)
            offers.append(Offer(
                companyID: fernhill.id,
                terms: OfferTerms(basePay: 92_000, bonus: 6_000, equity: "None (bootstrapped); profit share of up to 5%", currency: "EUR",
                                  startDate: LocalTime.day(day(45, 9), in: demo.zone),
                                  decisionDeadline: LocalTime.day(day(2, 17), in: demo.zone),
                                  notes: "Four-day week possible after probation."),
                updatedAt: day(-2, 9)))
            answer(first, lena, demo.whyQuestion, text: Self.whyWording,
                   "A second team lead so I can stop running two projects myself: by month six you run the school-portal team on your own, with a release every two weeks.")
            closingRound(first, [lena],
                love: ["The people. Teams decide how they work; I trust them and they trust each other."],
                improve: ["Our internal tooling is a bit behind; we spend our time on client work first."],
                heard: [[.engineering]])

            let team = interview(fernhill, at: day(-18, 13, 30), minutes: 60, kind: .teamMatch, format: .onsite,
                                 location: "Fernhill Studio, 12 Quay Street", with: [ben, chloe], planned: 15, given: 0,
                                 notes: "Ran over; no time left for my questions, so I sent them by email.")
            closingRound(team, [ben, chloe],
                love: ["Autonomy: the team picks its own stack for each client.",
                       "Kind, helpful colleagues who pair a lot, and you own your projects end to end."],
                improve: [nil, "Internal tools are old, and nobody has time for them between projects."],
                heard: [[], [.techDebt]])
        }
    }
}

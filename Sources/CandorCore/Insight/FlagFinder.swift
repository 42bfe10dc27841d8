import Foundation

extension InsightEngine {
    /// Raises each kind of flag from the board, the consensus and the process of the interviews.
    struct FlagFinder {
        let input: InsightInput
        let answers: [ReadAnswer]
        let board: Board
        let consensus: [Consensus]
        /// The dealbreaker phrases found in each answer, by ask id.
        let phraseHits: [UUID: [String]]

        func flags() -> [InsightFlag] {
            redFlags() + tradeOffs() + greenFlags() + yourPeople() + dodgedClosings() + noTimeForQuestions() + vagueWhyRole()
        }

        /// A dealbreaker theme raised as a problem by anyone, or a dealbreaker phrase said at all.
        func redFlags() -> [InsightFlag] {
            var flags: [InsightFlag] = []
            for theme in input.profile.dealbreakers {
                guard let voices = board.row(theme)?.toImprove, !voices.isEmpty else { continue }
                let shared = consensus.contains { $0.theme == theme && $0.polarity == .negative }
                let who = Self.names(voices.map(\.personName))
                let summary = "\(theme.label), one of your dealbreakers, was raised as a problem by \(who)"
                    + (shared ? ", and most of the people asked agree." : ".")
                flags.append(InsightFlag(kind: .redFlag, summary: summary, theme: theme, evidence: voices.flatMap(\.quotes)))
            }
            var evidence: [String: [Quote]] = [:]
            for answer in answers {
                for phrase in phraseHits[answer.quote.askID] ?? [] { evidence[phrase, default: []].append(answer.quote) }
            }
            for phrase in input.profile.dealbreakerPhrases {
                guard let quotes = evidence[phrase] else { continue }
                let who = Self.names(quotes.map(\.personName).uniqued())
                flags.append(InsightFlag(
                    kind: .redFlag, summary: "“\(phrase)”, one of your dealbreakers, came up with \(who).",
                    phrase: phrase, evidence: quotes))
            }
            return flags
        }

        /// Problems most interviewers share that are not dealbreakers: every company has some.
        func tradeOffs() -> [InsightFlag] {
            consensus.filter { $0.polarity == .negative && !input.profile.dealbreakers.contains($0.theme) }.map { item in
                InsightFlag(
                    kind: .tradeOff,
                    summary: "\(item.theme.label) needs improving, say \(item.people.count) of \(item.asked) asked: yours to weigh.",
                    theme: item.theme, evidence: board.row(item.theme)?.toImprove.flatMap(\.quotes) ?? [])
            }
        }

        /// Loves most interviewers share that the candidate values.
        func greenFlags() -> [InsightFlag] {
            consensus.filter { $0.polarity == .positive && input.profile.values.contains($0.theme) }.map { item in
                InsightFlag(
                    kind: .greenFlag,
                    summary: "\(item.theme.label), which you value, is loved by \(item.people.count) of \(item.asked) asked.",
                    theme: item.theme, evidence: board.row(item.theme)?.loved.flatMap(\.quotes) ?? [])
            }
        }

        /// The shared loves cover the candidate's top values (at least two of the first three,
        /// or the only one): these may be their people.
        func yourPeople() -> [InsightFlag] {
            let top = Array(input.profile.values.prefix(InsightEngine.topValueCount))
            guard !top.isEmpty else { return [] }
            let loved = Set(consensus.filter { $0.polarity == .positive }.map(\.theme))
            let covered = top.filter(loved.contains)
            guard covered.count >= min(2, top.count) else { return [] }
            let labels = covered.map(\.label).joined(separator: "; ")
            // One quote per person per value is enough to show it.
            let evidence = covered.flatMap { theme in board.row(theme)?.loved.compactMap(\.quotes.first) ?? [] }
            return [InsightFlag(
                kind: .yourPeople,
                summary: "What people here love most matches what you value most (\(labels)). You may have found your people.",
                evidence: evidence)]
        }

        /// Someone sidestepped a closing question: a non-answer is a signal too.
        func dodgedClosings() -> [InsightFlag] {
            let days = Dictionary(input.interviews.map { ($0.id, $0.day) }, uniquingKeysWith: { first, _ in first })
            let names = Dictionary(input.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            return input.answers.filter { $0.status == .dodged && ($0.special == .closingLove || $0.special == .closingImprove) }
                .map { answer in
                    let name = names[answer.personID] ?? "Someone"
                    let what = answer.special == .closingLove ? "what they love about the company" : "what it could do better"
                    let quote = Quote(askID: answer.askID, personID: answer.personID, personName: name,
                                      interviewID: answer.interviewID, day: days[answer.interviewID] ?? "",
                                      question: answer.questionText, text: nil)
                    return InsightFlag(kind: .closingDodged, summary: "\(name) sidestepped \(what).", evidence: [quote])
                }
        }

        /// Interviews that left no minutes for the candidate's questions.
        func noTimeForQuestions() -> [InsightFlag] {
            input.interviews.filter { $0.minutesGiven == 0 }.sorted { $0.startsAt < $1.startsAt }.map { interview in
                let planned = interview.minutesPlanned.map { " (you planned \($0) minutes)" } ?? ""
                return InsightFlag(kind: .noTimeForQuestions,
                                   summary: "The interview on \(interview.day) left no time for your questions\(planned).",
                                   evidence: [])
            }
        }

        /// A why-this-role answer with no specific work, outcome, time frame or number.
        func vagueWhyRole() -> [InsightFlag] {
            answers.compactMap { answer in
                guard let assessment = answer.concreteness, assessment.isVague else { return nil }
                let heard = assessment.signals.isEmpty
                    ? "nothing specific"
                    : "only " + Self.names(assessment.signals.map { $0.label.lowercased() })
                return InsightFlag(
                    kind: .vagueWhyRole,
                    summary: "\(answer.quote.personName)'s answer on why the role exists gave \(heard): ask for the work, the outcome and the time frame.",
                    evidence: [answer.quote])
            }
        }

        /// "Ana", "Ana and Sam", "Ana, Priya and Sam".
        static func names(_ names: [String]) -> String {
            switch names.count {
            case 0: ""
            case 1: names[0]
            default: names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
            }
        }
    }
}

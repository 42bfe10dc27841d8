import Foundation

extension InsightEngine {
    /// Who raised each theme on which side, and how many were asked on that side.
    struct Board {
        let rows: [ThemeBoardRow]
        /// People asked the closing question on each side, and people asked anything.
        private let askedLove: Set<UUID>
        private let askedImprove: Set<UUID>
        private let askedAnything: Set<UUID>

        init(answers: [ReadAnswer], input: InsightInput) {
            var loved: [Theme: [ThemeVoice]] = [:]
            var toImprove: [Theme: [ThemeVoice]] = [:]
            for answer in answers {
                for mention in answer.mentions {
                    switch mention.polarity {
                    case .positive: Self.add(answer.quote, to: &loved[mention.theme, default: []])
                    case .negative: Self.add(answer.quote, to: &toImprove[mention.theme, default: []])
                    case .neutral: break
                    }
                }
            }
            rows = Theme.allCases.compactMap { theme in
                let row = ThemeBoardRow(theme: theme, loved: loved[theme] ?? [], toImprove: toImprove[theme] ?? [])
                return row.loved.isEmpty && row.toImprove.isEmpty ? nil : row
            }
            let asked = input.answers.filter(\.wasAsked)
            askedLove = Set(asked.filter { $0.special == .closingLove }.map(\.personID))
            askedImprove = Set(asked.filter { $0.special == .closingImprove }.map(\.personID))
            askedAnything = Set(asked.map(\.personID))
        }

        private static func add(_ quote: Quote, to voices: inout [ThemeVoice]) {
            if let index = voices.firstIndex(where: { $0.personID == quote.personID }) {
                if !voices[index].quotes.contains(where: { $0.askID == quote.askID }) { voices[index].quotes.append(quote) }
            } else {
                voices.append(ThemeVoice(personID: quote.personID, personName: quote.personName, quotes: [quote]))
            }
        }

        /// Themes raised on the same side by at least two interviewers and at least half of
        /// those asked on that side (the closing question's side, else anyone asked anything).
        func consensus() -> [Consensus] {
            var result: [Consensus] = []
            for row in rows {
                for (voices, polarity) in [(row.loved, Polarity.positive), (row.toImprove, .negative)] {
                    guard voices.count >= 2 else { continue }
                    let side = polarity == .positive ? askedLove : askedImprove
                    let pool = (side.isEmpty ? askedAnything : side).union(voices.map(\.personID))
                    guard voices.count * 2 >= pool.count else { continue }
                    result.append(Consensus(theme: row.theme, polarity: polarity, people: voices.map(\.personName),
                                            asked: pool.count))
                }
            }
            return result
        }

        func row(_ theme: Theme) -> ThemeBoardRow? { rows.first { $0.theme == theme } }
    }
}

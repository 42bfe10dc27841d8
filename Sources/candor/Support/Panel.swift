import CandorCore

/// Who on an interview's panel a name typed on the command line means (`plan --to`, `answer --person`).
enum Panel {
    /// The panel member a name means: the full name, or a unique start of it or of one of its words
    /// (case and accents do not matter). Errors name `option` and list the panel.
    static func member(_ reference: String, in interview: Interview, option: String) throws -> Participant {
        let key = reference.matchKey
        let panel = interview.participants.sorted { $0.position < $1.position }
        let names = panel.map(\.name).joined(separator: ", ")
        guard !key.isEmpty else {
            throw CandorError.invalidField(field: option, reason: "give the name of someone on the panel: \(names)")
        }
        let tiers: [(Participant) -> Bool] = [
            { $0.name.matchKey == key },
            { $0.name.matchKey.hasPrefix(key) },
            { $0.name.matchKey.split(separator: " ").contains { $0.hasPrefix(key) } },
        ]
        for tier in tiers {
            let hits = panel.filter(tier)
            if hits.count == 1 { return hits[0] }
            if hits.count > 1 {
                throw CandorError.invalidField(
                    field: option, reason: "'\(reference)' fits several people on the panel: \(hits.map(\.name).joined(separator: ", ")); type more of the name")
            }
        }
        throw CandorError.invalidField(field: option, reason: "'\(reference)' is not on this interview's panel: \(names)")
    }
}

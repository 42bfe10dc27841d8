import Foundation

extension Company {
    /// Whether a question suits this company: a question written for certain kinds of company
    /// is left out when the company is known to be another kind in that respect (stage,
    /// ownership, funding or kind). What the candidate has not filled in excludes nothing.
    public func fits(_ question: Question) -> Bool {
        let wanted = Set(question.contexts)
        guard !wanted.isEmpty else { return true }
        for (known, options) in knownContexts() {
            let asked = wanted.intersection(options)
            guard !asked.isEmpty, let known else { continue }
            if asked.isDisjoint(with: known) { return false }
        }
        return true
    }

    /// For each respect, what the company is known to be (an empty set: known to be none of
    /// the options, as a product company is none of the service kinds), or `nil` when unknown.
    private func knownContexts() -> [(Set<CompanyContext>?, Set<CompanyContext>)] {
        let all = contexts
        func known(_ isSet: Bool, _ options: Set<CompanyContext>) -> (Set<CompanyContext>?, Set<CompanyContext>) {
            (isSet ? all.intersection(options) : nil, options)
        }
        return [
            known(stage != nil, [.startup, .scaleup, .enterprise]),
            known(ownership != nil, [.private, .public]),
            known(funding != nil, [.bootstrapped, .vcFunded, .public]),
            known(kind != nil, [.consultancy, .agency, .nonprofit, .government]),
        ]
    }
}

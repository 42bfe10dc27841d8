import Foundation

/// A candidate's correction of the themes read in one answer. Their word wins and is kept on
/// the answer: confirmed and added themes as its tags, dismissed ones apart.
public enum ThemeCorrection: Equatable, Sendable {
    /// "Yes, this answer is about that."
    case confirm(Theme)
    /// "No, it is not": the pipeline's finding is hidden from then on.
    case dismiss(Theme)
    /// "It is about this other theme instead."
    case retag(from: Theme, to: Theme)
    /// Forget any correction of the theme: back to what the pipeline reads.
    case reset(Theme)

    /// The answer's tags and dismissed themes after the correction.
    public func applied(tags: [Theme], dismissed: [Theme]) -> (tags: [Theme], dismissed: [Theme]) {
        var tags = tags
        var dismissed = dismissed
        switch self {
        case let .confirm(theme):
            dismissed.removeAll { $0 == theme }
            tags.append(theme)
        case let .dismiss(theme):
            tags.removeAll { $0 == theme }
            dismissed.append(theme)
        case let .retag(from, to):
            tags.removeAll { $0 == from }
            if from != to { dismissed.append(from) }
            dismissed.removeAll { $0 == to }
            tags.append(to)
        case let .reset(theme):
            tags.removeAll { $0 == theme }
            dismissed.removeAll { $0 == theme }
        }
        return (tags.uniqued().sorted(), dismissed.uniqued().sorted())
    }
}

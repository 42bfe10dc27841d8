import Foundation

/// The running choice of an answer's cluster while candidates are scored: the highest cosine at
/// or above the threshold, ties going to the oldest cluster (the lowest id), as brute force picks.
///
/// It also keeps the `floor` a candidate's upper bound must reach to be worth scoring: the
/// threshold, raised by any lower bound known (some cluster scores at least that) and by each
/// score taken. Ties at the top still pass, so they are decided by age.
struct BestChoice {
    let threshold: Double
    private(set) var cluster: Int32 = -1
    private(set) var score = 0.0
    private(set) var floor: Double

    init(threshold: Double) {
        self.threshold = threshold
        floor = threshold
    }

    /// Some cluster scores at least `lower`. (A hair below it, so that rounding in a partial sum
    /// can never rule out the cluster that reaches it.)
    mutating func raiseFloor(to lower: Double) {
        floor = max(floor, lower * (1 - 1e-12))
    }

    /// Whether a candidate whose cosine is at most `bound` could still be chosen.
    func canWin(bound: Double) -> Bool { bound >= floor }

    mutating func consider(_ candidate: Int32, score candidateScore: Double) {
        guard candidateScore >= threshold else { return }
        if cluster < 0 || candidateScore > score || (candidateScore == score && candidate < cluster) {
            (cluster, score) = (candidate, candidateScore)
            raiseFloor(to: candidateScore)
        }
    }
}

import Foundation

/// The centroids pass 2 of the leader clustering compares answers with: fixed once pass 1 is
/// over, so each term's posting list can be sorted by the term's share in the unit-length centroid,
/// largest first.
///
/// Why sorted: with a realistic vocabulary, clusters grow into wide bags of words, and a common
/// word's list reaches nearly every cluster. A single bound per term (its largest share anywhere)
/// then stays high, because some small cluster leans on the word, and every answer walked those long
/// lists: the time per answer grew with the number of answers. Walking each list from its largest
/// share down makes the bound on the clusters not reached yet fall as the walk goes, so the walk
/// stops after the few clusters that lean on the answer's words. The result is the same as
/// comparing with every centroid (`AnswerClusteringTests` checks it against brute force).
struct FinalCentroids {
    /// One cluster's share of a term: its summed weight for the term over its vector's length.
    struct Share {
        var cluster: Int32
        var value: Double
    }

    let matrix: TFIDFMatrix
    let threshold: Double
    /// Per term: the clusters that use it, the largest share first (ties: the oldest cluster).
    private let lists: [[Share]]
    /// Where each (cluster, term) pair sits in `lists[term]`.
    private let slots: SlotTable
    /// Per cluster: the dot product with the answer being placed over the postings walked so far
    /// (scratch, kept at 0 between answers).
    private var partial: [Double]
    private var touched: [Int32] = []
    /// Per term of the answer being placed: its list, its weight and how far its walk has gone.
    private var cursors: [Cursor] = []

    private struct Cursor {
        var term: Int
        var weight: Double
        var position = 0
    }

    /// The walk goes on until clusters not reached yet could score at most this share of the
    /// floor, not just until none of them can win: walking on is cheap sequential reading, and it
    /// spares most of the clusters already reached a completion by random lookups (on 20,000
    /// realistic answers: 19,000 completions instead of 4 million, and an eighth of the time).
    static let walkOn = 0.5

    /// How many postings one step of the walk takes from a list before the bound is looked at again.
    private static let step = 32

    /// Builds the sorted lists from pass 1's postings (`sum` per cluster and term) and each
    /// cluster's `inverseNorm`.
    init(matrix: TFIDFMatrix, threshold: Double, postings: [[Posting]], inverseNorm: [Double]) {
        self.matrix = matrix
        self.threshold = threshold
        var slots = SlotTable()
        lists = postings.enumerated().map { term, list in
            let sorted = list
                .map { Share(cluster: $0.cluster, value: $0.sum * inverseNorm[Int($0.cluster)]) }
                .sorted { ($0.value, -$0.cluster) > ($1.value, -$1.cluster) }
            for (slot, share) in sorted.enumerated() { slots.setSlot(Int32(slot), Int(share.cluster), Int32(term)) }
            return sorted
        }
        self.slots = slots
        partial = Array(repeating: 0, count: inverseNorm.count)
    }

    /// The answer's cosine with `cluster`'s centroid, every term looked up.
    func cosine(_ doc: Int, cluster: Int) -> Double {
        var dot = 0.0
        for index in matrix.row(doc) {
            let term = matrix.terms[index]
            if let slot = slots.slot(cluster, term) { dot += matrix.weights[index] * lists[Int(term)][Int(slot)].value }
        }
        return dot
    }

    /// The cosine of the answer being placed with a cluster it reached, given `dot` over the
    /// postings walked: only lists not walked to the end can hold more, past their cursor.
    private func completed(_ dot: Double, cluster: Int) -> Double {
        var dot = dot
        for cursor in cursors where cursor.position < lists[cursor.term].count {
            if let slot = slots.slot(cluster, Int32(cursor.term)), Int(slot) >= cursor.position {
                dot += cursor.weight * lists[cursor.term][Int(slot)].value
            }
        }
        return dot
    }

    /// The most similar centroid at or above the threshold (ties: the oldest cluster), or -1.
    ///
    /// `knownCandidate` (the answer's cluster from pass 1, or -1) is scored first, so that its
    /// score can end the walk sooner. The walk then always takes the next postings of the list
    /// whose head could add most. A cluster not reached yet has in each list a share no larger
    /// than the list's head, so it can score at most the sum of weight × head, and at most the
    /// norm of the terms whose lists are not walked to the end (Cauchy–Schwarz against a unit
    /// centroid). Once that is below the threshold or the best lower bound so far, no cluster not
    /// reached can win; the walk goes on until it is below half of that (``walkOn``), and the
    /// clusters reached are scored in full only if they can still win.
    mutating func bestCluster(for doc: Int, knownCandidate: Int32) -> Int32 {
        var choice = BestChoice(threshold: threshold)
        if knownCandidate >= 0 { choice.consider(knownCandidate, score: cosine(doc, cluster: Int(knownCandidate))) }
        cursors.removeAll(keepingCapacity: true)
        for index in matrix.row(doc) where !lists[Int(matrix.terms[index])].isEmpty {
            cursors.append(Cursor(term: Int(matrix.terms[index]), weight: matrix.weights[index]))
        }

        var bestLower = choice.score
        var unseen = 0.0
        while true {
            // The bound on any cluster not reached yet, and the list with the most promising head.
            var sum = 0.0
            var squares = 0.0
            var next = -1
            var nextPromise = 0.0
            for (i, cursor) in cursors.enumerated() where cursor.position < lists[cursor.term].count {
                let promise = cursor.weight * lists[cursor.term][cursor.position].value
                sum += promise
                squares += cursor.weight * cursor.weight
                if promise > nextPromise { (next, nextPromise) = (i, promise) }
            }
            // A hair above the true value, so that rounding can never stop the walk too early.
            unseen = min(sum, squares.squareRoot()) * (1 + 1e-12)
            if next < 0 || unseen < Self.walkOn * max(threshold, bestLower * (1 - 1e-12)) { break }
            walk(cursor: next, bestLower: &bestLower)
        }

        choice.raiseFloor(to: bestLower)
        for cluster in touched {
            let c = Int(cluster)
            let dot = partial[c]
            partial[c] = 0
            guard cluster != choice.cluster, choice.canWin(bound: dot + unseen) else { continue }
            choice.consider(cluster, score: completed(dot, cluster: c))
        }
        touched.removeAll(keepingCapacity: true)
        return choice.cluster
    }

    /// Adds the next `step` postings of one cursor's list to the partial dot products (the hot loop).
    private mutating func walk(cursor index: Int, bestLower: inout Double) {
        let cursor = cursors[index]
        let list = lists[cursor.term]
        let end = min(cursor.position + Self.step, list.count)
        let weight = cursor.weight
        var lower = bestLower
        list.withUnsafeBufferPointer { list in
            partial.withUnsafeMutableBufferPointer { partial in
                for share in list[cursor.position..<end] {
                    let cluster = Int(share.cluster)
                    let old = partial[cluster]
                    // Shares are positive, so zero means "not reached yet for this answer".
                    if old == 0 { touched.append(share.cluster) }
                    let sum = old + weight * share.value
                    partial[cluster] = sum
                    lower = max(lower, sum)
                }
            }
        }
        cursors[index].position = end
        bestLower = lower
    }
}

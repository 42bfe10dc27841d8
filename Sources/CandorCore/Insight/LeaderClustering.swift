import Foundation

/// One cluster's share of a term: the sum of its members' weights for the term.
struct Posting {
    var cluster: Int32
    var sum: Double
}

/// The two passes of the leader clustering over one matrix.
///
/// Centroids live in the inverted index itself: `postings[t]` holds, for every cluster whose
/// members use term `t`, their summed weight. Scoring an answer then walks a few posting lists
/// and never touches a centroid as a whole.
struct LeaderClustering {
    let matrix: TFIDFMatrix
    let threshold: Double
    private(set) var postings: [[Posting]]
    /// For each cluster and each of its terms: where the term's posting for the cluster sits.
    private var slots = SlotTable()
    /// Per cluster: the squared length of its summed vector, and one over that length.
    private var normSquared: [Double] = []
    private var inverseNorm: [Double] = []
    /// Per cluster: how many answers joined it in pass 1.
    private var size: [Int32] = []
    /// Per answer: the cluster it joined in pass 1.
    private var firstChoice: [Int32]
    /// Per cluster: the partial dot product with the answer being placed (scratch, kept at 0).
    private var partial: [Double] = []
    private var touched: [Int32] = []
    /// Per term: an upper bound on its weight in any cluster's unit-length centroid. Exact after
    /// `refreshShares()`; between refreshes it only rises when a cluster's sum for the term rises
    /// (a growing centroid's other shares only fall), so it stays a bound.
    private var maxShare: [Double]
    private var order: [Int] = []
    /// Per position in `order`: a bound on what the terms from there on add to any cosine.
    private var remainingBound: [Double] = []
    private var addedSlots: [Int32] = []

    /// The walk goes on past the point where no cluster not reached yet can win, until what the
    /// terms left could add is below this share of the floor: the terms walked on cost a few
    /// sequential lists, and each cluster reached that the lower bound then rules out saves a
    /// completion by random lookups (on 20,000 realistic answers, pass 1 took a sixth of the time).
    /// ``FinalCentroids/walkOn`` does the same for pass 2.
    static let walkOn = 0.7

    init(matrix: TFIDFMatrix, threshold: Double) {
        self.matrix = matrix
        self.threshold = threshold
        postings = Array(repeating: [], count: matrix.termCount)
        maxShare = Array(repeating: 0, count: matrix.termCount)
        firstChoice = Array(repeating: -1, count: matrix.count)
    }

    var clusterCount: Int { normSquared.count }

    /// Pass 1: in input order, join the most similar cluster or start a new one.
    mutating func firstPass() {
        for doc in 0..<matrix.count where !matrix.row(doc).isEmpty {
            // Early singletons leave loose bounds behind; tightening them now and then is cheap.
            if doc % 4096 == 4095 { refreshShares() }
            var cluster = bestCluster(for: doc)
            if cluster < 0 {
                cluster = Int32(clusterCount)
                normSquared.append(0)
                inverseNorm.append(0)
                partial.append(0)
                size.append(0)
            }
            add(doc, to: Int(cluster))
            firstChoice[doc] = cluster
        }
    }

    /// Pass 2: each answer's most similar final centroid of a cluster of two or more, or -1
    /// when none reaches the threshold.
    ///
    /// One-answer clusters are left out: an answer would always find its own best, and an answer
    /// that started a cluster before similar ones arrived could never join them. The centroids
    /// no longer change, so ``FinalCentroids`` can sort its lists for a walk that stops sooner.
    mutating func reassign() -> [Int32] {
        var assignment = [Int32](repeating: -1, count: matrix.count)
        let kept = postings.map { list in list.filter { size[Int($0.cluster)] >= 2 } }
        postings = []
        var centroids = FinalCentroids(matrix: matrix, threshold: threshold, postings: kept, inverseNorm: inverseNorm)
        for doc in 0..<matrix.count where !matrix.row(doc).isEmpty {
            // Most answers stay where they are, and knowing their score there up front lets the
            // search stop early.
            let first = firstChoice[doc]
            assignment[doc] = centroids.bestCluster(for: doc, knownCandidate: size[Int(first)] >= 2 ? first : -1)
        }
        return assignment
    }

    private mutating func add(_ doc: Int, to cluster: Int) {
        size[cluster] += 1
        addedSlots.removeAll(keepingCapacity: true)
        for index in matrix.row(doc) {
            let term = Int(matrix.terms[index])
            let weight = matrix.weights[index]
            if let slot = slots.slot(cluster, Int32(term)) {
                let old = postings[term][Int(slot)].sum
                postings[term][Int(slot)].sum = old + weight
                normSquared[cluster] += (old + weight) * (old + weight) - old * old
                addedSlots.append(slot)
            } else {
                let slot = Int32(postings[term].count)
                slots.setSlot(slot, cluster, Int32(term))
                postings[term].append(Posting(cluster: Int32(cluster), sum: weight))
                normSquared[cluster] += weight * weight
                addedSlots.append(slot)
            }
        }
        inverseNorm[cluster] = 1 / normSquared[cluster].squareRoot()
        for (index, slot) in zip(matrix.row(doc), addedSlots) {
            let term = Int(matrix.terms[index])
            maxShare[term] = max(maxShare[term], postings[term][Int(slot)].sum * inverseNorm[cluster])
        }
    }

    /// Recomputes every term's largest share exactly.
    private mutating func refreshShares() {
        for term in postings.indices {
            var largest = 0.0
            for posting in postings[term] {
                largest = max(largest, posting.sum * inverseNorm[Int(posting.cluster)])
            }
            maxShare[term] = largest
        }
    }

    /// The most similar cluster at or above the threshold (ties: the oldest), or -1.
    ///
    /// The answer's posting lists are walked most promising term first. Weights are positive,
    /// so a cluster's partial dot product over the walked terms is a lower bound on its cosine,
    /// and a cluster not reached yet can gain at most `remainingBound` from the terms left. Once
    /// that is below the threshold or below the best lower bound so far, no unseen cluster can
    /// win; the walk goes on a little further (``walkOn``) and stops, and only the clusters
    /// already reached that can still win are completed, by lookup.
    /// Common words, spread thinly over many centroids, thus rarely cost a walk of their long lists.
    private mutating func bestCluster(for doc: Int) -> Int32 {
        orderByPromise(matrix.row(doc))
        var bestLower = 0.0
        var walked = 0
        while walked < order.count {
            let remaining = remainingBound[walked]
            if remaining < Self.walkOn * max(threshold, bestLower) { break }
            let index = order[walked]
            walk(postings[Int(matrix.terms[index])], weight: matrix.weights[index], bestLower: &bestLower)
            walked += 1
        }
        let restBound = walked < order.count ? remainingBound[walked] : 0

        var choice = BestChoice(threshold: threshold)
        choice.raiseFloor(to: bestLower)
        for cluster in touched {
            let c = Int(cluster)
            let dot = partial[c]
            partial[c] = 0
            guard choice.canWin(bound: dot * inverseNorm[c] + restBound) else { continue }
            choice.consider(cluster, score: cosine(from: walked, cluster: c, partialDot: dot))
        }
        touched.removeAll(keepingCapacity: true)
        return choice.cluster
    }

    /// The answer's cosine with `cluster`, given the dot product over the terms in `order` before
    /// `position`: the rest are looked up.
    private func cosine(from position: Int, cluster: Int, partialDot: Double) -> Double {
        var dot = partialDot
        for index in order[position...] {
            let term = matrix.terms[index]
            if let slot = slots.slot(cluster, term) {
                dot += matrix.weights[index] * postings[Int(term)][Int(slot)].sum
            }
        }
        return dot * inverseNorm[cluster]
    }

    /// Adds one term's contributions to the partial dot products (the hot loop).
    private mutating func walk(_ list: [Posting], weight: Double, bestLower: inout Double) {
        var lower = bestLower
        list.withUnsafeBufferPointer { list in
            inverseNorm.withUnsafeBufferPointer { inverseNorm in
                partial.withUnsafeMutableBufferPointer { partial in
                    for posting in list {
                        let cluster = Int(posting.cluster)
                        let old = partial[cluster]
                        // Weights are positive, so zero means "not reached yet for this answer".
                        if old == 0 { touched.append(posting.cluster) }
                        let sum = old + weight * posting.sum
                        partial[cluster] = sum
                        lower = max(lower, sum * inverseNorm[cluster])
                    }
                }
            }
        }
        bestLower = lower
    }

    /// Puts the answer's term positions in `order`, the largest possible contribution to a
    /// cosine (weight × the term's largest share) first, and fills `remainingBound`.
    private mutating func orderByPromise(_ row: Range<Int>) {
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: row)
        let weights = matrix.weights
        let terms = matrix.terms
        let shares = maxShare
        func promise(_ index: Int) -> Double { weights[index] * shares[Int(terms[index])] }
        // Rows are short, so an insertion sort beats the general sort.
        for i in order.indices.dropFirst() {
            let value = order[i]
            let key = promise(value)
            var j = i - 1
            while j >= 0 && promise(order[j]) < key {
                order[j + 1] = order[j]
                j -= 1
            }
            order[j + 1] = value
        }
        // Two bounds on what the terms from a position on add to any cosine: their norm
        // (Cauchy–Schwarz against a unit centroid) and the sum of their largest contributions.
        remainingBound.removeAll(keepingCapacity: true)
        remainingBound.append(contentsOf: repeatElement(0, count: order.count))
        var squares = 0.0
        var contributions = 0.0
        for position in order.indices.reversed() {
            let index = order[position]
            squares += weights[index] * weights[index]
            contributions += promise(index)
            // A hair above the true value, so rounding can never stop the walk too early.
            remainingBound[position] = min(squares.squareRoot(), contributions) * (1 + 1e-12)
        }
    }
}

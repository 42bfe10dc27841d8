import Foundation

/// Answers that say much the same thing, found by ``AnswerClustering``.
public struct AnswerCluster: Codable, Equatable, Sendable {
    /// The cluster's ``terms`` joined by ", " ("expenses, approval, slow").
    public var name: String
    /// Up to three words that best characterise the members, most telling first. Each is the form
    /// the members used most often for its stem ("expenses" rather than "expens").
    public var terms: [String]
    /// Indexes of the member answers in the clustered input, ascending.
    public var members: [Int]

    public init(name: String, terms: [String], members: [Int]) {
        self.name = name
        self.terms = terms
        self.members = members
    }
}

/// Groups free-text answers by the words they share, for answers that touch none of the themes.
///
/// Each answer becomes a TF-IDF vector: stems without stop words or bare numbers, a sublinear term
/// frequency (1 + ln count) times a smoothed inverse document frequency, ln((1 + n) / (1 + df)) + 1,
/// then scaled to unit length. Clustering is a deterministic two-pass "leader" algorithm:
///
/// 1. In input order, each answer joins the existing cluster whose centroid is most similar
///    (cosine ≥ the threshold), or starts a new one.
/// 2. Each answer is then reassigned to the most similar final centroid of a cluster of two or
///    more. This undoes choices made while centroids were still moving, and lets an answer that
///    started a cluster too early join the group that formed later; answers below the threshold
///    everywhere stand alone.
///
/// Only clusters sharing a word with the answer are compared, found through an inverted index
/// from term to clusters that also holds the centroids' weights. Each answer walks its terms' lists
/// most promising first, and stops as soon as the terms left could not lift a cluster not yet
/// seen above the threshold or above the best so far; common words, whose lists are long, are
/// thus rarely walked. The pruning only skips clusters that cannot win: the result is exactly
/// that of comparing every answer with every centroid (tests check this), in a fraction of the time.
public enum AnswerClustering {
    /// The cosine similarity an answer needs to its cluster's centroid.
    ///
    /// Chosen on short answers, where it matters most: those sharing two content words ("the
    /// expense approval tool is painful", "expenses take weeks to get approved", "approving
    /// expenses is so slow") group even when they are all there is to cluster (0.18–0.30 do),
    /// while answers sharing one incidental word ("the deploy tool is flaky") stay apart. Toward
    /// the top of that range, so that one shared word among three or four ("the office is noisy",
    /// "the office coffee is great") rarely suffices.
    public static let defaultThreshold: Double = 0.28

    /// The clusters of at least `minimumSize` answers among `texts`, largest first (ties: the one
    /// whose first member comes first).
    ///
    /// Empty answers, and answers made only of stop words or numbers, never join a cluster.
    public static func cluster(_ texts: [String], threshold: Double = defaultThreshold,
                               minimumSize: Int = 2) -> [AnswerCluster] {
        cluster(texts, threshold: threshold, minimumSize: minimumSize, stem: Porter2.stem)
    }

    /// The same as ``cluster(_:threshold:minimumSize:)``, stemming through a shared cache so a
    /// caller that also reads themes stems each distinct word once.
    public static func cluster(_ texts: [String], threshold: Double = defaultThreshold, minimumSize: Int = 2,
                               cache: inout StemCache) -> [AnswerCluster] {
        cluster(texts, threshold: threshold, minimumSize: minimumSize, stem: { cache.stem($0) })
    }

    static func cluster(_ texts: [String], threshold: Double, minimumSize: Int,
                        stem: (String) -> String) -> [AnswerCluster] {
        let corpus = ClusteringCorpus(texts, stem: stem)
        let matrix = TFIDFMatrix(corpus)
        let assignment = assign(matrix, threshold: threshold)

        var groups: [[Int]] = []
        var groupOf: [Int32: Int] = [:]
        for (doc, cluster) in assignment.enumerated() {
            if cluster < 0 {
                // Alone; only kept when one-answer clusters are asked for.
                if !matrix.row(doc).isEmpty { groups.append([doc]) }
            } else if let index = groupOf[cluster] {
                groups[index].append(doc)
            } else {
                groupOf[cluster] = groups.count
                groups.append([doc])
            }
        }
        // Members are added in input order, so each group is already ascending and its first
        // member is its smallest.
        let kept = groups.filter { $0.count >= max(1, minimumSize) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        var namer = ClusterNamer(corpus: corpus, matrix: matrix)
        return kept.map { members in
            let terms = namer.terms(of: members)
            return AnswerCluster(name: terms.joined(separator: ", "), terms: terms, members: members)
        }
    }
}

extension AnswerClustering {
    /// Each answer's cluster (an id in order of creation), or -1 when it resembles no cluster
    /// of two or more (or has no terms).
    static func assign(_ matrix: TFIDFMatrix, threshold: Double) -> [Int32] {
        var leader = LeaderClustering(matrix: matrix, threshold: threshold)
        leader.firstPass()
        return leader.reassign()
    }
}

// MARK: - Tokens

/// The answers' kept words as ids, with each word's term (its stem's id).
///
/// Every distinct word is filtered and stemmed once; later occurrences cost one hash lookup.
struct ClusteringCorpus {
    /// Word ids per answer, row by row: answer `i` has `wordIDs[wordStart[i]..<wordStart[i + 1]]`.
    var wordStart: [Int] = [0]
    var wordIDs: [Int32] = []
    /// Each distinct word, and its term id or -1 when it is dropped (stop word, bare number).
    var words: [String] = []
    var termOfWord: [Int32] = []
    var termCount = 0

    private var idOfWord: [String: Int32] = [:]
    private var idOfStem: [String: Int32] = [:]

    init(_ texts: [String], stem: (String) -> String) {
        wordStart.reserveCapacity(texts.count + 1)
        wordIDs.reserveCapacity(texts.count * 8)
        var scratch: [UInt8] = []
        for text in texts {
            var text = text
            let splitFast = text.withUTF8 { bytes in
                ASCIIWords.split(bytes, into: &scratch) { add(String(decoding: $0, as: UTF8.self), stem: stem) }
            }
            if !splitFast {
                for word in Tokenizer.words(text) { add(word, stem: stem) }
            }
            wordStart.append(wordIDs.count)
        }
        idOfWord = [:]
        idOfStem = [:]
    }

    var count: Int { wordStart.count - 1 }

    private mutating func add(_ word: String, stem: (String) -> String) {
        let id: Int32
        if let known = idOfWord[word] {
            id = known
        } else {
            id = Int32(words.count)
            idOfWord[word] = id
            words.append(word)
            termOfWord.append(term(of: word, stem: stem))
        }
        if termOfWord[Int(id)] >= 0 { wordIDs.append(id) }
    }

    private mutating func term(of word: String, stem: (String) -> String) -> Int32 {
        if StopWords.english.contains(word) || word.allSatisfy(\.isNumber) { return -1 }
        let stemmed = stem(word)
        if let term = idOfStem[stemmed] { return term }
        idOfStem[stemmed] = Int32(termCount)
        termCount += 1
        return Int32(termCount - 1)
    }
}

/// `Tokenizer.words` for pure-ASCII text, straight from the bytes.
///
/// Most answers are ASCII, and for them the general tokenizer's Unicode folding and per-Character
/// work is the bulk of the clustering time. On ASCII, folding is just lowercasing and letters or
/// digits are [a-z0-9], so the result is identical; anything else goes to the general path.
enum ASCIIWords {
    /// Calls `word` with each word's bytes (reusing `scratch`) and returns true, or returns false
    /// at once, before any call, when `text` is not all ASCII.
    static func split(_ text: UnsafeBufferPointer<UInt8>, into scratch: inout [UInt8],
                      word: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        for byte in text where byte >= 0x80 { return false }
        scratch.removeAll(keepingCapacity: true)
        var apostrophePending = false
        for byte in text {
            let lower = byte | 0x20  // maps A–Z onto a–z; checked below before it is trusted
            if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                if apostrophePending {
                    scratch.append(0x27)
                    apostrophePending = false
                }
                scratch.append(byte >= 0x30 && byte <= 0x39 ? byte : lower)
            } else if byte == 0x27 && !scratch.isEmpty && !apostrophePending {
                // Kept only if a word character follows, as in `Tokenizer.words`.
                apostrophePending = true
            } else {
                if !scratch.isEmpty { scratch.withUnsafeBufferPointer(word) }
                scratch.removeAll(keepingCapacity: true)
                apostrophePending = false
            }
        }
        if !scratch.isEmpty { scratch.withUnsafeBufferPointer(word) }
        return true
    }
}

// MARK: - Vectors

/// The answers as unit-length TF-IDF vectors in compressed sparse rows: answer `i` has the terms
/// `terms[rowStart[i]..<rowStart[i + 1]]`, ascending, with their weights alongside.
struct TFIDFMatrix {
    var rowStart: [Int]
    var terms: [Int32]
    var weights: [Double]
    let termCount: Int

    init(_ corpus: ClusteringCorpus) {
        termCount = corpus.termCount
        rowStart = [0]
        rowStart.reserveCapacity(corpus.count + 1)
        terms = []
        terms.reserveCapacity(corpus.wordIDs.count)
        var counts: [Double] = []
        counts.reserveCapacity(corpus.wordIDs.count)
        var documentFrequency = [Int32](repeating: 0, count: corpus.termCount)
        var scratch: [Int32] = []

        for doc in 0..<corpus.count {
            scratch.removeAll(keepingCapacity: true)
            for index in corpus.wordStart[doc]..<corpus.wordStart[doc + 1] {
                scratch.append(corpus.termOfWord[Int(corpus.wordIDs[index])])
            }
            scratch.sort()
            var index = 0
            while index < scratch.count {
                let term = scratch[index]
                var end = index + 1
                while end < scratch.count && scratch[end] == term { end += 1 }
                terms.append(term)
                counts.append(Double(end - index))
                documentFrequency[Int(term)] += 1
                index = end
            }
            rowStart.append(terms.count)
        }

        let n = Double(corpus.count)
        let idf = documentFrequency.map { log((1 + n) / (1 + Double($0))) + 1 }
        weights = counts
        for doc in 0..<corpus.count {
            let row = rowStart[doc]..<rowStart[doc + 1]
            var squares = 0.0
            for index in row {
                let weight = (1 + log(weights[index])) * idf[Int(terms[index])]
                weights[index] = weight
                squares += weight * weight
            }
            guard squares > 0 else { continue }
            let scale = 1 / squares.squareRoot()
            for index in row { weights[index] *= scale }
        }
    }

    var count: Int { rowStart.count - 1 }

    func row(_ doc: Int) -> Range<Int> { rowStart[doc]..<rowStart[doc + 1] }
}

// MARK: - Clustering

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
    /// that started a cluster before similar ones arrived could never join them.
    mutating func reassign() -> [Int32] {
        var assignment = [Int32](repeating: -1, count: matrix.count)
        dropSingletons()
        for doc in 0..<matrix.count where !matrix.row(doc).isEmpty {
            // Most answers stay where they are, and knowing their score there up front lets the
            // search stop early.
            let first = firstChoice[doc]
            assignment[doc] = bestCluster(for: doc, knownCandidate: size[Int(first)] >= 2 ? first : -1)
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

    /// Removes clusters of one answer from the index.
    private mutating func dropSingletons() {
        slots.removeAll()
        for term in postings.indices {
            var kept: [Posting] = []
            for posting in postings[term] where size[Int(posting.cluster)] >= 2 {
                slots.setSlot(Int32(kept.count), Int(posting.cluster), Int32(term))
                kept.append(posting)
            }
            postings[term] = kept
        }
        refreshShares()
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
    /// win: the walk stops, and only the clusters already reached are completed, by lookup.
    /// Common words, spread thinly over many centroids, thus rarely cost a walk of their long lists.
    /// A `knownCandidate` (pass 2: the answer's cluster from pass 1) is scored first, so that its
    /// score can end the walk sooner.
    private mutating func bestCluster(for doc: Int, knownCandidate: Int32 = -1) -> Int32 {
        orderByPromise(matrix.row(doc))
        var best: Int32 = -1
        var bestScore = 0.0
        if knownCandidate >= 0 {
            let score = cosine(from: 0, cluster: Int(knownCandidate), partialDot: 0)
            if score >= threshold { (best, bestScore) = (knownCandidate, score) }
        }

        var bestLower = bestScore
        var walked = 0
        while walked < order.count {
            let remaining = remainingBound[walked]
            if remaining < threshold || remaining < bestLower { break }
            let index = order[walked]
            walk(postings[Int(matrix.terms[index])], weight: matrix.weights[index], bestLower: &bestLower)
            walked += 1
        }
        let restBound = walked < order.count ? remainingBound[walked] : 0

        // Some cluster scores at least `floor`, so one whose bound is lower cannot win; ties at
        // the top all pass, and go to the oldest cluster.
        let floor = max(threshold, bestLower)
        for cluster in touched {
            let c = Int(cluster)
            let dot = partial[c]
            partial[c] = 0
            guard cluster != best, dot * inverseNorm[c] + restBound >= floor else { continue }
            let score = cosine(from: walked, cluster: c, partialDot: dot)
            guard score >= threshold else { continue }
            if best < 0 || score > bestScore || (score == bestScore && cluster < best) {
                (best, bestScore) = (cluster, score)
            }
        }
        touched.removeAll(keepingCapacity: true)
        return best
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

/// Where each (cluster, term) pair sits in the term's posting list.
///
/// An open-addressing hash table (linear probing, multiplicative hashing) over integer keys: the
/// clustering looks pairs up millions of times, and a `Dictionary` per cluster, hashing with
/// SipHash, cost several times more.
struct SlotTable {
    /// `(cluster + 1) << 32 | term`, so that 0 marks an empty place.
    private var keys: [UInt64]
    private var values: [Int32]
    private var count = 0
    private var shift: UInt64

    init() {
        keys = Array(repeating: 0, count: 1024)
        values = Array(repeating: 0, count: 1024)
        shift = 64 - 10
    }

    /// The slot of `term` in `cluster`, if the cluster has the term.
    func slot(_ cluster: Int, _ term: Int32) -> Int32? {
        let key = Self.key(cluster, term)
        var place = position(key)
        while keys[place] != 0 {
            if keys[place] == key { return values[place] }
            place = (place + 1) & (keys.count - 1)
        }
        return nil
    }

    /// Adds or changes one pair. (Pairs are never removed one by one, which keeps probing simple.)
    mutating func setSlot(_ slot: Int32, _ cluster: Int, _ term: Int32) {
        let key = Self.key(cluster, term)
        var place = position(key)
        while keys[place] != 0 && keys[place] != key { place = (place + 1) & (keys.count - 1) }
        if keys[place] == 0 {
            keys[place] = key
            count += 1
        }
        values[place] = slot
        // At most half full, so probe runs stay short.
        if count * 2 > keys.count { grow() }
    }

    mutating func removeAll() {
        for place in keys.indices { keys[place] = 0 }
        count = 0
    }

    private static func key(_ cluster: Int, _ term: Int32) -> UInt64 {
        UInt64(cluster + 1) << 32 | UInt64(UInt32(bitPattern: term))
    }

    /// Fibonacci hashing: the top bits of the key times 2⁶⁴/φ.
    private func position(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            var place = position(key)
            while keys[place] != 0 { place = (place + 1) & (keys.count - 1) }
            keys[place] = key
            values[place] = value
        }
    }
}

// MARK: - Names

/// Picks the words that name a cluster.
struct ClusterNamer {
    let corpus: ClusteringCorpus
    let matrix: TFIDFMatrix
    private var weightOfTerm: [Double]
    private var membersWithTerm: [Int32]
    private var touched: [Int32] = []

    init(corpus: ClusteringCorpus, matrix: TFIDFMatrix) {
        self.corpus = corpus
        self.matrix = matrix
        weightOfTerm = Array(repeating: 0, count: matrix.termCount)
        membersWithTerm = Array(repeating: 0, count: matrix.termCount)
    }

    /// Up to three terms with the largest summed weight over the members, preferring terms that
    /// at least two members share (one member's unusual word says little about the group), each
    /// given as the members' most frequent word form for it.
    mutating func terms(of members: [Int]) -> [String] {
        for doc in members {
            for index in matrix.row(doc) {
                let term = Int(matrix.terms[index])
                if membersWithTerm[term] == 0 { touched.append(Int32(term)) }
                weightOfTerm[term] += matrix.weights[index]
                membersWithTerm[term] += 1
            }
        }
        let shared = min(2, members.count)
        var candidates = touched.filter { membersWithTerm[Int($0)] >= shared }
        if candidates.isEmpty { candidates = touched }
        candidates.sort { a, b in
            let (wa, wb) = (weightOfTerm[Int(a)], weightOfTerm[Int(b)])
            return wa != wb ? wa > wb : a < b
        }
        let top = Array(candidates.prefix(3))
        for term in touched {
            weightOfTerm[Int(term)] = 0
            membersWithTerm[Int(term)] = 0
        }
        touched.removeAll(keepingCapacity: true)
        return top.map { surfaceForm(of: $0, in: members) }
    }

    /// The word the members used most for `term` (ties: the alphabetically first).
    private func surfaceForm(of term: Int32, in members: [Int]) -> String {
        var uses: [Int32: Int] = [:]
        for doc in members {
            for index in corpus.wordStart[doc]..<corpus.wordStart[doc + 1] {
                let word = corpus.wordIDs[index]
                if corpus.termOfWord[Int(word)] == term { uses[word, default: 0] += 1 }
            }
        }
        let best = uses.max { a, b in
            a.value != b.value ? a.value < b.value : corpus.words[Int(a.key)] > corpus.words[Int(b.key)]
        }
        return best.map { corpus.words[Int($0.key)] } ?? ""
    }
}
